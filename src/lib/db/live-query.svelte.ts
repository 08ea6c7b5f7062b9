import { liveQuery } from 'dexie';
import { untrack } from 'svelte';
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
	/**
	 * The parameters, copied in by the readers. They are evaluated in each reader's own effect,
	 * never in the subscription's root effect: `params` usually reads deriveds of the page that
	 * reads the query, and the root outlives that page by a microtask (`createSubscriber` stops
	 * late), so a root that depended on them would re-check deriveds of a destroyed component
	 * (Svelte's `derived_inert`).
	 */
	#params = $state.raw<{ value: P } | null>(null);
	#paramsOf: () => P;
	#subscribe: () => void;

	constructor(params: () => P, run: (params: P) => Promise<T>, initial: T) {
		this.#current = initial;
		this.#paramsOf = params;
		this.#subscribe = createSubscriber((update) =>
			$effect.root(() => {
				$effect(() => {
					const params = this.#params;
					if (params === null) return;
					const p = params.value;
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

	#read(): void {
		this.#subscribe();
		if (!$effect.tracking()) return;
		$effect.pre(() => {
			const value = this.#paramsOf();
			const known = untrack(() => this.#params);
			if (known === null || !sameParams(known.value, value)) this.#params = { value };
		});
	}

	get current(): T {
		this.#read();
		return this.#current;
	}

	/** False until the first result arrived. */
	get ready(): boolean {
		this.#read();
		return this.#ready;
	}

	get error(): unknown {
		this.#read();
		return this.#error;
	}
}

/** Equal parameters (same keys, each the same value) keep the running subscription. */
function sameParams(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	const keysA = Object.keys(a);
	const keysB = Object.keys(b);
	const recordA = a as Record<string, unknown>;
	const recordB = b as Record<string, unknown>;
	return (
		keysA.length === keysB.length && keysA.every((key) => Object.is(recordA[key], recordB[key]))
	);
}

/** A live query without parameters. */
export function live<T>(run: () => Promise<T>, initial: T): LiveQuery<T> {
	return new LiveQuery(() => null, run, initial);
}
