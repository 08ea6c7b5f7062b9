import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeStamped, stampNew, stampPatch, unstamp, type Stamped } from '$lib/domain/records';

type Person = { name: string; email: string; extension: string };

function sync(a: Y.Doc, b: Y.Doc): void {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('field-wise merge across two real Y.Docs', () => {
	it('keeps both admins’ edits to different fields of one record', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		const base = stampNew<Person>({ name: 'Dana', email: 'd@x.io', extension: '10' }, 'A-0001');
		a.getMap<Stamped<Person>>('users').set('u1', base);
		sync(a, b);

		// Offline, concurrently: A renames, B changes the extension.
		const fromA = stampPatch(base, { name: 'Dana Lee' }, 'A-0002');
		const fromB = stampPatch(base, { extension: '42' }, 'B-0003');
		a.getMap<Stamped<Person>>('users').set('u1', fromA);
		b.getMap<Stamped<Person>>('users').set('u1', fromB);
		sync(a, b);

		// Yjs keeps one of the two values (by client id); both docs agree on which.
		const winner = a.getMap<Stamped<Person>>('users').get('u1')!;
		expect(b.getMap<Stamped<Person>>('users').get('u1')).toEqual(winner);
		const mine =
			winner === fromA || JSON.stringify(winner) === JSON.stringify(fromA) ? fromB : fromA;

		// The device whose write lost merges field by field and writes the merge.
		const merged = mergeStamped(winner, mine);
		a.getMap<Stamped<Person>>('users').set('u1', merged);
		sync(a, b);
		expect(unstamp(b.getMap<Stamped<Person>>('users').get('u1')!)).toEqual({
			name: 'Dana Lee',
			email: 'd@x.io',
			extension: '42'
		});
	});
});
