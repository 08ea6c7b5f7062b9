import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '$lib/domain/model';
import { NO_FILTERS, USER_PROPERTIES, matchesFilters, type UserFilters } from '$lib/domain/user';
import { PRODUCT_IDS } from '$lib/domain/products';
import { Rng } from '$lib/sample/sample-data.random';
import { idsAtPositions, matchesWords, queryWords } from '$lib/domain/text';
import { applyProjection } from './readmodel';
import { userRow } from './rows';
import { workspaceDb, type WorkspaceDb } from './workspace.db';
import {
	SCAN_CHUNK,
	combineUserIds,
	orderedAtPositions,
	ranksOf,
	countAccountUsers,
	filterUserIds,
	getUsersByIds,
	licensedProducts,
	listUserIds,
	orderedUserIds,
	searchUserIds,
	userIdsWithEmail,
	userIdsWithExtension,
	patchSearchEntries,
	userSearchEntries,
	userStats,
	watchUserChanges
} from './users.query';
import { makeUser } from '../../../tests/fixtures/records';

let ws: string;
let db: WorkspaceDb;

function user(id: string, name: string, overrides: Partial<User> = {}): User {
	const [firstName = '', lastName = ''] = name.split(' ');
	return makeUser({
		id,
		accountId: 'a1',
		name,
		firstName,
		lastName,
		email: `${id}@example.com`,
		...overrides
	});
}

/** Users written the way the projection writes them (rows, search words). */
async function seed(users: User[]): Promise<void> {
	await applyProjection(
		db,
		[{ table: 'users', puts: users, deletes: [] }],
		'test',
		new Uint8Array()
	);
}

async function remove(ids: string[]): Promise<void> {
	await applyProjection(db, [{ table: 'users', puts: [], deletes: ids }], 'test', new Uint8Array());
}

beforeEach(async () => {
	ws = `q-${crypto.randomUUID()}`;
	db = workspaceDb(ws);
	await db.open();
	await seed([
		user('zoe', 'Zoë Müller', { extension: '2041', modifiedAt: '2026-01-03T00:00:00.000Z' }),
		user('ann', 'Ann Smith', {
			email: 'Ann.Smith@Example.com',
			role: 'account_admin',
			registration: 'registered',
			licenses: ['mitel-one'],
			modifiedAt: '2026-01-01T00:00:00.000Z'
		}),
		user('bob', 'Bob Mueller', {
			extension: '310',
			source: 'pbx',
			licenses: ['miteam', 'mitel-one'],
			modifiedAt: '2026-01-02T00:00:00.000Z'
		}),
		// Another account: never part of a1's results.
		user('other', 'Zoë Mustermann', { accountId: 'a2', extension: '2041' })
	]);
});

afterEach(async () => {
	await db.delete();
});

describe('orderedUserIds', () => {
	it('orders the account users by each sortable column, both ways', async () => {
		expect(await orderedUserIds(ws, 'a1', 'name', false)).toEqual(['ann', 'bob', 'zoe']);
		expect(await orderedUserIds(ws, 'a1', 'name', true)).toEqual(['zoe', 'bob', 'ann']);
		expect(await orderedUserIds(ws, 'a1', 'email', false)).toEqual(['ann', 'bob', 'zoe']);
		expect(await orderedUserIds(ws, 'a1', 'extension', false)).toEqual(['ann', 'zoe', 'bob']);
		expect(await orderedUserIds(ws, 'a1', 'modifiedAt', true)).toEqual(['zoe', 'bob', 'ann']);
	});
});

