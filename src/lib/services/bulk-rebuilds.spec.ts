/**
 * How often a users list rebuilds its id lists while a bulk change of 10,000 users lands: the
 * list follows `usersVersion` as a live query and folds its changes through a `Coalescer` of
 * 300 ms (users-list.svelte.ts). The bound, checked here on a real bulk delete through the
 * services: the account's users change once per projection batch (one per chunk of
 * `SCAN_CHUNK` = 2,000 users, never once per user), and the list rebuilds at most once when the
 * first batch lands plus once per 300 ms after it, never more often than the batches landed,
 * and always ends on the last version.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account, Profile, Workspace } from '$lib/domain/model';
import { accountRow } from '$lib/db/rows';
import { workspaceDb } from '$lib/db/workspace.db';
import { SCAN_CHUNK, watchUserChanges } from '$lib/db/users.query';
import { Coalescer } from '$lib/state/coalesce';
import { closeWorkspaceRooms, projected } from '$lib/sync/rooms';
import type { ServiceContext } from './context';
import { usersRoom } from './context';
import { applyWrites } from './writes';
import { deleteUsers } from './users.service';
import { makeAccount, makeUser } from '../../../tests/fixtures/records';

const USERS = 10_000;
const WINDOW_MS = 300;

let ctx: ServiceContext;
let account: Account;

beforeEach(async () => {
	const workspaceId = `ws-${crypto.randomUUID()}`;
	const workspace: Workspace = {
		id: workspaceId,
		name: 'Acme Telecom',
		partnerAccountId: 'partner',
		createdAt: '2026-01-01T00:00:00.000Z',
		createdBy: 'p1',
		publicKey: {}
	};
	const profile: Profile = {
		id: 'profile-1',
		workspaceId,
		workspaceName: 'Acme Telecom',
		personId: 'p1',
		accountId: 'partner',
		name: 'Dana Lee',
		email: 'dana@example.com',
		role: 'partner',
		createdAt: '2026-01-01T00:00:00.000Z',
		lastUsedAt: '2026-01-01T00:00:00.000Z'
	};
	ctx = { profile, workspace };
	account = makeAccount({ id: `acct-${crypto.randomUUID()}`, defaultLanguage: 'en' });
	await workspaceDb(workspaceId).accounts.put(accountRow(account));
});

afterEach(async () => {
	await closeWorkspaceRooms(ctx.workspace.id);
	await workspaceDb(ctx.workspace.id).delete();
});

describe('a bulk change of 10,000 users', () => {
	it('changes the users once per batch and rebuilds the list at most once per 300 ms', async () => {
		const ids = Array.from({ length: USERS }, (_, i) => `u${i}`);
		const room = await usersRoom(ctx, account.id);
		await applyWrites(
			ctx,
			room,
			ids.map((id, i) => ({
				map: 'users',
				id,
				asset: 'User' as const,
				accountId: account.id,
				before: null,
				after: makeUser({ id, accountId: account.id, email: `user${i}@example.com` }),
				identity: ['name', 'email']
			}))
		);
		await projected(ctx.workspace.id);

		const versions: number[] = [];
		const rebuilds: number[] = [];
		const coalescer = new Coalescer<number>(WINDOW_MS, (count) => rebuilds.push(count));
		let first: number | null = null;
		const stop = watchUserChanges(ctx.workspace.id, () => {
			first ??= performance.now();
			versions.push(versions.length + 1);
			coalescer.push(versions.length);
		});
		try {
			const result = await deleteUsers(ctx, account, ids);
			expect('data' in result && result.data.summary.deleted).toBe(USERS);
			await projected(ctx.workspace.id);
			await expect.poll(() => versions.length, { timeout: 10_000 }).toBeGreaterThan(0);
			const landedMs = performance.now() - (first ?? performance.now());
			// Settled: the coalescer's last window has passed.
			await new Promise((resolve) => setTimeout(resolve, WINDOW_MS * 2));

			const batches = Math.ceil(USERS / SCAN_CHUNK);
			expect(versions.length).toBeGreaterThan(0);
			expect(versions.length).toBeLessThanOrEqual(batches);
			expect(rebuilds.length).toBeLessThanOrEqual(versions.length);
			expect(rebuilds.length).toBeLessThanOrEqual(1 + Math.ceil(landedMs / WINDOW_MS));
			expect(rebuilds.at(-1)).toBe(versions.length);
		} finally {
			stop();
		}
	}, 120_000);
});
