/**
 * A value computed by an async function of reactive parameters, outside Dexie's live queries:
 * for reads that are big (every id of 100,000 users, a pass over their rows), where a live query
 * would record every key it read and cache every row. What makes it re-run is in `params`
 * (typically a cheap live "version" of the data). A run that is overtaken is aborted.
 *
 * Must be created while a component initializes (it owns an effect).
 */
export class AsyncValue<T, P> {
	#value = $state.raw<T>() as T;
	#params = $state.raw<P | null>(null);

	constructor(
		params: () => P,
		run: (params: P, signal: AbortSignal) => Promise<T>,
		initial: T,
		onError: (error: unknown) => void
	) {
		this.#value = initial;
		$effect(() => {
			const p = params();
			const controller = new AbortController();
			run(p, controller.signal)
				.then((value) => {
					if (controller.signal.aborted) return;
					this.#value = value;
					this.#params = p;
				})
				.catch((error: unknown) => {
					if (!controller.signal.aborted) onError(error);
				});
			return () => controller.abort();
		});
	}

	get current(): T {
		return this.#value;
	}

	/** The parameters the current value was computed for (null before the first result). */
	get computedFor(): P | null {
		return this.#params;
	}
}
