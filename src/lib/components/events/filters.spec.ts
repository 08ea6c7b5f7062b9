import { describe, expect, it } from 'vitest';
import {
	localToIso,
	parseDateRange,
	toEventFilters,
	withFilter,
	without,
	type ActiveFilter
} from './filters';

const EMPTY = { startDate: '', startTime: '', endDate: '', endTime: '' };

describe('event filters', () => {
	it('turns local dates and times into ISO instants', () => {
		expect(localToIso('2026-03-05', '', 'start')).toBe(new Date(2026, 2, 5).toISOString());
		expect(localToIso('2026-03-05', '', 'end')).toBe(
			new Date(2026, 2, 5, 23, 59, 59, 999).toISOString()
		);
		expect(localToIso('2026-03-05', '14:30', 'start')).toBe(
			new Date(2026, 2, 5, 14, 30).toISOString()
		);
		expect(localToIso('2026-03-05', '14:30', 'end')).toBe(
			new Date(2026, 2, 5, 14, 30, 59, 999).toISOString()
		);
		expect(localToIso('2026-02-31', '', 'start')).toBeNull();
		expect(localToIso('2026-03-05', '25:00', 'start')).toBeNull();
		expect(localToIso('05/03/2026', '', 'start')).toBeNull();
	});

	it('accepts a start only, an end only or both, and explains what is wrong', () => {
		expect(parseDateRange({ ...EMPTY, startDate: '2026-03-05' })).toEqual({
			data: { from: new Date(2026, 2, 5).toISOString(), to: undefined }
		});
		expect(parseDateRange({ ...EMPTY, endDate: '2026-03-05', endTime: '08:00' })).toEqual({
			data: { from: undefined, to: new Date(2026, 2, 5, 8, 0, 59, 999).toISOString() }
		});
		expect(parseDateRange(EMPTY)).toEqual({ error: { startDate: 'events.filter.date_required' } });
		expect(parseDateRange({ ...EMPTY, startTime: '10:00' })).toEqual({
			error: { startDate: 'events.filter.time_needs_date' }
		});
		expect(
			parseDateRange({ ...EMPTY, startDate: '2026-03-05', endDate: '2026-03-04', endTime: '' })
		).toEqual({ error: { endDate: 'events.filter.end_before_start' } });
		expect(parseDateRange({ ...EMPTY, startDate: '2026-03-05', endTime: '09:00' })).toEqual({
			error: { endDate: 'events.filter.time_needs_date' }
		});
		// The same day is a valid range.
		expect(
			'data' in parseDateRange({ ...EMPTY, startDate: '2026-03-05', endDate: '2026-03-05' })
		).toBe(true);
	});

	it('combines the chips into query filters; a chip of the same kind replaces in place', () => {
		let active: ActiveFilter[] = [];
		active = withFilter(active, { kind: 'asset', values: ['User'] });
		active = withFilter(active, { kind: 'actorId', value: 'abc' });
		active = withFilter(active, { kind: 'asset', values: ['Phone', 'DID'] });
		expect(active.map((f) => f.kind)).toEqual(['asset', 'actorId']);
		active = withFilter(active, {
			kind: 'eventDate',
			input: EMPTY,
			from: '2026-01-01T00:00:00.000Z'
		});
		expect(toEventFilters(active)).toEqual({
			assets: ['Phone', 'DID'],
			actorId: 'abc',
			from: '2026-01-01T00:00:00.000Z',
			to: undefined
		});
		expect(toEventFilters(without(active, 'asset'))).toEqual({
			actorId: 'abc',
			from: '2026-01-01T00:00:00.000Z',
			to: undefined
		});
	});
});
