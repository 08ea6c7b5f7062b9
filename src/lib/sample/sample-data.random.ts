/**
 * A small seeded pseudo-random generator (mulberry32) so sample data is the same for the same
 * seed: tests can pin it, and a demo looks the same on every machine.
 *
 * ```ts
 * const rng = new Rng(42);
 * rng.int(1, 6); // a die roll, the same one for seed 42 every time
 * ```
 */
export class Rng {
	#state: number;

	constructor(seed: number) {
		this.#state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.#state = (this.#state + 0x6d2b79f5) >>> 0;
		let t = this.#state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		const item = items[Math.floor(this.next() * items.length)];
		if (item === undefined) throw new Error('pick from an empty list');
		return item;
	}

	/** One of the keys, each as likely as its weight. */
	weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
		const entries = Object.entries(weights) as [K, number][];
		const total = entries.reduce((sum, [, w]) => sum + w, 0);
		let roll = this.next() * total;
		for (const [key, weight] of entries) {
			roll -= weight;
			if (roll < 0) return key;
		}
		const last = entries[entries.length - 1];
		if (!last) throw new Error('weighted pick from no weights');
		return last[0];
	}

	/** `count` decimal digits (the first may be 0). */
	digits(count: number): string {
		let out = '';
		for (let i = 0; i < count; i += 1) out += String(this.int(0, 9));
		return out;
	}

	/** Random bytes as base64, for placeholder secrets nobody knows the input of. */
	base64(bytes: number): string {
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
		let out = '';
		for (let i = 0; i < Math.ceil((bytes * 4) / 3); i += 1) out += alphabet.charAt(this.int(0, 63));
		while (out.length % 4 !== 0) out += '=';
		return out;
	}
}