describe('searchUserIds', () => {
	const search = async (q: string) => [...((await searchUserIds(ws, 'a1', q)) ?? [])].sort();

	it('finds an accented name from an accent-less spelling, as word prefixes', async () => {
		expect(await search('zoe mul')).toEqual(['zoe']);
		expect(await search('ZOË')).toEqual(['zoe']);
		expect(await search('mu')).toEqual(['bob', 'zoe']);
	});

	it('finds users by extension prefix and by e-mail', async () => {
		expect(await search('204')).toEqual(['zoe']);
		expect(await search('3')).toEqual(['bob']);
		expect(await search('ann.smith@exa')).toEqual(['ann']);
	});

	it('needs every word to match, and stays inside the account', async () => {
		expect(await search('zoe smith')).toEqual([]);
		expect(await search('mustermann')).toEqual([]);
		expect(await search('nobody')).toEqual([]);
	});

	it('means "no search" for an empty query', async () => {
		expect(await searchUserIds(ws, 'a1', '  ')).toBeNull();
	});

	it('intersects index results when the rarest word still has many candidates', async () => {
		const many = Array.from({ length: 1600 }, (_, i) =>
			user(`m${i}`, `Max${i} Common`, { email: `m${i}@common.example` })
		);
		const others = Array.from({ length: 20 }, (_, i) => user(`e${i}`, `Eve${i} Common`));
		await seed([...many, ...others]);
		const result = await searchUserIds(ws, 'a1', 'common max');
		expect(result?.size).toBe(1600);
		expect(result?.has('e1')).toBe(false);
		const narrow = await searchUserIds(ws, 'a1', 'common max15');
		expect(narrow?.size).toBe(1 + 10 + 100);
	});
});

describe('filters', () => {
	it('keeps the ids that pass the filters, OR inside a kind, AND across kinds', async () => {
		const ids = async (properties: never[] | ('admins' | 'pbx')[], products: string[]) =>
			[...((await filterUserIds(ws, 'a1', { properties, products })) ?? [])].sort();
		expect(await filterUserIds(ws, 'a1', NO_FILTERS)).toBeNull();
		expect(await ids(['admins'], [])).toEqual(['ann']);
		expect(await ids(['admins', 'pbx'], [])).toEqual(['ann', 'bob']);
		expect(await ids([], ['mitel-one'])).toEqual(['ann', 'bob']);
		expect(await ids(['pbx'], ['mitel-one'])).toEqual(['bob']);
	});

	it('follows a changed user, and never mixes accounts', async () => {
		const ann = await db.users.get('ann');
		await db.users.put(
			userRow({ ...ann!, role: 'user', licenses: [], registration: 'unregistered' })
		);
		await seed([user('x1', 'Other Admin', { accountId: 'a2', role: 'account_admin' })]);
		const ids = async (filters: Parameters<typeof filterUserIds>[2]) =>
			[...((await filterUserIds(ws, 'a1', filters)) ?? [])].sort();
		expect(await ids({ properties: ['admins'], products: [] })).toEqual([]);
		expect(await ids({ properties: ['users'], products: [] })).toEqual(['ann', 'bob', 'zoe']);
		expect(await ids({ properties: ['registered'], products: [] })).toEqual([]);
		expect(await ids({ properties: [], products: ['mitel-one'] })).toEqual(['bob']);
		expect(await licensedProducts(ws, 'a1')).toEqual(['miteam', 'mitel-one']);
		expect(await licensedProducts(ws, 'a2')).toEqual([]);
	});

	it('answers every Property and Product filter as a scan of the users would, on generated data', async () => {
		const rng = new Rng(7);
		const roles = ['user', 'user', 'user', 'account_admin', 'partner', 'custom-role-1'];
		const generated: User[] = [];
		for (let i = 0; i < 1500; i += 1) {
			const licenses = PRODUCT_IDS.filter(() => rng.chance(0.3));
			generated.push(
				user(`g${i}`, `Gen User${i}`, {
					accountId: rng.chance(0.9) ? 'big' : 'a2',
					role: rng.pick(roles),
					registration: rng.chance(0.5) ? 'registered' : 'unregistered',
					source: rng.pick(['console', 'pbx', 'micloud', 'import', 'scim'] as const),
					micloudConnected: rng.chance(0.2),
					iotConnected: rng.chance(0.1),
					active: rng.chance(0.85),
					licenses
				})
			);
		}
		await seed(generated);
		const scan = (filters: UserFilters) =>
			generated
				.filter((u) => u.accountId === 'big' && matchesFilters(u, filters))
				.map((u) => u.id)
				.sort();
		const indexed = async (filters: UserFilters) =>
			[...((await filterUserIds(ws, 'big', filters)) ?? [])].sort();
		const choices: UserFilters[] = [];
		for (const p of USER_PROPERTIES) choices.push({ properties: [p], products: [] });
		for (const product of PRODUCT_IDS) choices.push({ properties: [], products: [product] });
		for (let i = 0; i < 40; i += 1) {
			const properties = USER_PROPERTIES.filter(() => rng.chance(0.25));
			const products = PRODUCT_IDS.filter(() => rng.chance(0.3));
			choices.push({ properties, products });
		}
		let nonEmpty = 0;
		for (const filters of choices) {
			if (filters.properties.length + filters.products.length === 0) continue;
			const expected = scan(filters);
			if (expected.length > 0) nonEmpty += 1;
			expect(await indexed(filters), JSON.stringify(filters)).toEqual(expected);
		}
		expect(nonEmpty).toBeGreaterThan(USER_PROPERTIES.length);
	});

	it('lists the licensed products found on the account users', async () => {
		expect(await licensedProducts(ws, 'a1')).toEqual(['miteam', 'mitel-one']);
	});
});

