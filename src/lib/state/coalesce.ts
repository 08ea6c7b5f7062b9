/**
 * Folds a burst of changes into few updates: the first change after a quiet spell applies at
 * once (a single edit shows immediately), later ones within `windowMs` wait and only the latest
 * is applied when the window ends. A bulk action or a remote batch that lands as many projection
 * batches then rebuilds a list at most once per window, not once per batch.
 *
 * ```ts
 * const versions = new Coalescer<number>(250, (v) => (applied = v));
 * versions.push(7); // applied === 7 now; pushes in the next 250 ms are folded into one
 * ```
 */
export class Coalescer<T> {
	readonly #windowMs: number;
	readonly #apply: (value: T) => void;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#waiting: { value: T } | null = null;

	constructor(windowMs: number, apply: (value: T) => void) {
		this.#windowMs = windowMs;
		this.#apply = apply;
	}

	push(value: T): void {
		if (this.#timer === null) {
			this.#apply(value);
			this.#open();
		} else this.#waiting = { value };
	}

	#open(): void {
		this.#timer = setTimeout(() => {
			this.#timer = null;
			const waiting = this.#waiting;
			this.#waiting = null;
			if (waiting) {
				this.#apply(waiting.value);
				this.#open();
			}
		}, this.#windowMs);
	}

	/** Drops what waits (the list is gone). */
	cancel(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
		this.#waiting = null;
	}
}
