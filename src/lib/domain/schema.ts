/**
 * Minimal runtime schemas for what is read from IndexedDB, a Y.Doc, a file or the network: a value
 * either parses into the domain type or is rejected, never trusted as-is.
 */
import {
	BUSINESS_TYPES,
	type Account,
	type AppNotification,
	type CloudLocation,
	type PasswordHash,
	type Profile,
	type SupportContact,
	type User,
	type Workspace
} from './model';
import type { EventRecord } from './events';
import { DIRECTORY_FIELDS, type DirectoryEntry } from './directory';
import { isLocale } from './locale';

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function strs(o: Obj, keys: readonly string[]): boolean {
	return keys.every((k) => typeof o[k] === 'string');
}
function strArray(v: unknown): v is string[] {
	return Array.isArray(v) && v.every((x) => typeof x === 'string');
}
function strOr(v: unknown, fallback: string): string {
	return typeof v === 'string' ? v : fallback;
}
function boolOr(v: unknown, fallback: boolean): boolean {
	return typeof v === 'boolean' ? v : fallback;
}

export function parseSupportContact(value: unknown): SupportContact | null {
	if (!isObj(value)) return null;
	if (value.kind === 'email' && typeof value.email === 'string')
		return { kind: 'email', email: value.email };
	if (value.kind === 'user' && strs(value, ['userId', 'name', 'email']))
		return {
			kind: 'user',
			userId: value.userId as string,
			name: value.name as string,
			email: value.email as string
		};
	return null;
}

const CLOUD_LOCATIONS = ['north_america', 'europe', 'asia_pacific'] as const;

function parsePassword(value: unknown): PasswordHash | null {
	if (!isObj(value) || value.algorithm !== 'PBKDF2-SHA-256') return null;
	if (typeof value.iterations !== 'number' || !strs(value, ['salt', 'hash'])) return null;
	return {
		algorithm: 'PBKDF2-SHA-256',
		iterations: value.iterations,
		salt: value.salt as string,
		hash: value.hash as string
	};
}

/** The directory fields that are strings (all but `status` and `isPartner`). */
const DIRECTORY_STRINGS = DIRECTORY_FIELDS.filter((f) => f !== 'status' && f !== 'isPartner');

const ACCOUNT_STRINGS = [
	...DIRECTORY_STRINGS,
	'province',
	'address',
	'city',
	'postalCode'
] as const;

export function parseAccount(value: unknown): Account | null {
	const entry = parseDirectoryEntry(value);
	if (!entry || !isObj(value) || !strs(value, ACCOUNT_STRINGS)) return null;
	if (!isLocale(value.defaultLanguage)) return null;
	return {
		...entry,
		province: value.province as string,
		address: value.address as string,
		city: value.city as string,
		postalCode: value.postalCode as string,
		defaultLanguage: value.defaultLanguage,
		businessType: BUSINESS_TYPES.find((b) => b === value.businessType) ?? '',
		cloudLocation: CLOUD_LOCATIONS.find((c): c is CloudLocation => c === value.cloudLocation) ?? '',
		sapCustomerNumber: strOr(value.sapCustomerNumber, ''),
		pbxType: strOr(value.pbxType, ''),
		supportContacts: Array.isArray(value.supportContacts)
			? value.supportContacts
					.map(parseSupportContact)
					.filter((c): c is SupportContact => c !== null)
			: [],
		bandwidthOptimization: boolOr(value.bandwidthOptimization, false),
		chatAllowEditDelete: boolOr(value.chatAllowEditDelete, true)
	};
}

/** An account's directory entry (domain/directory.ts): the fields lists and search need. */
export function parseDirectoryEntry(value: unknown): DirectoryEntry | null {
	if (!isObj(value) || !strs(value, DIRECTORY_STRINGS)) return null;
	const status = value.status;
	if (status !== 'active' && status !== 'deactivated') return null;
	if (typeof value.isPartner !== 'boolean') return null;
	return {
		id: value.id as string,
		accountNumber: value.accountNumber as string,
		name: value.name as string,
		status,
		isPartner: value.isPartner,
		country: value.country as string,
		createdAt: value.createdAt as string,
		createdBy: value.createdBy as string,
		modifiedAt: value.modifiedAt as string,
		modifiedBy: value.modifiedBy as string,
		modifiedByName: value.modifiedByName as string
	};
}

const USER_STRINGS = [
	'id',
	'accountId',
	'firstName',
	'lastName',
	'name',
	'email',
	'role',
	'extension',
	'mobile',
	'createdAt',
	'modifiedAt',
	'modifiedBy',
	'modifiedByName'
] as const;
const SOURCES = ['console', 'import', 'pbx', 'scim', 'micloud'] as const;

