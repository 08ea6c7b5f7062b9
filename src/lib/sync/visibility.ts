/**
 * Which customer accounts the signed-in person may see, per workspace (ARCHITECTURE.md,
 * Security; spec 10 and 14): every account (null) for an administrator, only the assigned ones
 * (and the partner account) for an account manager. The projection of the workspace room
 * consults it, so an account a manager may not see never reaches the lists, the search, the
 * account switcher or the dashboard. `access.ts` keeps it.
 */
const visible = new Map<string, ReadonlySet<string> | null>();
const known = new Map<string, { promise: Promise<void>; resolve: () => void }>();

function knowing(workspaceId: string) {
	let entry = known.get(workspaceId);
	if (!entry) {
		let resolve = (): void => undefined;
		const promise = new Promise<void>((r) => (resolve = r));
		entry = { promise, resolve };
		known.set(workspaceId, entry);
	}
	return entry;
}

/**
 * Resolves once the signed-in person's access is known in this tab (restored from the device at
 * start): a room of an account is opened only after that, never for one they may not see.
 */
export function accessKnown(workspaceId: string): Promise<void> {
	return knowing(workspaceId).promise;
}

export function accountVisible(workspaceId: string, accountId: string): boolean {
	const accounts = visible.get(workspaceId);
	return !accounts || accounts.has(accountId);
}

/** The accounts visible in the workspace: null for every account. */
export function visibleAccounts(workspaceId: string): ReadonlySet<string> | null {
	return visible.get(workspaceId) ?? null;
}

export function setVisibleAccounts(
	workspaceId: string,
	accounts: ReadonlySet<string> | null
): void {
	visible.set(workspaceId, accounts);
	knowing(workspaceId).resolve();
}

/** The account a room belongs to (`acct:<id>`, `events:<id>:<month>`), null for others. */
export function accountOfRoomName(name: string): string | null {
	if (name.startsWith('acct:')) return name.slice(5);
	if (name.startsWith('events:')) return name.split(':')[1] ?? null;
	return null;
}
