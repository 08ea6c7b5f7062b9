/**
 * The phases of the write path as User Timing measures (`switchboard:<phase>`): they show in the
 * browser's performance panel, and `npm run bench` reads them to say where the time of a bulk
 * commit goes. Only writes of at least `MEASURED_FROM` records are measured, so a long session of
 * single edits does not fill the performance timeline.
 *
 * ```ts
 * const rows = timed('projection', records.length, () => records.map(toRow));
 * ```
 */
export type WritePhase = 'validate' | 'stamp' | 'ydoc' | 'y-indexeddb' | 'projection' | 'dexie';
/** Big reads measured the same way: the users list loading an account's search words. */
export type ReadPhase = 'search-words';

export const MEASURE_PREFIX = 'switchboard:';
export const MEASURED_FROM = 100;

/** Measures `phase` from `start` (a `performance.now()`) until now. */
export function measureSince(phase: WritePhase | ReadPhase, records: number, start: number): void {
	if (records >= MEASURED_FROM) measure(phase, records, start);
}

function measure(phase: WritePhase | ReadPhase, records: number, start: number): void {
	performance.measure(`${MEASURE_PREFIX}${phase}`, {
		start,
		end: performance.now(),
		detail: { records }
	});
}

/** Runs `task` and measures it as `phase` when it handles at least `MEASURED_FROM` records. */
export function timed<T>(phase: WritePhase, records: number, task: () => T): T {
	if (records < MEASURED_FROM) return task();
	const start = performance.now();
	try {
		return task();
	} finally {
		measure(phase, records, start);
	}
}

/** `timed` for asynchronous work: measured from the call until the promise settles. */
export async function timedAsync<T>(
	phase: WritePhase,
	records: number,
	task: () => Promise<T>
): Promise<T> {
	if (records < MEASURED_FROM) return task();
	const start = performance.now();
	try {
		return await task();
	} finally {
		measure(phase, records, start);
	}
}
