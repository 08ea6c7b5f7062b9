import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';

/**
 * The one bridge from Dexie's `liveQuery` to Svelte 5 runes. The subscription starts when a
 * reader first reads `current` and stops when the last reader goes; it re-runs when the
 * reactive `params` change and whenever the tables it read change (in this tab or another).
 *
 * ```ts
 * const accounts = new LiveQuery(() => ({ search }), (p) => listAccounts(p), []);
 * // in markup: {#each accounts.current as account}
 * ```
 */
export class LiveQuery<T, P = null> {
	#current = $state.raw<T>() as T;
	#ready = $state(false);
	#error = $state.raw<unknown>(null);
	#subscribe: () => void;

	constructor(params: () => P, run: (params: P) => Promise<T>, initial: T) {
		this.#current = initial;
		this.#subscribe = createSubscriber((update) =>
			$effect.root(() => {
				$effect(() => {
					const p = params();
					const subscription = liveQuery(() => run(p)).subscribe({
						next: (value) => {
							this.#current = value;
							this.#ready = true;
							this.#error = null;
							update();
						},
						error: (error: unknown) => {
							this.#error = error;
							update();
						}
					});
					return () => subscription.unsubscribe();
				});
			})
		);
	}

	get current(): T {
		this.#subscribe();
		return this.#current;
	}

	/** False until the first result arrived. */
	get ready(): boolean {
		this.#subscribe();
		return this.#ready;
	}

	get error(): unknown {
		this.#subscribe();
		return this.#error;
	}
}

/** A live query without parameters. */
export function live<T>(run: () => Promise<T>, initial: T): LiveQuery<T> {
	return new LiveQuery(() => null, run, initial);
}