export function parseUser(value: unknown): User | null {
	if (!isObj(value) || !strs(value, USER_STRINGS)) return null;
	const source = SOURCES.find((s) => s === value.source);
	const registration = value.registration;
	if (!source || (registration !== 'registered' && registration !== 'unregistered')) return null;
	if (typeof value.active !== 'boolean') return null;
	return {
		id: value.id as string,
		accountId: value.accountId as string,
		firstName: value.firstName as string,
		lastName: value.lastName as string,
		name: value.name as string,
		email: value.email as string,
		role: value.role as string,
		source,
		registration,
		active: value.active,
		extension: value.extension as string,
		mobile: value.mobile as string,
		licenses: strArray(value.licenses) ? value.licenses : [],
		micloudConnected: boolOr(value.micloudConnected, false),
		iotConnected: boolOr(value.iotConnected, false),
		registrationTokenHash: strOr(value.registrationTokenHash, ''),
		registrationTokenExpiresAt: strOr(value.registrationTokenExpiresAt, ''),
		password: parsePassword(value.password),
		scim: isObj(value.scim) ? value.scim : null,
		createdAt: value.createdAt as string,
		modifiedAt: value.modifiedAt as string,
		modifiedBy: value.modifiedBy as string,
		modifiedByName: value.modifiedByName as string
	};
}

export function parseWorkspace(value: unknown): Workspace | null {
	if (!isObj(value) || !strs(value, ['id', 'name', 'partnerAccountId', 'createdAt', 'createdBy']))
		return null;
	if (!isObj(value.publicKey)) return null;
	return {
		id: value.id as string,
		name: value.name as string,
		partnerAccountId: value.partnerAccountId as string,
		createdAt: value.createdAt as string,
		createdBy: value.createdBy as string,
		publicKey: value.publicKey
	};
}

const ACTIONS = ['Create', 'Edit', 'Delete'] as const;
const TYPES = ['Admin', 'MiVB'] as const;
const ASSETS = [
	'Account',
	'User',
	'Role',
	'Account Manager',
	'Order',
	'License',
	'Support Log',
	'Integration',
	'Phone',
	'DID',
	'DN Range',
	'Group',
	'Group Membership',
	'PBX User Profile',
	'Templated Services'
] as const;

export function parseEvent(value: unknown): EventRecord | null {
	if (!isObj(value)) return null;
	if (!strs(value, ['id', 'accountId', 'actorId', 'actorName', 'assetId', 'eventDate']))
		return null;
	const action = ACTIONS.find((a) => a === value.action);
	const eventType = TYPES.find((a) => a === value.eventType);
	const asset = ASSETS.find((a) => a === value.asset);
	if (!action || !eventType || !asset) return null;
	if (!strArray(value.propertiesChanged) || !strArray(value.logTags)) return null;
	if (!isObj(value.coreDetails) || !isObj(value.extraDetails)) return null;
	return {
		id: value.id as string,
		accountId: value.accountId as string,
		actorId: value.actorId as string,
		actorName: value.actorName as string,
		action,
		eventType,
		asset,
		assetId: value.assetId as string,
		eventDate: value.eventDate as string,
		propertiesChanged: value.propertiesChanged,
		coreDetails: value.coreDetails,
		extraDetails: value.extraDetails,
		logTags: value.logTags
	};
}

export function parseProfile(value: unknown): Profile | null {
	if (!isObj(value)) return null;
	const keys = ['id', 'workspaceId', 'workspaceName', 'personId', 'accountId', 'name', 'email'];
	if (!strs(value, [...keys, 'createdAt', 'lastUsedAt'])) return null;
	const role = value.role;
	if (role !== 'partner' && role !== 'account_admin' && role !== 'user') return null;
	return {
		id: value.id as string,
		workspaceId: value.workspaceId as string,
		workspaceName: value.workspaceName as string,
		personId: value.personId as string,
		accountId: value.accountId as string,
		name: value.name as string,
		email: value.email as string,
		role,
		createdAt: value.createdAt as string,
		lastUsedAt: value.lastUsedAt as string
	};
}

export function parseNotification(value: unknown): AppNotification | null {
	if (!isObj(value) || !strs(value, ['id', 'personId', 'createdAt', 'text', 'details']))
		return null;
	const outcome = value.outcome;
	if (outcome !== 'success' && outcome !== 'info' && outcome !== 'error') return null;
	if (!isObj(value.params) || typeof value.read !== 'boolean') return null;
	const params: Record<string, string | number> = {};
	for (const [k, v] of Object.entries(value.params)) {
		if (typeof v === 'string' || typeof v === 'number') params[k] = v;
	}
	return {
		id: value.id as string,
		personId: value.personId as string,
		createdAt: value.createdAt as string,
		outcome,
		text: value.text as string,
		params,
		details: value.details as string,
		read: value.read
	};
}
