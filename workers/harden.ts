/**
 * The import worker's defence against a crafted file making the parser write into the built-in
 * prototypes (`xlsx` 0.18.5, CVE-2023-30533; spec 12): they are frozen before the parser loads, so
 * such a write changes nothing (and throws in the parser's strict code, which the worker reports
 * as an unreadable file). Nothing else runs in that worker.
 */
export function freezePrototypes(): void {
	const typedArray = Object.getPrototypeOf(Uint8Array.prototype) as object;
	for (const prototype of [
		Object.prototype,
		Array.prototype,
		Function.prototype,
		String.prototype,
		Number.prototype,
		Boolean.prototype,
		Symbol.prototype,
		RegExp.prototype,
		Date.prototype,
		Error.prototype,
		Map.prototype,
		Set.prototype,
		WeakMap.prototype,
		Promise.prototype,
		ArrayBuffer.prototype,
		DataView.prototype,
		typedArray
	])
		Object.freeze(prototype);
}
