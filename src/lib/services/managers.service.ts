import type { User } from '$lib/domain/model';
import type { CommonError, Result } from '$lib/domain/result';
import {
	assignmentKey,
	managerState,
	roleKey,
	type AssignmentKind,
	type RoleKind
} from '$lib/domain/intents';
import { partnerUsers } from '$lib/db/partner-users.query';
import { intentWinners } from '$lib/sync/intents';
import { projected } from '$lib/sync/rooms';
import { workspaceRoom, type ServiceContext } from './context';
import { applyIntents, type IntentEvent } from './writes';

/**
 * Account managers (spec 14): converting administrators, upgrading managers back, and assigning
 * customer accounts to managers. Every decision is a later-intent-wins operation
 * (domain/intents.ts), so two administrators deciding about the same pair at once, even offline,
 * end with the same result on every device.
 */

export type ManagerError = CommonError | { kind: 'self' };
export type ManagerResult<T> = Result<T, ManagerError>;

const ASSET = 'Account Manager';
const IDENTITY = ['name', 'email'] as const;

/** Administrators of the partner only: managers and account admins never change this. */
async function adminContext(ctx: ServiceContext) {
	if (ctx.profile.role !== 'partner') return null;
	const room = await workspaceRoom(ctx);
	const state = managerState(intentWinners(room).values());
	if (state.managers.has(ctx.profile.personId)) return null;
	return { room, state };
}

/** Whether the acting partner user is an account manager now (the fold of the operations). */
export async function actsAsManager(ctx: ServiceContext): Promise<boolean> {
	if (ctx.profile.role !== 'partner') return false;
	const room = await workspaceRoom(ctx);
	return managerState(intentWinners(room).values()).managers.has(ctx.profile.personId);
}

async function partnerPeople(ctx: ServiceContext, ids: readonly string[]): Promise<User[]> {
	const wanted = new Set(ids);
	const users = await partnerUsers(ctx.workspace.id, ctx.workspace.partnerAccountId);
	return users.filter((u) => wanted.has(u.id));
}

function person(user: User): { name: string; email: string } {
	return { name: user.name, email: user.email };
}

/**
 * Converts administrators to account managers, with no accounts yet, or upgrades managers back to
 * administrators, every restriction gone (spec 14, Concepts). People already so are left alone.
 */
async function changeRoles(
	ctx: ServiceContext,
	personIds: readonly string[],
	kind: RoleKind
): Promise<ManagerResult<number>> {
	const admin = await adminContext(ctx);
	if (!admin) return { error: { kind: 'forbidden' } };
	if (personIds.includes(ctx.profile.personId)) return { error: { kind: 'self' } };
	const converting = kind === 'convert';
	const people = (await partnerPeople(ctx, personIds)).filter(
		(u) => admin.state.managers.has(u.id) !== converting
	);
	if (people.length === 0) return { data: 0 };
	// Create (convert) and Delete (upgrade) of the asset Account Manager; an upgrade names the
	// accounts the manager had, which no longer matter.
	const events: IntentEvent[] = people.map((u) => ({
		accountId: ctx.workspace.partnerAccountId,
		asset: ASSET,
		assetId: u.id,
		before: converting
			? null
			: { ...person(u), assignedAccounts: [...(admin.state.assigned.get(u.id) ?? [])].sort() },
		after: converting ? person(u) : null,
		identity: IDENTITY
	}));
	await applyIntents(
		ctx,
		admin.room,
		people.map((u) => ({ key: roleKey(u.id), kind })),
		events
	);
	await projected(ctx.workspace.id);
	return { data: people.length };
}

/** Converts administrators to account managers, with no accounts yet. */
export async function convertToManagers(
	ctx: ServiceContext,
	personIds: readonly string[]
): Promise<ManagerResult<{ converted: number }>> {
	const result = await changeRoles(ctx, personIds, 'convert');
	return 'error' in result ? result : { data: { converted: result.data } };
}

/** Upgrades account managers to administrators. */
export async function upgradeToAdministrators(
	ctx: ServiceContext,
	personIds: readonly string[]
): Promise<ManagerResult<{ upgraded: number }>> {
	const result = await changeRoles(ctx, personIds, 'upgrade');
	return 'error' in result ? result : { data: { upgraded: result.data } };
}

/**
 * Assigns (or unassigns) each of `accountIds` to (from) every one of `managerIds`; pairs already
 * so are left alone. One Edit event per manager, naming the accounts added or removed.
 */
export async function setAssignments(
	ctx: ServiceContext,
	managerIds: readonly string[],
	accountIds: readonly string[],
	kind: AssignmentKind
): Promise<ManagerResult<{ changed: number }>> {
	const admin = await adminContext(ctx);
	if (!admin) return { error: { kind: 'forbidden' } };
	if (managerIds.includes(ctx.profile.personId)) return { error: { kind: 'self' } };
	const managers = (await partnerPeople(ctx, managerIds)).filter((u) =>
		admin.state.managers.has(u.id)
	);
	const drafts: { key: string; kind: AssignmentKind }[] = [];
	const events: IntentEvent[] = [];
	for (const manager of managers) {
		const current = admin.state.assigned.get(manager.id) ?? new Set<string>();
		const changed = accountIds.filter((id) => current.has(id) !== (kind === 'assign'));
		if (changed.length === 0) continue;
		for (const accountId of changed)
			drafts.push({ key: assignmentKey(manager.id, accountId), kind });
		const next = new Set(current);
		for (const accountId of changed) {
			if (kind === 'assign') next.add(accountId);
			else next.delete(accountId);
		}
		events.push({
			accountId: ctx.workspace.partnerAccountId,
			asset: ASSET,
			assetId: manager.id,
			before: { ...person(manager), assignedAccounts: [...current].sort() },
			after: { ...person(manager), assignedAccounts: [...next].sort() },
			identity: IDENTITY,
			extra: kind === 'assign' ? { added: changed } : { removed: changed }
		});
	}
	if (drafts.length === 0) return { data: { changed: 0 } };
	await applyIntents(ctx, admin.room, drafts, events);
	await projected(ctx.workspace.id);
	return { data: { changed: drafts.length } };
}
