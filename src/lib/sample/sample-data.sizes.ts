/**
 * What each size of "Load sample data" holds (spec 19, First run). Kept apart from the
 * generators so the dashboard can describe the sizes without loading the name and place tables.
 *
 * ```ts
 * setsToLoad('large', new Set(['small'])); // ['scale']: only what is missing is added
 * ```
 */

/** The parts sample data is made of: the 25-account demo, and the one 100,000-user account. */
export const SAMPLE_SETS = ['small', 'scale'] as const;
export type SampleSet = (typeof SAMPLE_SETS)[number];

/** The sizes a person chooses from. */
export const SAMPLE_SIZES = ['small', 'large'] as const;
export type SampleSize = (typeof SAMPLE_SIZES)[number];

export interface SampleCounts {
	accounts: number;
	users: number;
	events: number;
}

/** Name of the large account (the spec-00 scale targets are measured on it). */
export const SCALE_ACCOUNT_NAME = 'Scale Test Ltd';

/**
 * The records of each part. `small.events` is the generated history of the last 90 days (the
 * creation events of the load come on top); `scale.events` is the large account's whole event
 * history, its creation events included, so its Event History holds exactly 200,000 events.
 */
export const SET_COUNTS: Readonly<Record<SampleSet, SampleCounts>> = {
	small: { accounts: 25, users: 2500, events: 20_000 },
	scale: { accounts: 1, users: 100_000, events: 200_000 }
};

const SIZE_SETS: Readonly<Record<SampleSize, readonly SampleSet[]>> = {
	small: ['small'],
	large: ['small', 'scale']
};

/** The parts a size consists of. */
export function setsOf(size: SampleSize): readonly SampleSet[] {
	return SIZE_SETS[size];
}

/** What loading `size` adds when the parts in `loaded` are already there (nothing twice). */
export function setsToLoad(size: SampleSize, loaded: ReadonlySet<SampleSet>): SampleSet[] {
	return SIZE_SETS[size].filter((set) => !loaded.has(set));
}

/** The records the given parts hold together. */
export function countsOf(sets: readonly SampleSet[]): SampleCounts {
	const sum: SampleCounts = { accounts: 0, users: 0, events: 0 };
	for (const set of sets) {
		sum.accounts += SET_COUNTS[set].accounts;
		sum.users += SET_COUNTS[set].users;
		sum.events += SET_COUNTS[set].events;
	}
	return sum;
}
