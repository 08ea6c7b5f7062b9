/**
 * Hybrid logical clock: stamps that order writes across devices by wall time, stay monotonic when
 * a device's clock goes backwards, and break ties by node id. Stamps compare as plain strings.
 *
 * ```ts
 * const clock = new HybridClock('device-a', () => Date.now());
 * const stamp = clock.now(); // '0001732476000000-0000-device-a'
 * clock.receive(remoteStamp); // keeps later local stamps after it
 * ```
 */
export class HybridClock {
	#wall = 0;
	#counter = 0;
	readonly #node: string;
	readonly #time: () => number;

	constructor(node: string, time: () => number) {
		this.#node = node;
		this.#time = time;
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

	/** Moves the clock past a stamp seen from another device. */
	receive(stamp: string): void {
		const parsed = parseStamp(stamp);
		if (!parsed) return;
		if (parsed.wall > this.#wall) {
			this.#wall = parsed.wall;
			this.#counter = parsed.counter;
		} else if (parsed.wall === this.#wall && parsed.counter > this.#counter) {
			this.#counter = parsed.counter;
		}
	}
}

export function formatStamp(wall: number, counter: number, node: string): string {
	return `${String(wall).padStart(16, '0')}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

export function parseStamp(stamp: string): { wall: number; counter: number; node: string } | null {
	const match = /^(\d{16})-([0-9a-f]{4,})-(.+)$/.exec(stamp);
	if (!match) return null;
	return { wall: Number(match[1]), counter: parseInt(match[2] ?? '0', 16), node: match[3] ?? '' };
}
