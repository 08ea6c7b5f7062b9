import type { Locale } from './locale';

export type AccountStatus = 'active' | 'deactivated';

/** A customer account, or the partner's own account (`isPartner`). */
export interface Account {
	id: string;
	/** The 9-digit Account ID people see; unique in the workspace and never reused. */
	accountNumber: string;
	name: string;
	status: AccountStatus;
	isPartner: boolean;
	country: string;
	province: string;
	address: string;
	city: string;
	postalCode: string;
	defaultLanguage: Locale;
	createdAt: string;
	createdBy: string;
	modifiedAt: string;
	modifiedBy: string;
	modifiedByName: string;
}

export type UserRole = 'partner' | 'account_admin' | 'user';
export type UserSource = 'console' | 'import' | 'pbx' | 'scim' | 'micloud';
export type Registration = 'unregistered' | 'registered';

export interface User {
	id: string;
	accountId: string;
	firstName: string;
	lastName: string;
	name: string;
	email: string;
	/** A built-in `UserRole`, or the id of a custom role (13-roles-permissions.md). */
	role: string;
	source: UserSource;
	registration: Registration;
	active: boolean;
	extension: string;
	mobile: string;
	createdAt: string;
	modifiedAt: string;
	modifiedBy: string;
	modifiedByName: string;
}

/** The workspace itself: the partner organisation. */
export interface Workspace {
	id: string;
	name: string;
	partnerAccountId: string;
	createdAt: string;
	createdBy: string;
	/** JWK of the workspace's ECDSA P-256 public key; the relay pins it (ARCHITECTURE.md). */
	publicKey: JsonWebKey;
}

/** A person in a workspace on this device. Local only, never replicated. */
export interface Profile {
	id: string;
	workspaceId: string;
	workspaceName: string;
	personId: string;
	accountId: string;
	name: string;
	email: string;
	role: UserRole;
	createdAt: string;
	lastUsedAt: string;
}

export type NotificationOutcome = 'success' | 'info' | 'error';

/** A notification for one person on this device. `text` is a message key with its parameters. */
export interface AppNotification {
	id: string;
	personId: string;
	createdAt: string;
	outcome: NotificationOutcome;
	text: string;
	params: Record<string, string | number>;
	details: string;
	read: boolean;
}
