/** One row of the bench table and of results.json. `value: null` = not measured (see detail). */
export interface Metric {
	name: string;
	value: number | null;
	unit: string;
	target: string;
	detail?: string;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The value below which `p` percent of the values lie (nearest rank). */
export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? NaN;
}

export function notMeasured(name: string, unit: string, target: string, why: string): Metric {
	return { name, value: null, unit, target, detail: `not measured: ${why}` };
}

export function round(value: number, digits = 0): number {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}
