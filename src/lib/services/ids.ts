/** Random identifiers for new records (UUID v4 from WebCrypto). */
export function newId(): string {
	return crypto.randomUUID();
}

/** A uniformly random integer in [0, 1e9). */
export function randomBillion(): number {
	const buf = new Uint32Array(1);
	for (;;) {
		crypto.getRandomValues(buf);
		const value = buf[0] ?? 0;
		// Reject the top sliver so every value is equally likely.
		if (value < 4_000_000_000) return value % 1_000_000_000;
	}
}
