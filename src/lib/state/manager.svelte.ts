import { LiveQuery } from '$lib/db/live-query.svelte';
import { isAccountManager } from '$lib/db/managers.query';
import { session } from './session.svelte';

/**
 * Whether the signed-in partner user is an account manager now (spec 14): they see only their
 * accounts, and neither manage account managers nor add accounts (those are administrators').
 */
export const accountManager = new LiveQuery(
	() => ({
		workspaceId: session.profile?.workspaceId ?? '',
		personId: session.profile?.personId ?? ''
	}),
	(p) => (p.workspaceId ? isAccountManager(p.workspaceId, p.personId) : Promise.resolve(false)),
	false
);
