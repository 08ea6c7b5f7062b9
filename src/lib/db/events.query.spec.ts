import { describe, expect, it } from 'vitest';
import type { EventRecord } from '$lib/domain/events';
import {
	eventFacets,
	type EventFacets,
	eventPage,
	recentEvents,
	type EventCursor,
	type EventFilters,
	type EventOrder,
	type EventQuery
} from './events.query';
import { userRow } from './rows';
import { workspaceDb } from './workspace.db';
import { makeUser } from '../../../tests/fixtures/records';

const ACCOUNT = 'acct-1';
const ALL = {
	assets: ['Account', 'User', 'Phone', 'Group'] as const,
	actions: ['Create', 'Edit', 'Delete'] as const,
	types: ['Admin', 'MiVB'] as const
};

function event(n: number, patch: Partial<EventRecord> = {}): EventRecord {
	return {
		id: `e${String(n).padStart(6, '0')}`,
		accountId: ACCOUNT,
		actorId: 'actor-dana',
		actorName: 'Dana Lee',
		action: 'Create',
		eventType: 'Admin',
		asset: 'User',
		assetId: `asset-${n}`,
		eventDate: date(n),
		propertiesChanged: ['name'],
		coreDetails: { id: `asset-${n}` },
		extraDetails: {},
		logTags: [],
		...patch
	};
}

/** A distinct ISO date per n, increasing with n. */
function date(n: number): string {
	return new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
}

async function workspaceWith(events: EventRecord[]): Promise<string> {
	const workspaceId = `ws-${crypto.randomUUID()}`;
	await workspaceDb(workspaceId).events.bulkAdd(events);
	return workspaceId;
}

function query(
	workspaceId: string,
	filters: EventFilters = {},
	order: EventOrder = 'newest'
): EventQuery {
	return { workspaceId, accountId: ACCOUNT, filters, order };
}

/** Every page of a query, following the cursors, with the page sizes seen. */
async function allPages(
	q: EventQuery,
	limit = 100,
	budget?: number
): Promise<{ ids: string[]; sizes: number[] }> {
	const ids: string[] = [];
	const sizes: number[] = [];
	let after: EventCursor | null = null;
	for (let guard = 0; guard < 1000; guard++) {
		const page = await eventPage(q, { after, limit, budget });
		ids.push(...page.rows.map((r) => r.id));
		sizes.push(page.rows.length);
		if (!page.next) return { ids, sizes };
		after = page.next;
	}
	throw new Error('paging did not end');
}

