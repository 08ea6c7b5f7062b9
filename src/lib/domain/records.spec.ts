import { describe, expect, it } from 'vitest';
import { mergeStamped, stampNew, stampPatch, unstamp } from './records';

describe('stamped records', () => {
	const base = stampNew({ name: 'Dana', email: 'd@x.io', ext: '10' }, 's1');

	it('stamps only the fields a patch really changes', () => {
		const next = stampPatch(base, { name: 'Dana', ext: '11' }, 's2');
		expect(next._s).toEqual({ name: 's1', email: 's1', ext: 's2' });
		expect(unstamp(next)).toEqual({ name: 'Dana', email: 'd@x.io', ext: '11' });
	});

	it('merges two concurrent edits field by field, newer stamp winning', () => {
		const a = stampPatch(base, { name: 'Dana Lee' }, 's2-a');
		const b = stampPatch(stampPatch(base, { email: 'dana@x.io' }, 's3-b'), { name: 'D.' }, 's1-b');
		const merged = mergeStamped(a, b);
		expect(unstamp(merged)).toEqual({ name: 'Dana Lee', email: 'dana@x.io', ext: '10' });
		expect(mergeStamped(b, a)).toEqual(merged);
	});
});
