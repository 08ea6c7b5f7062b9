/**
 * Where the time of a bulk write goes, from the User Timing measures the write path records
 * (`switchboard:<phase>`, src/lib/timing.ts): validation, stamping, the Y.Doc transaction,
 * y-indexeddb storing the update, building the read-model rows and the Dexie transaction.
 * The phases overlap (y-indexeddb and Dexie work while the next chunk is being stamped), so the
 * wall time from the first measure's start to the last one's end is given beside their sums.
 */
import type { Page } from '@playwright/test';
import { round } from './metric';

const PHASES = ['validate', 'stamp', 'ydoc', 'y-indexeddb', 'projection', 'dexie'] as const;
type Phase = (typeof PHASES)[number];

export interface WritePhases {
	/** Milliseconds per phase, summed over every measured write. */
	sums: Record<Phase, number>;
	/** Records of the Y.Doc commits measured. */
	records: number;
	/** From the first measure's start to the end of the last one. */
	wallMs: number;
	/** From the first measure's start to the end of the last Y.Doc commit (the data is in the document). */
	committedMs: number;
	/** From the first measure's start to the end of the last y-indexeddb write (stored on the device). */
	storedMs: number;
}

/** Forgets the measures so far: the next `writePhases` covers only what follows. */
export async function clearWritePhases(page: Page): Promise<void> {
	await page.evaluate(() => performance.clearMeasures());
}

/** One User Timing measure of the write path, as read off a page or a worker. */
export interface MeasureEntry {
	phase: string;
	start: number;
	end: number;
	records: number;
}

/**
 * The write path's measures of the current realm (a page or a worker). Self-contained: a page
 * runs it through `page.evaluate`, a bench worker calls it directly.
 */
export function readMeasures(): MeasureEntry[] {
	return performance
		.getEntriesByType('measure')
		.filter((m) => m.name.startsWith('switchboard:'))
		.map((m) => {
			const detail = (m as PerformanceMeasure).detail as { records?: unknown } | null;
			return {
				phase: m.name.slice('switchboard:'.length),
				start: m.startTime,
				end: m.startTime + m.duration,
				records: typeof detail?.records === 'number' ? detail.records : 0
			};
		});
}

export async function writePhases(page: Page): Promise<WritePhases | null> {
	return phasesOf(await page.evaluate(readMeasures));
}

/** The phases' sums and ends of these measures (null when there are none). */
export function phasesOf(measures: readonly MeasureEntry[]): WritePhases | null {
	if (measures.length === 0) return null;
	const sums = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
	for (const m of measures)
		if ((PHASES as readonly string[]).includes(m.phase)) sums[m.phase as Phase] += m.end - m.start;
	const first = Math.min(...measures.map((m) => m.start));
	const lastEnd = (phase?: string) =>
		Math.max(...measures.filter((m) => !phase || m.phase === phase).map((m) => m.end), first);
	return {
		sums,
		records: measures.filter((m) => m.phase === 'ydoc').reduce((n, m) => n + m.records, 0),
		wallMs: lastEnd() - first,
		committedMs: lastEnd('ydoc') - first,
		storedMs: lastEnd('y-indexeddb') - first
	};
}

/** "validate 0.1 s, stamp 0.2 s, …; in the document after 0.6 s, stored 3.1 s, projected 4.0 s". */
export function describePhases(p: WritePhases): string {
	const s = (ms: number) => `${round(ms / 1000, 1)} s`;
	const labels: Record<Phase, string> = {
		validate: 'validation',
		stamp: 'stamps',
		ydoc: 'Y.Doc transaction',
		'y-indexeddb': 'y-indexeddb',
		projection: 'projection rows',
		dexie: 'Dexie'
	};
	const parts = PHASES.map((phase) => `${labels[phase]} ${s(p.sums[phase])}`).join(', ');
	return `${parts}; in the Y.Doc after ${s(p.committedMs)}, stored by y-indexeddb after ${s(p.storedMs)}, in the read model after ${s(p.wallMs)}`;
}
