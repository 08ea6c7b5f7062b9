import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HybridClock, MAX_CLOCK_DRIFT_MS, parseStamp } from '$lib/domain/clock';
import {
	stampNew,
	stampPatch,
	tombstone,
	unstamp,
	isTombstone,
	type Stamped
} from '$lib/domain/records';
import { decodeRecord, decodeStored, encodeRecord } from './records';
import { mergeRemoteWrites } from './merge';

type Person = { id: string; name: string; email: string; extension: string };

interface Device {
	doc: Y.Doc;
	clock: HybridClock;
	clamped: string[];
}

let wall = 1_750_000_000_000;

/** Yjs keeps, of two concurrent writes, the one of the higher client id: each case runs both ways. */
let clientIds: Record<string, number> = {};

function device(node: string, time: () => number = () => wall): Device {
	const doc = new Y.Doc();
	const id = clientIds[node];
	if (id !== undefined) doc.clientID = id;
	const clock = new HybridClock(node, time);
	const clamped: string[] = [];
	mergeRemoteWrites(
		doc,
		['users'],
		clock,
		(o) => o === 'local',
		(s) => clamped.push(s)
	);
	return { doc, clock, clamped };
}

/** What a service does: read the stored record, patch it with a new stamp, write it locally. */
function edit(d: Device, id: string, patch: Partial<Person>): void {
	wall += 1;
	const map = d.doc.getMap<unknown>('users');
	const current = decodeRecord(map.get(id)) as Stamped<Person>;
	d.doc.transact(
		() => map.set(id, encodeRecord(stampPatch(current, patch, d.clock.now()))),
		'local'
	);
}

function create(d: Device, person: Person): void {
	wall += 1;
	d.doc.transact(
		() => d.doc.getMap('users').set(person.id, encodeRecord(stampNew(person, d.clock.now()))),
		'local'
	);
}

function remove(d: Device, id: string): void {
	wall += 1;
	d.doc.transact(
		() => d.doc.getMap('users').set(id, encodeRecord(tombstone(d.clock.now()))),
		'local'
	);
}

/** Sends what `from` has and `to` lacks (one direction of a y-websocket sync step). */
function send(from: Device, to: Device): void {
	Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), 'remote');
}

/** Exchanges updates until nothing moves (merges written back travel too). */
function settle(devices: Device[], order: 'forward' | 'backward'): void {
	const list = order === 'forward' ? devices : [...devices].reverse();
	for (let round = 0; round < 4; round++)
		for (const from of list) for (const to of list) if (from !== to) send(from, to);
}

function person(d: Device, id: string): Person | undefined {
	const value = decodeRecord(d.doc.getMap('users').get(id));
	return value === undefined ? undefined : unstamp<Person>(value as Stamped<Person>);
}

const dana: Person = { id: 'u1', name: 'Dana', email: 'd@x.io', extension: '10' };

describe('merging remote writes field by field (two and three real Y.Docs)', () => {
	const cases = [
		['forward', { 'dev-a': 1, 'dev-b': 2, 'dev-c': 3 }],
		['backward', { 'dev-a': 3, 'dev-b': 2, 'dev-c': 1 }],
		['forward', { 'dev-a': 3, 'dev-b': 1, 'dev-c': 2 }],
		['backward', { 'dev-a': 1, 'dev-b': 3, 'dev-c': 2 }]
	] as const;
	for (const [order, ids] of cases)
		describe(`${order}, client ids ${JSON.stringify(ids)}`, () => {
			beforeEach(() => {
				clientIds = ids;
			});

			it("keeps both admins' edits to different fields of one record", () => {
				const a = device('dev-a');
				const b = device('dev-b');
				create(a, dana);
				settle([a, b], order);
				// Offline, concurrently: A renames, B changes the extension.
				edit(a, 'u1', { name: 'Dana Lee' });
				edit(b, 'u1', { extension: '42' });
				settle([a, b], order);
				const expected = { ...dana, name: 'Dana Lee', extension: '42' };
				expect(person(a, 'u1')).toEqual(expected);
				expect(person(b, 'u1')).toEqual(expected);
			});

			it('the later edit of the same field wins on every device', () => {
				const a = device('dev-a');
				const b = device('dev-b');
				const c = device('dev-c');
				create(a, dana);
				settle([a, b, c], order);
				edit(c, 'u1', { email: 'early@x.io' });
				edit(a, 'u1', { email: 'later@x.io', extension: '11' });
				edit(b, 'u1', { name: 'Dana B.' });
				settle([a, b, c], order);
				const expected = { ...dana, name: 'Dana B.', email: 'later@x.io', extension: '11' };
				for (const d of [a, b, c]) expect(person(d, 'u1')).toEqual(expected);
			});

			it('an edit made concurrently with a delete does not bring the record back', () => {
				const a = device('dev-a');
				const b = device('dev-b');
				create(a, dana);
				settle([a, b], order);
				edit(a, 'u1', { name: 'Dana Lee' });
				remove(b, 'u1');
				// A edits again, still unaware of the delete: later than it, yet not a re-creation.
				edit(a, 'u1', { extension: '12' });
				settle([a, b], order);
				expect(person(a, 'u1')).toBeUndefined();
				expect(person(b, 'u1')).toBeUndefined();
				expect(isTombstone(decodeStored(a.doc.getMap('users').get('u1')))).toBe(true);
			});

			it('an undo after the delete restores the record everywhere', () => {
				const a = device('dev-a');
				const b = device('dev-b');
				create(a, dana);
				settle([a, b], order);
				edit(a, 'u1', { name: 'before the delete' });
				remove(b, 'u1');
				create(b, dana);
				settle([a, b], order);
				expect(person(a, 'u1')).toEqual(dana);
				expect(person(b, 'u1')).toEqual(dana);
			});
		});

	beforeEach(() => {
		clientIds = {};
	});

	it('a plain remote edit (which knew the old value) is not written back', () => {
		const a = device('dev-a');
		const b = device('dev-b');
		create(a, dana);
		send(a, b);
		edit(b, 'u1', { name: 'Dana Lee' });
		let writes = 0;
		b.doc.on('update', () => (writes += 1));
		send(b, a);
		send(a, b);
		expect(writes).toBe(0);
		expect(person(a, 'u1')?.name).toBe('Dana Lee');
	});

	it('moves the clock past every remote stamp, and clamps one from far in the future', () => {
		const a = device('dev-a');
		const ahead = device('dev-z', () => wall + 10 * MAX_CLOCK_DRIFT_MS);
		create(ahead, dana);
		send(ahead, a);
		expect(a.clamped).toHaveLength(1);
		const next = parseStamp(a.clock.now());
		expect(next?.wall).toBeLessThanOrEqual(wall + MAX_CLOCK_DRIFT_MS);
		expect(next?.wall).toBeGreaterThan(wall);

		const c = device('dev-c');
		const b = device('dev-b', () => wall - 5_000);
		create(c, dana);
		edit(c, 'u1', { name: 'Dana Lee' });
		send(c, b);
		// B's wall clock is behind, but its next stamp is later than what it received.
		const bStamp = b.clock.now();
		const received = decodeStored(b.doc.getMap('users').get('u1')) as Stamped<Person>;
		expect(bStamp > (received._s?.name ?? '')).toBe(true);
		expect(b.clamped).toHaveLength(0);
	});
});
