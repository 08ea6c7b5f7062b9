import type { UserRole } from './model';

/** What a person may do (13-roles-permissions.md; custom roles narrow these later). */
export type Permission =
	| 'accounts.view'
	| 'accounts.add'
	| 'accounts.edit'
	| 'accounts.deactivate'
	| 'accounts.delete'
	| 'users.view'
	| 'users.add'
	| 'users.edit'
	| 'users.delete'
	| 'events.view'
	| 'outbox.view';

const PARTNER: readonly Permission[] = [
	'accounts.view',
	'accounts.add',
	'accounts.edit',
	'accounts.deactivate',
	'accounts.delete',
	'users.view',
	'users.add',
	'users.edit',
	'users.delete',
	'events.view',
	'outbox.view'
];
const ACCOUNT_ADMIN: readonly Permission[] = [
	'accounts.edit',
	'users.view',
	'users.add',
	'users.edit',
	'users.delete',
	'events.view',
	'outbox.view'
];

/**
 * Whether a person with `role`, whose own account is `ownAccountId`, may do `permission` on
 * `accountId`. Partners act on every account of the workspace; account admins only on their own.
 */
export function can(
	role: UserRole,
	ownAccountId: string,
	permission: Permission,
	accountId?: string
): boolean {
	if (role === 'partner') return PARTNER.includes(permission);
	if (role === 'account_admin')
		return (
			ACCOUNT_ADMIN.includes(permission) && (accountId === undefined || accountId === ownAccountId)
		);
	return false;
}
