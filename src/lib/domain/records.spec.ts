import { describe, expect, it } from 'vitest';
import { fieldStamp, mergeStamped, stampNew, stampPatch, unstamp } from './records';

describe('stamped records', () => {
	const base = stampNew({ name: 'Dana', email: 'd@x.io', ext: '10' }, 's1');

	it('stamps a new record with one record stamp, no stamp per field', () => {
		expect(base).toEqual({ name: 'Dana', email: 'd@x.io', ext: '10', _t: 's1' });
		expect(fieldStamp(base, 'email')).toBe('s1');
		expect(fieldStamp(base, 'missing')).toBe('');
	});

	it('stamps only the fields a patch really changes, as overrides', () => {
		const next = stampPatch(base, { name: 'Dana', ext: '11' }, 's2');
		expect(next._t).toBe('s1');
		expect(next._s).toEqual({ ext: 's2' });
		expect(fieldStamp(next, 'ext')).toBe('s2');
		expect(fieldStamp(next, 'name')).toBe('s1');
		expect(unstamp(next)).toEqual({ name: 'Dana', email: 'd@x.io', ext: '11' });
		// The record it was made from is left as it was.
		expect(base._s).toBeUndefined();
	});

	it('merges two concurrent edits field by field, newer stamp winning', () => {
		const a = stampPatch(base, { name: 'Dana Lee' }, 's2-a');
		const b = stampPatch(stampPatch(base, { email: 'dana@x.io' }, 's3-b'), { name: 'D.' }, 's1-b');
		const merged = mergeStamped(a, b);
		expect(unstamp(merged)).toEqual({ name: 'Dana Lee', email: 'dana@x.io', ext: '10' });
		expect(mergeStamped(b, a)).toEqual(merged);
		// Compact again: the stamp most fields carry is the record stamp (a tie: the later one).
		expect(merged._t).toBe('s3-b');
		expect(merged._s).toEqual({ name: 's2-a', ext: 's1' });
	});

	it('merging is idempotent and keeps each field stamp', () => {
		const a = stampPatch(base, { ext: '12' }, 's4');
		const merged = mergeStamped(a, a);
		for (const key of ['name', 'email', 'ext'])
			expect(fieldStamp(merged, key)).toBe(fieldStamp(a, key));
		expect(mergeStamped(merged, base)).toEqual(merged);
	});

	it('reads records stored with one stamp per field (the earlier shape)', () => {
		const old = {
			name: 'Dana',
			email: 'd@x.io',
			ext: '10',
			_s: { name: 's1', email: 's1', ext: 's5' }
		};
		expect(fieldStamp(old, 'ext')).toBe('s5');
		const edited = stampPatch(base, { ext: '99' }, 's3');
		const merged = mergeStamped(old, edited);
		expect(unstamp(merged)).toEqual({ name: 'Dana', email: 'd@x.io', ext: '10' });
		expect(mergeStamped(edited, old)).toEqual(merged);
		expect(merged).toEqual({
			name: 'Dana',
			email: 'd@x.io',
			ext: '10',
			_t: 's1',
			_s: { ext: 's5' }
		});
	});
});
