import type { Profile, UserRole, Workspace } from '$lib/domain/model';
import { can, type Permission } from '$lib/domain/permissions';
import { getWorkspace } from '$lib/db/workspace.query';
import { openRoom } from '$lib/sync/rooms';
import type { Room } from '$lib/sync/room';

/** Who acts, in which workspace: passed by the UI to every service that changes data. */
export interface ServiceContext {
	profile: Profile;
	workspace: Workspace;
}

export async function serviceContext(profile: Profile): Promise<ServiceContext> {
	const workspace = await getWorkspace(profile.workspaceId);
	if (!workspace) throw new Error(`Workspace ${profile.workspaceId} is not on this device`);
	return { profile, workspace };
}

export function allowed(ctx: ServiceContext, permission: Permission, accountId?: string): boolean {
	return can(ctx.profile.role satisfies UserRole, ctx.profile.accountId, permission, accountId);
}

/** The workspace room: workspace, accounts (directory and information), partner users. */
export function workspaceRoom(ctx: ServiceContext): Promise<Room> {
	return openRoom(ctx.workspace.id, `ws:${ctx.workspace.id}`, ctx.workspace.partnerAccountId);
}

/**
 * The room that holds an account's users: the workspace room for the partner account's own
 * administrators, the account's own room (`acct:<id>`) for a customer account.
 */
export function usersRoom(ctx: ServiceContext, accountId: string): Promise<Room> {
	if (accountId === ctx.workspace.partnerAccountId) return workspaceRoom(ctx);
	return openRoom(ctx.workspace.id, `acct:${accountId}`, ctx.workspace.partnerAccountId);
}
