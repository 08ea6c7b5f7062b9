/**
 * Hybrid logical clock: stamps that order writes across devices by wall time, stay monotonic when
 * a device's clock goes backwards, and break ties by node id. Stamps compare as plain strings.
 *
 * ```ts
 * const clock = new HybridClock('device-a', () => Date.now());
 * const stamp = clock.now(); // '0001732476000000-0000-device-a'
 * clock.receive(remoteStamp); // keeps later local stamps after it
 * ```
 *
 * A stamp from a device whose clock runs far ahead would drag every clock it reaches into the
 * future, and with it "later intent wins". So `receive` moves this clock at most `maxDrift`
 * milliseconds past its own wall time and reports the clamp, for the caller to log.
 */
export class HybridClock {
	#wall = 0;
	#counter = 0;
	readonly #node: string;
	readonly #time: () => number;
	readonly #maxDrift: number;

	constructor(node: string, time: () => number, maxDrift = MAX_CLOCK_DRIFT_MS) {
		this.#node = node;
		this.#time = time;
		this.#maxDrift = maxDrift;
	}

	get node(): string {
		return this.#node;
	}

	now(): string {
		const physical = this.#time();
		if (physical > this.#wall) {
			this.#wall = physical;
			this.#counter = 0;
		} else {
			this.#counter += 1;
		}
		return formatStamp(this.#wall, this.#counter, this.#node);
	}

	/**
	 * Moves the clock past a stamp seen from another device, but never more than the drift cap
	 * past this device's wall time. `clamped` tells that the stamp was that far in the future.
	 */
	receive(stamp: string): { clamped: boolean } {
		const parsed = parseStamp(stamp);
		if (!parsed) return { clamped: false };
		const cap = this.#time() + this.#maxDrift;
		const clamped = parsed.wall > cap;
		const wall = clamped ? cap : parsed.wall;
		const counter = clamped ? 0 : parsed.counter;
		if (wall > this.#wall) {
			this.#wall = wall;
			this.#counter = counter;
		} else if (wall === this.#wall && counter > this.#counter) {
			this.#counter = counter;
		}
		return { clamped };
	}
}

/** How far past its own wall time a received stamp may move a clock: one minute. */
export const MAX_CLOCK_DRIFT_MS = 60_000;

export function formatStamp(wall: number, counter: number, node: string): string {
	return `${String(wall).padStart(16, '0')}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

export function parseStamp(stamp: string): { wall: number; counter: number; node: string } | null {
	const match = /^(\d{16})-([0-9a-f]{4,})-(.+)$/.exec(stamp);
	if (!match) return null;
	return { wall: Number(match[1]), counter: parseInt(match[2] ?? '0', 16), node: match[3] ?? '' };
}
