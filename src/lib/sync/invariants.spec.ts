import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HybridClock, parseStamp } from '$lib/domain/clock';
import { stampNew, type Stamped } from '$lib/domain/records';
import { checkAfterMerge, onConflict, type Conflict } from './invariants';
import { mergeRemoteWrites } from './merge';
import { decodeRecord, encodeRecord } from './records';

let wall = 1_760_000_000_000;
const stops: (() => void)[] = [];

afterEach(() => {
	for (const stop of stops.splice(0)) stop();
});

interface Device {
	doc: Y.Doc;
	clock: HybridClock;
	conflicts: Conflict[];
}

/** A device as room.ts wires it: merge, then the checks, on a room's document. */
function device(node: string, clientId: number): Device {
	const doc = new Y.Doc();
	doc.clientID = clientId;
	const clock = new HybridClock(node, () => wall);
	const isLocal = (origin: unknown) => origin === 'local';
	stops.push(mergeRemoteWrites(doc, ['users', 'accounts'], clock, isLocal));
	const conflicts: Conflict[] = [];
	// One listener per device: the conflicts its own document found.
	stops.push(checkAfterMerge(doc, clock, isLocal));
	stops.push(
		onConflict((c) => {
			if (current === doc) conflicts.push(c);
		})
	);
	return { doc, clock, conflicts };
}

/** Which document's observers are running (the listener registry is shared in one process). */
let current: Y.Doc | null = null;

function write(d: Device, map: string, id: string, record: object): void {
	wall += 10;
	current = d.doc;
	d.doc.transact(
		() => d.doc.getMap(map).set(id, encodeRecord(stampNew(record, d.clock.now()))),
		'local'
	);
}

function send(from: Device, to: Device): void {
	current = to.doc;
	Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), 'remote');
}

function exchange(a: Device, b: Device, first: 'a' | 'b'): void {
	for (let i = 0; i < 3; i++) {
		if (first === 'a') {
			send(a, b);
			send(b, a);
		} else {
			send(b, a);
			send(a, b);
		}
	}
}

function accountNumber(d: Device, id: string): string {
	return (decodeRecord(d.doc.getMap('accounts').get(id)) as Stamped<{ accountNumber: string }>)
		.accountNumber;
}

const user = (id: string, name: string, email: string) => ({ id, accountId: 'a1', name, email });
const account = (id: string, name: string) => ({ id, name, accountNumber: '123456789' });

describe('checks after a merge (two real Y.Docs)', () => {
	for (const first of ['a', 'b'] as const) {
		it(`reports two users of one account added offline with the same e-mail, on both devices (${first} first)`, () => {
			const a = device('dev-a', 1);
			const b = device('dev-b', 2);
			write(a, 'users', 'u1', user('u1', 'Dana Lee', 'dana@example.com'));
			write(b, 'users', 'u2', user('u2', 'Dana L.', 'Dana@Example.com '));
			write(b, 'users', 'u3', user('u3', 'Other', 'other@example.com'));
			exchange(a, b, first);
			for (const d of [a, b]) {
				expect(d.conflicts).toHaveLength(1);
				const [conflict] = d.conflicts;
				expect(conflict).toMatchObject({ kind: 'duplicate_email', accountId: 'a1' });
				if (conflict?.kind !== 'duplicate_email') continue;
				expect(conflict.users.map((u) => u.id)).toEqual(['u1', 'u2']);
				// Both stay: a person decides which one to change.
				expect(d.doc.getMap('users').size).toBe(3);
			}
			expect(a.conflicts[0]).toEqual(b.conflicts[0]);
		});

		it(`settles two accounts given the same Account ID offline the same way on both devices (${first} first)`, () => {
			const a = device('dev-a', 1);
			const b = device('dev-b', 2);
			write(a, 'accounts', 'acct-a', account('acct-a', 'Initech'));
			write(b, 'accounts', 'acct-b', account('acct-b', 'Globex'));
			exchange(a, b, first);
			for (const d of [a, b]) {
				// The account created first keeps it; the other has a new one, the same everywhere.
				expect(accountNumber(d, 'acct-a')).toBe('123456789');
				expect(accountNumber(d, 'acct-b')).toMatch(/^[1-9]\d{8}$/);
				expect(accountNumber(d, 'acct-b')).not.toBe('123456789');
				expect(d.doc.getMap('accountNumbers').get('123456789')).toMatchObject({
					accountId: 'acct-a'
				});
			}
			// Reported by the device that saw the clash (the other may receive it settled already;
			// the event each writes has one id, so the history shows it once everywhere).
			const reports = [...a.conflicts, ...b.conflicts];
			expect(reports.length).toBeGreaterThanOrEqual(1);
			for (const report of reports)
				expect(report).toMatchObject({
					kind: 'duplicate_account_id',
					accountNumber: '123456789',
					keeper: { id: 'acct-a', name: 'Initech' },
					renumbered: [{ id: 'acct-b', name: 'Globex', to: accountNumber(a, 'acct-b') }]
				});
			expect(accountNumber(a, 'acct-b')).toBe(accountNumber(b, 'acct-b'));
			expect(
				(
					a.doc.getMap('accountNumbers').get(accountNumber(a, 'acct-b')) as {
						accountId: string;
					}
				).accountId
			).toBe('acct-b');
		});
	}

	it('reports nothing for users with different e-mails, or the same e-mail in different accounts', () => {
		const a = device('dev-a', 1);
		const b = device('dev-b', 2);
		write(a, 'users', 'u1', user('u1', 'Dana', 'dana@example.com'));
		write(b, 'users', 'u2', { ...user('u2', 'Dana', 'dana@example.com'), accountId: 'a2' });
		write(b, 'users', 'u3', user('u3', 'Erik', 'erik@example.com'));
		exchange(a, b, 'a');
		expect(a.conflicts).toEqual([]);
		expect(b.conflicts).toEqual([]);
	});
});

describe('later intent wins: the losing intent is reported', () => {
	function intent(d: Device, id: string, kind: 'assign' | 'unassign', after: string) {
		wall += 1000;
		const value = {
			id,
			key: 'assign:m-chris:a-globex',
			kind,
			stamp: d.clock.now(),
			after,
			by: { id: `p-${id}`, name: `Person ${id}` }
		};
		current = d.doc;
		d.doc.transact(() => d.doc.getMap('intents').set(id, encodeRecord(value)), 'local');
		return value;
	}

	for (const first of ['a', 'b'] as const)
		it(`on both devices, once, whichever sends first (${first})`, () => {
			const a = device('node-a', 1);
			const b = device('node-b', 2);
			const base = intent(a, 'o1', 'assign', '');
			exchange(a, b, 'a');
			// Both offline: A assigns again, B unassigns later; neither knows of the other.
			const dana = intent(a, 'o2', 'assign', base.stamp);
			const erik = intent(b, 'o3', 'unassign', base.stamp);
			exchange(a, b, first);
			for (const d of [a, b]) {
				const lost = d.conflicts.filter((c) => c.kind === 'lost_intent');
				expect(lost).toHaveLength(1);
				const [conflict] = lost;
				if (conflict?.kind !== 'lost_intent') throw new Error('no conflict');
				expect(conflict.conflict.winner.id).toBe(erik.id);
				expect(conflict.conflict.loser.id).toBe(dana.id);
				expect(conflict.at).toBe(new Date(parseStamp(erik.stamp)?.wall ?? 0).toISOString());
			}
		});
});