describe('listUserIds', () => {
	it('combines order, search and filters', async () => {
		const ids = await listUserIds({
			workspaceId: ws,
			accountId: 'a1',
			search: 'mu',
			filters: { properties: ['pbx'], products: [] },
			sort: 'name',
			descending: false
		});
		expect(ids).toEqual(['bob']);
		expect(combineUserIds(['a', 'b', 'c'], new Set(['c', 'a']), null)).toEqual(['a', 'c']);
		expect(combineUserIds(['a', 'b', 'c'], null, new Set(['b']))).toEqual(['b']);
	});

	it('orders search matches by rank exactly as intersecting them with the ordered ids does', () => {
		const rng = new Rng(11);
		for (let round = 0; round < 30; round += 1) {
			const ids = Array.from({ length: rng.int(0, 400) }, (_, i) => `u${i}`);
			// The order may lag the entries: some ids are missing from it, and it may know others.
			const ordered = ids.filter(() => rng.chance(0.9)).concat(['gone1', 'gone2']);
			ordered.sort(() => rng.next() - 0.5);
			const positions = ids.map((_, i) => i).filter(() => rng.chance(0.3));
			const filters = rng.chance(0.5) ? new Set(ids.filter(() => rng.chance(0.5))) : null;
			const ranks = ranksOf(ordered, ids);
			expect(orderedAtPositions(ordered, ranks, positions, filters)).toEqual(
				combineUserIds(ordered, idsAtPositions(ids, positions), filters)
			);
		}
	});
});

describe('uniqueness lookups', () => {
	it('finds e-mail addresses case-insensitively and extensions exactly, per account', async () => {
		expect(await userIdsWithEmail(ws, 'a1', ' ann.smith@example.COM')).toEqual(['ann']);
		expect(await userIdsWithExtension(ws, 'a1', '2041')).toEqual(['zoe']);
		expect(await userIdsWithExtension(ws, 'a1', '204')).toEqual([]);
	});
});

describe('counts', () => {
	it('counts an account with many users sharing a name', async () => {
		const same = Array.from({ length: SCAN_CHUNK + 300 }, (_, i) =>
			user(`s${String(i).padStart(5, '0')}`, 'Same Name')
		);
		await seed(same);
		expect(await countAccountUsers(ws, 'a1')).toBe(SCAN_CHUNK + 303);
		expect((await orderedUserIds(ws, 'a1', 'name', false)).length).toBe(SCAN_CHUNK + 303);
	});
});

