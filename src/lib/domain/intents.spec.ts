import { describe, expect, it } from 'vitest';
import { formatStamp } from './clock';
import {
	assignedAccounts,
	assignmentKey,
	foldIntents,
	intentConflicts,
	managerNamesByAccount,
	managerState,
	parseIntent,
	type AssignmentKind,
	type Intent
} from './intents';

const DANA = { id: 'p-dana', name: 'Dana Lee' };
const ERIK = { id: 'p-erik', name: 'Erik Berg' };
const KEY = assignmentKey('m-chris', 'a-globex');

function op(
	id: string,
	kind: AssignmentKind,
	wall: number,
	node: string,
	after = '',
	by = DANA,
	key = KEY
): Intent<AssignmentKind> {
	return { id, key, kind, stamp: formatStamp(wall, 0, node), after, by };
}

function permutations<T>(items: T[]): T[][] {
	if (items.length <= 1) return [items];
	return items.flatMap((item, i) =>
		permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest])
	);
}

/** The fold as a device computes it: operations taken in as they arrive, in batches. */
function foldInBatches(batches: Intent<AssignmentKind>[][]) {
	let seen: Intent<AssignmentKind>[] = [];
	let winners = new Map<string, Intent<AssignmentKind>>();
	for (const batch of batches) {
		seen = [...seen, ...batch];
		winners = foldIntents([...winners.values(), ...batch]);
	}
	return { winners, conflicts: intentConflicts(seen) };
}

describe('later intent wins (assignments)', () => {
	const first = op('o1', 'assign', 1000, 'dana-device');
	const assignOffline = op('o2', 'assign', 2000, 'dana-device', first.stamp);
	const unassignLater = op('o3', 'unassign', 3000, 'erik-device', first.stamp, ERIK);
	const other = op('o4', 'assign', 2500, 'erik-device', '', ERIK, assignmentKey('m-chris', 'a-x'));
	const all = [first, assignOffline, unassignLater, other];

	it('gives the same result, the latest stamp, in every delivery order', () => {
		const results = permutations(all).map((order) => {
			const winners = foldIntents(order);
			return [...winners.entries()].sort().map(([k, v]) => `${k}=${v.kind}@${v.id}`);
		});
		for (const result of results) expect(result).toEqual(results[0]);
		expect(foldIntents(all).get(KEY)?.id).toBe('o3');
		expect(assignedAccounts(foldIntents(all)).get('m-chris')).toEqual(new Set(['a-x']));
	});

	it('is associative and idempotent: batches, repeats and regroupings change nothing', () => {
		const once = foldIntents(all);
		const batched = foldInBatches([[unassignLater, other], [first], [assignOffline, first]]);
		expect(new Set(batched.winners.keys())).toEqual(new Set(once.keys()));
		for (const [key, winner] of once) expect(batched.winners.get(key)).toBe(winner);
		const twice = foldIntents([...all, ...all]);
		for (const [key, winner] of once) expect(twice.get(key)).toBe(winner);
	});

	it('breaks a tie of wall time and counter by node id, the same everywhere', () => {
		const a = op('t1', 'assign', 5000, 'node-a');
		const b = op('t2', 'unassign', 5000, 'node-b');
		expect(foldIntents([a, b]).get(KEY)?.id).toBe('t2');
		expect(foldIntents([b, a]).get(KEY)?.id).toBe('t2');
	});

	it('keeps the reverse result for the reverse order of intents', () => {
		const unassignFirst = op('r1', 'unassign', 2000, 'erik-device', first.stamp, ERIK);
		const assignLater = op('r2', 'assign', 3000, 'dana-device', first.stamp);
		for (const order of permutations([first, unassignFirst, assignLater]))
			expect(foldIntents(order).get(KEY)?.kind).toBe('assign');
	});
});

describe('conflicts', () => {
	const first = op('o1', 'assign', 1000, 'dana-device');

	it('records the losing intent of two made after the same operation, once, on every device', () => {
		const dana = op('o2', 'assign', 2000, 'dana-device', first.stamp);
		const erik = op('o3', 'unassign', 3000, 'erik-device', first.stamp, ERIK);
		const expected = {
			id: 'conflict:o2:o3',
			key: KEY,
			winner: erik,
			loser: dana
		};
		for (const order of permutations([first, dana, erik, erik]))
			expect(intentConflicts(order)).toEqual([expected]);
	});

	it('is no conflict when the later intent knew of the earlier one, or both wanted the same', () => {
		const assign = op('o2', 'assign', 2000, 'dana-device', first.stamp);
		const knewIt = op('o3', 'unassign', 3000, 'erik-device', assign.stamp, ERIK);
		expect(intentConflicts([first, assign, knewIt])).toEqual([]);
		const same = op('o4', 'assign', 2500, 'erik-device', first.stamp, ERIK);
		expect(intentConflicts([first, assign, same])).toEqual([]);
	});
});

describe('managerState', () => {
	it('counts assignments of current managers only, and reads operations defensively', () => {
		const convert = op('c1', 'assign', 1000, 'n', '', DANA, 'role:m-chris');
		const intents = [
			{ ...convert, kind: 'convert' as const },
			op('a1', 'assign', 2000, 'n'),
			op('a2', 'assign', 2100, 'n', '', DANA, assignmentKey('m-old', 'a-globex'))
		];
		const state = managerState(intents);
		expect([...state.managers]).toEqual(['m-chris']);
		expect(state.assigned.get('m-chris')).toEqual(new Set(['a-globex']));
		expect(state.assigned.has('m-old')).toBe(false);
		const upgraded = managerState([
			...intents,
			{ ...op('u1', 'assign', 3000, 'n', convert.stamp, DANA, 'role:m-chris'), kind: 'upgrade' }
		]);
		expect(upgraded.managers.size).toBe(0);
		expect(parseIntent(intents[1])).toEqual(intents[1]);
		expect(parseIntent({ ...intents[1], kind: 'delete' })).toBeNull();
		expect(parseIntent({ ...intents[1], by: null })).toBeNull();
	});
});

describe('conflicts of intents that did not know of each other', () => {
	it('are found even when the two were made after different operations', () => {
		// B assigns online; A, offline and not knowing of it, assigns too (same wish, no conflict);
		// B then unassigns, not knowing of A's assign: A's intent lost to B's.
		const bAssign = op('o1', 'assign', 1000, 'erik-device', '', ERIK);
		const aAssign = op('o2', 'assign', 2000, 'dana-device', '');
		const bUnassign = op('o3', 'unassign', 3000, 'erik-device', bAssign.stamp, ERIK);
		for (const order of permutations([bAssign, aAssign, bUnassign])) {
			expect(foldIntents(order).get(KEY)?.kind).toBe('unassign');
			expect(intentConflicts(order).map((c) => c.id)).toEqual(['conflict:o2:o3']);
		}
	});
});

describe('managerNamesByAccount', () => {
	it('lists, per account, the managers assigned to it', () => {
		const assigned = new Map([
			['m1', new Set(['a1', 'a2'])],
			['m2', new Set(['a2'])]
		]);
		const names = managerNamesByAccount(assigned, [
			{ id: 'm1', name: 'Chris Park' },
			{ id: 'm2', name: 'Erik Berg' }
		]);
		expect(names.get('a1')).toEqual(['Chris Park']);
		expect(names.get('a2')).toEqual(['Chris Park', 'Erik Berg']);
		expect(names.has('a3')).toBe(false);
	});
});
