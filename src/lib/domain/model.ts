import type { Locale } from './locale';

export type AccountStatus = 'active' | 'deactivated';

export const BUSINESS_TYPES = [
	'enterprise',
	'smb',
	'government',
	'education',
	'healthcare',
	'hospitality',
	'retail',
	'other'
] as const;
export type BusinessType = (typeof BUSINESS_TYPES)[number];

export type CloudLocation = 'north_america' | 'europe' | 'asia_pacific';

/** A support contact of an account: a partner user, or an explicit e-mail address (spec 10). */
export type SupportContact =
	{ kind: 'user'; userId: string; name: string; email: string } | { kind: 'email'; email: string };

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
	/** '' until chosen on the Account Information page. */
	businessType: BusinessType | '';
	/** Chosen from the country at creation, never changed. '' for the partner account. */
	cloudLocation: CloudLocation | '';
	/** Filled only by an assigned order (15-orders-subscriptions.md). */
	sapCustomerNumber: string;
	/** Set once the CloudLink Gateway onboarding is complete (20-integrations.md). */
	pbxType: string;
	supportContacts: SupportContact[];
	bandwidthOptimization: boolean;
	chatAllowEditDelete: boolean;
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
	/** Product ids of the licences assigned to the user (15-orders-subscriptions.md). */
	licenses: string[];
	/** Connected to MiCloud / IoT (shown by the user filters). */
	micloudConnected: boolean;
	iotConnected: boolean;
	/** SHA-256 (hex) of the current single-use registration token, '' when none is valid. */
	registrationTokenHash: string;
	registrationTokenExpiresAt: string;
	/** PBKDF2-SHA-256 hash of the password, set when the user registers. */
	password: PasswordHash | null;
	/** SCIM attributes of SCIM-synced users (read-only JSON in the "Advanced" section). */
	scim: Record<string, unknown> | null;
	createdAt: string;
	modifiedAt: string;
	modifiedBy: string;
	modifiedByName: string;
}

export interface PasswordHash {
	algorithm: 'PBKDF2-SHA-256';
	iterations: number;
	/** base64 */
	salt: string;
	/** base64 */
	hash: string;
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