describe('rows of the visible window and stats', () => {
	it('loads only the asked users, in the asked order', async () => {
		const users = await getUsersByIds(ws, ['zoe', 'gone', 'ann']);
		expect(users.map((u) => u.id)).toEqual(['zoe', 'ann']);
		expect(users[0]).not.toHaveProperty('acctWords');
	});

	it('counts registered, unregistered and admins of a selection or of all', async () => {
		expect(await userStats(ws, 'a1', null)).toEqual({
			total: 3,
			registered: 1,
			unregistered: 2,
			admins: 1
		});
		expect(await userStats(ws, 'a1', ['zoe', 'bob'])).toEqual({
			total: 2,
			registered: 0,
			unregistered: 2,
			admins: 0
		});
	});
});

describe('userSearchEntries', () => {
	it('reads every user of the account once, as the projection keeps them, and follows removals', async () => {
		const many = Array.from({ length: 500 }, (_, i) =>
			user(`m${String(i).padStart(3, '0')}`, i >= 480 ? 'Same Name' : `Person ${i}`)
		);
		await seed([...many, user('other', 'Same Name', { accountId: 'a2' })]);
		await remove(['m499', 'bob']);
		const entries = await userSearchEntries(ws, 'a1');
		const ids = new Set(entries.ids);
		expect(entries.ids).toHaveLength(ids.size);
		// 500 here, 3 of every test, 2 removed.
		expect(ids.size).toBe(500 + 3 - 2);
		expect(ids.has('other')).toBe(false);
		expect(ids.has('bob')).toBe(false);
		const same = entries.ids.filter((_, i) =>
			matchesWords(entries.texts[i] ?? '', queryWords('same na'))
		);
		expect(same).toHaveLength(19);
		const zoe = entries.texts[entries.ids.indexOf('zoe')] ?? '';
		expect(matchesWords(zoe, queryWords('zoe mül 204'))).toBe(true);
		await seed([user('zoe', 'Zoë Schmidt')]);
		const renamed = await userSearchEntries(ws, 'a1');
		const text = renamed.texts[renamed.ids.indexOf('zoe')] ?? '';
		expect(matchesWords(text, queryWords('schmidt'))).toBe(true);
		expect(matchesWords(text, queryWords('müller'))).toBe(false);
	});

	it('stops when the signal aborts', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(userSearchEntries(ws, 'a1', controller.signal)).rejects.toThrow(/overtaken/);
	});
});

describe('watchUserChanges and patchSearchEntries', () => {
	it('names the users of small writes and deletions, and says "anything" for big writes', async () => {
		const seen: (string[] | null)[] = [];
		const stop = watchUserChanges(ws, (ids) => seen.push(ids));
		await seed([user('new', 'New Person')]);
		await db.users.delete('bob');
		await seed(Array.from({ length: 60 }, (_, i) => user(`bulk${i}`, `Bulk ${i}`)));
		stop();
		await seed([user('late', 'Late Person')]);
		expect(seen).toEqual([['new'], ['bob'], null]);
	});

	it('applies changed, added and removed users to the entries, leaving the old value as it was', async () => {
		const before = await userSearchEntries(ws, 'a1');
		await seed([
			user('zoe', 'Zoë Schmidt'),
			user('new', 'New Person'),
			user('other', 'Other Person', { accountId: 'a2' })
		]);
		await db.users.delete('bob');
		const after = await patchSearchEntries(ws, 'a1', before, ['zoe', 'new', 'other', 'bob']);
		const text = (id: string) => after.texts[after.ids.indexOf(id)] ?? '';
		expect([...after.ids].sort()).toEqual(['ann', 'new', 'zoe']);
		expect(matchesWords(text('zoe'), queryWords('schmidt'))).toBe(true);
		expect(matchesWords(text('zoe'), queryWords('müller'))).toBe(false);
		expect(matchesWords(text('new'), queryWords('new per'))).toBe(true);
		expect([...before.ids].sort()).toEqual(['ann', 'bob', 'zoe']);
	});
});