describe('eventPage', () => {
	it('pages one account newest first, then oldest first, each event once', async () => {
		const events = Array.from({ length: 250 }, (_, i) => event(i));
		const other = event(999, { id: 'other', accountId: 'acct-2' });
		const ws = await workspaceWith([...events, other]);
		const byDateDesc = [...events].reverse().map((e) => e.id);

		const newest = await allPages(query(ws));
		expect(newest.sizes).toEqual([100, 100, 50]);
		expect(newest.ids).toEqual(byDateDesc);

		const oldest = await allPages(query(ws, {}, 'oldest'));
		expect(oldest.ids).toEqual([...byDateDesc].reverse());
	});

	it('pages through events that share one date (a bulk write) without loss or repeats', async () => {
		// 120 events at one date, 80 at another, 45 alone: page ends fall inside tie groups.
		const events = [
			...Array.from({ length: 120 }, (_, i) => event(i, { eventDate: date(1) })),
			...Array.from({ length: 80 }, (_, i) => event(200 + i, { eventDate: date(2) })),
			...Array.from({ length: 45 }, (_, i) => event(300 + i, { eventDate: date(3 + i) }))
		];
		const ws = await workspaceWith(events);
		for (const order of ['newest', 'oldest'] as const) {
			const { ids, sizes } = await allPages(query(ws, {}, order), 30);
			expect(new Set(ids).size).toBe(245);
			expect(sizes.slice(0, 8)).toEqual([30, 30, 30, 30, 30, 30, 30, 30]);
			const dates = ids.map((id) => events.find((e) => e.id === id)!.eventDate);
			const sorted = [...dates].sort();
			expect(dates).toEqual(order === 'oldest' ? sorted : sorted.reverse());
		}
		// With a filter, inside tie groups, with pages cut by the limit and by the read budget.
		for (const budget of [undefined, 13]) {
			const filtered = await allPages(query(ws, { actorId: 'actor' }), 7, budget);
			expect(new Set(filtered.ids).size).toBe(245);
			expect(filtered.ids).toEqual((await allPages(query(ws))).ids);
		}
	});

	it('a filter that few events match shows its first matches after a bounded read', async () => {
		const events = Array.from({ length: 1000 }, (_, i) =>
			event(i, {
				eventDate: date(Math.floor(i / 3)),
				asset: i % 97 === 0 ? 'Phone' : i % 89 === 0 ? 'DID' : 'User'
			})
		);
		const ws = await workspaceWith(events);
		// Two values: no single index holds them, so pages read a bounded stretch of the dates.
		const q = query(ws, { assets: ['Phone', 'DID'] });
		const first = await eventPage(q, { after: null, limit: 100, budget: 200 });
		// 200 newest events read: the Phone and DID events among them, and a cursor to go on.
		expect(first.rows.map((r) => r.id)).toEqual(
			events
				.slice(800)
				.filter((e) => e.asset !== 'User')
				.reverse()
				.map((e) => e.id)
		);
		expect(first.rows).toHaveLength(5);
		expect(first.next).not.toBeNull();
		const { ids, sizes } = await allPages(q, 100, 200);
		expect(sizes).toHaveLength(5);
		expect(ids).toEqual(
			events
				.filter((e) => e.asset === 'Phone' || e.asset === 'DID')
				.reverse()
				.map((e) => e.id)
		);
		// A page whose end is fixed re-reads exactly its range.
		const bounded = await eventPage(q, { after: null, until: first.next });
		expect(bounded.rows).toEqual(first.rows);
		// An actor ID nobody has: nothing, without a page.
		expect(await eventPage(query(ws, { actorId: 'ghost' }), { after: null })).toEqual({
			rows: [],
			next: null
		});
	});

	it('one value of one facet pages through its own index: only matches are read', async () => {
		const events = Array.from({ length: 1000 }, (_, i) =>
			event(i, {
				eventDate: date(Math.floor(i / 3)),
				asset: i % 97 === 0 ? 'Phone' : 'User',
				action: i % 2 === 0 ? 'Edit' : 'Create'
			})
		);
		const ws = await workspaceWith(events);
		const phones = events.filter((e) => e.asset === 'Phone');
		// However small the budget, every match comes in one page: nothing else is read.
		const all = await eventPage(query(ws, { assets: ['Phone'] }), {
			after: null,
			limit: 100,
			budget: 1
		});
		expect(all).toEqual({
			rows: [...phones].reverse().map((e) => ({ ...e, actorGone: true })),
			next: null
		});
		// Oldest first, in pages of 4, with another filter tested on the narrowed events.
		const q = { ...query(ws, { assets: ['Phone'], actions: ['Edit'] }), order: 'oldest' as const };
		const { ids } = await allPages(q, 4, 1000);
		expect(ids).toEqual(phones.filter((e) => e.action === 'Edit').map((e) => e.id));
	});

	it('combines the filters (AND) and applies the date range through the index', async () => {
		const events = [
			event(1, { asset: 'Account', action: 'Create' }),
			event(2, { asset: 'User', action: 'Create' }),
			event(3, { asset: 'User', action: 'Edit', actorId: 'other-actor' }),
			event(4, { asset: 'Phone', action: 'Edit', eventType: 'MiVB', actorId: 'SCIM-7' }),
			event(5, { asset: 'Phone', action: 'Delete', eventType: 'MiVB' }),
			event(6, { asset: 'Group', action: 'Create', eventType: 'MiVB' })
		];
		const ws = await workspaceWith(events);
		const ids = async (filters: EventFilters, order: EventOrder = 'newest') =>
			(await eventPage(query(ws, filters, order), { after: null })).rows.map((r) => r.id);

		expect(await ids({ assets: ['User'] })).toEqual(['e000003', 'e000002']);
		expect(await ids({ assets: ['User', 'Phone'] })).toEqual([
			'e000005',
			'e000004',
			'e000003',
			'e000002'
		]);
		expect(await ids({ actions: ['Edit'] })).toEqual(['e000004', 'e000003']);
		expect(await ids({ eventTypes: ['MiVB'], actions: ['Edit'] })).toEqual(['e000004']);
		// Actor ID: exact or prefix, case-insensitive.
		expect(await ids({ actorId: 'scim' })).toEqual(['e000004']);
		expect(await ids({ actorId: 'other-actor' })).toEqual(['e000003']);
		expect(await ids({ actorId: 'nobody' })).toEqual([]);
		// Date range: start only, end only, both; inclusive.
		expect(await ids({ from: date(5) })).toEqual(['e000006', 'e000005']);
		expect(await ids({ to: date(2) }, 'oldest')).toEqual(['e000001', 'e000002']);
		expect(await ids({ from: date(2), to: date(4), assets: ['User'] })).toEqual([
			'e000003',
			'e000002'
		]);
		expect(await ids({ from: date(5), to: date(2) })).toEqual([]);
	});

	it('pages a sparse filter across pages', async () => {
		const events = Array.from({ length: 300 }, (_, i) =>
			event(i, { asset: i % 10 === 0 ? 'Phone' : 'User' })
		);
		const ws = await workspaceWith(events);
		const { ids, sizes } = await allPages(query(ws, { assets: ['Phone'] }), 12);
		expect(sizes).toEqual([12, 12, 6]);
		expect(ids).toEqual(
			events
				.filter((e) => e.asset === 'Phone')
				.reverse()
				.map((e) => e.id)
		);
	});

	it('a page with a fixed end re-reads exactly its range, and grows with new events in it', async () => {
		// (unfiltered; the filtered path is checked above)
		const events = Array.from({ length: 30 }, (_, i) =>
			event(i, { eventDate: date(i < 20 ? i : 20) })
		);
		const ws = await workspaceWith(events);
		const q = query(ws);
		const first = await eventPage(q, { after: null, limit: 15 });
		const second = await eventPage(q, { after: first.next, limit: 10 });
		// The first page, now bounded by its own end: the same events.
		const bounded = await eventPage(q, { after: null, until: first.next });
		expect(bounded.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
		expect(bounded.next).toEqual(first.next);
		const secondBounded = await eventPage(q, { after: first.next, until: second.next });
		expect(secondBounded.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));

		// A new event (newest) joins the first page; the second page does not change.
		await workspaceDb(ws).events.add(event(500));
		const grown = await eventPage(q, { after: null, until: first.next });
		expect(grown.rows.map((r) => r.id)).toEqual(['e000500', ...first.rows.map((r) => r.id)]);
		const again = await eventPage(q, { after: first.next, until: second.next });
		expect(again.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
	});
});

describe('eventFacets', () => {
	const facets = (ws: string, filters: EventFilters) => eventFacets(ws, ACCOUNT, filters, ALL);

	it('reports what it found after each facet, and stops when asked', async () => {
		const events = Array.from({ length: 3000 }, (_, i) => event(i));
		events.push(event(5000, { asset: 'Phone', eventType: 'MiVB' }));
		const ws = await workspaceWith(events);
		const seen: EventFacets[] = [];
		const all = await eventFacets(ws, ACCOUNT, {}, ALL, (found) => {
			seen.push(found);
			return true;
		});
		expect(seen).toHaveLength(3);
		expect(seen[0]).toEqual({ assets: ['User', 'Phone'], actions: [], eventTypes: [] });
		expect(all).toEqual({
			assets: ['User', 'Phone'],
			actions: ['Create'],
			eventTypes: ['Admin', 'MiVB']
		});
		const stopped = await eventFacets(ws, ACCOUNT, {}, ALL, () => false);
		expect(stopped).toEqual({ assets: ['User', 'Phone'], actions: [], eventTypes: [] });
	});

	it('offers only values that give a result with the other filters', async () => {
		const ws = await workspaceWith([
			event(1, { asset: 'Account', action: 'Create' }),
			event(2, { asset: 'User', action: 'Edit' }),
			event(3, { asset: 'Phone', action: 'Delete', eventType: 'MiVB', actorId: 'mivb-sync' }),
			event(4, { accountId: 'acct-2', asset: 'Group' })
		]);
		expect(await facets(ws, {})).toEqual({
			assets: ['Account', 'User', 'Phone'],
			actions: ['Create', 'Edit', 'Delete'],
			eventTypes: ['Admin', 'MiVB']
		});
		// Asset = Phone: only MiVB and Delete; the Asset options themselves stay open.
		expect(await facets(ws, { assets: ['Phone'] })).toEqual({
			assets: ['Account', 'User', 'Phone'],
			actions: ['Delete'],
			eventTypes: ['MiVB']
		});
		expect(await facets(ws, { eventTypes: ['Admin'], actions: ['Edit'] })).toEqual({
			assets: ['User'],
			actions: ['Create', 'Edit'],
			eventTypes: ['Admin']
		});
		expect(await facets(ws, { actorId: 'MIVB' })).toEqual({
			assets: ['Phone'],
			actions: ['Delete'],
			eventTypes: ['MiVB']
		});
		expect(await facets(ws, { to: date(1) })).toEqual({
			assets: ['Account'],
			actions: ['Create'],
			eventTypes: ['Admin']
		});
		expect(await facets(ws, { from: date(9) })).toEqual({
			assets: [],
			actions: [],
			eventTypes: []
		});
	});

	it('reads past chunk ends, including the rest of a date cut by a chunk', async () => {
		// 2,500 events at one date, the only MiVB Phone event sorted (by id) at the group's end.
		const events = Array.from({ length: 2500 }, (_, i) => event(i, { eventDate: date(1) }));
		events[2499] = { ...events[2499]!, asset: 'Phone', eventType: 'MiVB' };
		events.push(event(3000, { asset: 'Group', eventDate: date(5) }));
		const ws = await workspaceWith(events);
		expect(await facets(ws, {})).toEqual({
			assets: ['User', 'Phone', 'Group'],
			actions: ['Create'],
			eventTypes: ['Admin', 'MiVB']
		});
	});
});

describe('recentEvents', () => {
	it('returns the newest events of the workspace', async () => {
		const ws = await workspaceWith([
			event(1),
			event(3, { accountId: 'acct-2', id: 'x3' }),
			event(2)
		]);
		expect((await recentEvents(ws, 2)).map((e) => e.id)).toEqual(['x3', 'e000002']);
	});

	it('marks events whose person actor no longer exists, never the entity actors', async () => {
		const ws = await workspaceWith([
			event(1, { actorId: 'user-ann', actorName: 'Ann Smith' }),
			event(2, { actorId: 'user-gone', actorName: 'Bob Jones' }),
			event(3, { actorId: 'system', actorName: 'System' }),
			event(4, { actorId: 'scim', actorName: 'SCIM' })
		]);
		await workspaceDb(ws).users.put(
			userRow(makeUser({ id: 'user-ann', accountId: ACCOUNT, firstName: 'Ann', lastName: 'Smith' }))
		);
		const gone = async () =>
			Object.fromEntries(
				(await eventPage(query(ws), { after: null })).rows.map((r) => [r.actorId, r.actorGone])
			);
		expect(await gone()).toEqual({
			'user-ann': false,
			'user-gone': true,
			system: false,
			scim: false
		});
		expect((await recentEvents(ws, 4)).find((e) => e.actorId === 'user-gone')?.actorGone).toBe(
			true
		);
		// Ann deleted: her events now show Unknown too.
		await workspaceDb(ws).users.delete('user-ann');
		expect((await gone())['user-ann']).toBe(true);
	});
});
