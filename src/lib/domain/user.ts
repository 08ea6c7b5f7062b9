/**
 * Rules of an account's users (spec 11): what the Add User / Edit User forms accept, which fields
 * external systems own, what "delete" does to each kind of user, and the user-list filters.
 */
import type { User, UserSource } from './model';
import { checkEmail, checkText, normalizeEmail, type ValidationCode } from './validation';

export const USER_NAME_MAX = 100;
export const DISPLAY_NAME_MAX = 200;

/** The fields of the Add User / Edit User forms. */
export type UserField =
	'firstName' | 'lastName' | 'name' | 'email' | 'mobile' | 'extension' | 'role';

export type UserErrorCode =
	| ValidationCode
	| 'email_taken'
	| 'mobile_invalid'
	| 'extension_invalid'
	| 'extension_taken'
	| 'role_invalid'
	| 'read_only'
	/** A spreadsheet row with none of first name, last name and display name. */
	| 'name_required';

export type UserFieldErrors = Partial<Record<UserField, UserErrorCode>>;

/** What a person typed into the Add User or Edit User form. */
export interface UserInput {
	firstName: string;
	lastName: string;
	/** Display name; blank means "first last". Not on the Add User form. */
	name?: string;
	email: string;
	mobile: string;
	extension: string;
	/** `user`, `account_admin` (the "Account Admin" switch) or an unchanged other role. */
	role: string;
}

/** The values a valid form yields, trimmed and normalized. */
export interface UserValues {
	firstName: string;
	lastName: string;
	name: string;
	email: string;
	mobile: string;
	extension: string;
	role: string;
}

/** Whether the e-mail address / the extension already belong to another user of the account. */
export interface Uniqueness {
	emailTaken: boolean;
	extensionTaken: boolean;
}

export type UserValidation =
	{ ok: true; value: UserValues } | { ok: false; errors: UserFieldErrors };

/** The key under which e-mail addresses are compared: trimmed, lower case. */
export function emailKey(email: string): string {
	return normalizeEmail(email);
}

/** "first last", the display name a user gets unless one is given. */
export function defaultDisplayName(firstName: string, lastName: string): string {
	return [firstName.trim(), lastName.trim()].filter(Boolean).join(' ');
}

// Typing aids people use in phone numbers: spaces (incl. no-break), dashes, slashes, dots, brackets.
const PHONE_SEPARATORS = /[\s\u00a0\-./()[\]]/g;

/**
 * A mobile number in E.164 (`+` and 8-15 digits, no leading 0), or null when it is not one.
 * Separators are dropped and an international `00` prefix becomes `+`:
 * `normalizeMobile('0049 (30) 123-4567')` → `'+49301234567'`. '' stays '' (the field is optional).
 */
export function normalizeMobile(value: string): string | null {
	let compact = value.replace(PHONE_SEPARATORS, '');
	if (compact === '') return '';
	if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
	return /^\+[1-9]\d{7,14}$/.test(compact) ? compact : null;
}

/** An extension: 2-8 digits (spaces around are ignored); '' when none is given. */
export function normalizeExtension(value: string): string | null {
	const ext = value.trim();
	if (ext === '') return '';
	return /^\d{2,8}$/.test(ext) ? ext : null;
}

/** Roles a person can choose on the forms. Partner users keep `partner` (it is never chosen). */
export const ASSIGNABLE_ROLES = ['user', 'account_admin'] as const;

export interface ValidateOptions {
	/** The user's role before an edit: it may stay, even when it is not a choice of the form. */
	currentRole?: string;
	/**
	 * Fields an edit leaves as they were: taken as stored, not judged again (a value that came
	 * from a sync or an older rule must not block changing something else).
	 */
	unchanged?: readonly UserField[];
	/**
	 * `both` (the forms): first and last name are required. `any` (a spreadsheet row, spec 12):
	 * one of first name, last name and display name is enough.
	 */
	names?: 'both' | 'any';
}

/**
 * Checks the Add User / Edit User form. `unique` says whether the (normalized) e-mail address
 * and extension are already used by another user of the account.
 */
export function validateUser(
	input: UserInput,
	unique: Uniqueness,
	options: ValidateOptions = {}
): UserValidation {
	const keep = new Set(options.unchanged ?? []);
	const errors: UserFieldErrors = {};
	const both = (options.names ?? 'both') === 'both';
	const firstName = checkText(input.firstName, { required: both, max: USER_NAME_MAX });
	const lastName = checkText(input.lastName, { required: both, max: USER_NAME_MAX });
	const display = checkText(input.name ?? '', { required: false, max: DISPLAY_NAME_MAX });
	if (!both && !firstName.value && !lastName.value && !display.value) errors.name = 'name_required';
	const email = checkEmail(input.email);
	const mobile = normalizeMobile(input.mobile);
	const extension = normalizeExtension(input.extension);

	if (firstName.code) errors.firstName = firstName.code;
	if (lastName.code) errors.lastName = lastName.code;
	if (display.code) errors.name = display.code;
	if (email.code) errors.email = email.code;
	else if (unique.emailTaken) errors.email = 'email_taken';
	if (mobile === null) errors.mobile = 'mobile_invalid';
	if (extension === null) errors.extension = 'extension_invalid';
	else if (extension !== '' && unique.extensionTaken) errors.extension = 'extension_taken';
	const roleOk =
		(ASSIGNABLE_ROLES as readonly string[]).includes(input.role) ||
		input.role === options.currentRole;
	if (!roleOk) errors.role = 'role_invalid';
	for (const field of keep) delete errors[field];

	if (Object.keys(errors).length > 0) return { ok: false, errors };
	const value: UserValues = {
		firstName: firstName.value,
		lastName: lastName.value,
		name: display.value || defaultDisplayName(firstName.value, lastName.value),
		email: email.value,
		mobile: mobile ?? '',
		extension: extension ?? '',
		role: input.role
	};
	for (const field of keep) value[field] = field === 'name' ? (input.name ?? '') : input[field];
	return { ok: true, value };
}

/** The fields each external source owns: read-only in the console (spec 11, Concepts). */
const MANAGED_FIELDS: Record<UserSource, readonly UserField[]> = {
	console: [],
	import: [],
	pbx: ['firstName', 'lastName', 'name', 'email', 'extension'],
	scim: ['firstName', 'lastName', 'name', 'email', 'mobile'],
	micloud: ['firstName', 'lastName', 'name', 'email', 'mobile', 'extension']
};

export function readOnlyFields(source: UserSource): readonly UserField[] {
	return MANAGED_FIELDS[source];
}

/** The external system that owns some of the user's fields, or null for console/imported users. */
export function managedBy(source: UserSource): 'pbx' | 'scim' | 'micloud' | null {
	return source === 'pbx' || source === 'scim' || source === 'micloud' ? source : null;
}

/**
 * Which read-only fields an edit tries to change: each gets `read_only`. Partner users keep their
 * role (they are partner administrators, not a choice of this form).
 */
export function readOnlyViolations(before: User, after: UserValues): UserFieldErrors {
	const errors: UserFieldErrors = {};
	for (const field of readOnlyFields(before.source)) {
		if (before[field] !== after[field]) errors[field] = 'read_only';
	}
	if (before.role === 'partner' && after.role !== 'partner') errors.role = 'read_only';
	return errors;
}

/** Why a user is left alone by "Delete users". */
export type DeleteSkipReason = 'partner' | 'micloud';

export type DeleteOutcome =
	{ kind: 'remove' } | { kind: 'unregister' } | { kind: 'skip'; reason: DeleteSkipReason };

/**
 * What deleting a user does (spec 11, Delete users): partner administrators and users synced from
 * MiCloud Connect are kept; PBX- and SCIM-synced users only lose their cloud login (the source
 * still lists them); everybody else is removed.
 */
export function deleteOutcome(user: Pick<User, 'role' | 'source'>): DeleteOutcome {
	if (user.role === 'partner') return { kind: 'skip', reason: 'partner' };
	if (user.source === 'micloud') return { kind: 'skip', reason: 'micloud' };
	if (user.source === 'pbx' || user.source === 'scim') return { kind: 'unregister' };
	return { kind: 'remove' };
}

/** A user without cloud login: unregistered, no password, no valid registration link. */
export function withoutCloudLogin(user: User): User {
	return {
		...user,
		registration: 'unregistered',
		password: null,
		registrationTokenHash: '',
		registrationTokenExpiresAt: ''
	};
}

/** The fields "delete" changes on a PBX/SCIM user, and so the fields undo puts back. */
export const CLOUD_LOGIN_FIELDS = [
	'registration',
	'password',
	'registrationTokenHash',
	'registrationTokenExpiresAt'
] as const satisfies readonly (keyof User)[];

/** The "Property" filters of the user list. */
export const USER_PROPERTIES = [
	'admins',
	'users',
	'registered',
	'unregistered',
	'pbx',
	'micloud',
	'iot',
	'inactive'
] as const;
export type UserProperty = (typeof USER_PROPERTIES)[number];

/** Chosen filters: properties and licensed product ids. */
export interface UserFilters {
	properties: readonly UserProperty[];
	products: readonly string[];
}

export const NO_FILTERS: UserFilters = { properties: [], products: [] };

export function hasFilters(filters: UserFilters): boolean {
	return filters.properties.length > 0 || filters.products.length > 0;
}

type FilterFields = Pick<
	User,
	'role' | 'registration' | 'source' | 'micloudConnected' | 'iotConnected' | 'active' | 'licenses'
>;

/**
 * Whether a user has a property. Every role but `user` is an administrator role (partner,
 * account admin, and custom roles, which are based on one of them).
 */
export function hasProperty(user: FilterFields, property: UserProperty): boolean {
	switch (property) {
		case 'admins':
			return user.role !== 'user';
		case 'users':
			return user.role === 'user';
		case 'registered':
			return user.registration === 'registered';
		case 'unregistered':
			return user.registration === 'unregistered';
		case 'pbx':
			return user.source === 'pbx';
		case 'micloud':
			return user.micloudConnected || user.source === 'micloud';
		case 'iot':
			return user.iotConnected;
		case 'inactive':
			return !user.active;
	}
}

/** The facet of a licensed product, beside the property facets (`admins`, `pbx`, ...). */
export function productFacet(product: string): string {
	return `product:${product}`;
}

/**
 * What the filters can ask of a user, as facet names: each property it has and each product it
 * is licensed for. The read model indexes them, so a filter is an index lookup.
 */
export function userFacets(user: FilterFields): string[] {
	const facets: string[] = USER_PROPERTIES.filter((property) => hasProperty(user, property));
	for (const product of new Set(user.licenses)) facets.push(productFacet(product));
	return facets;
}

/** Several choices of one kind combine with OR, the kinds (property, product) with AND. */
export function matchesFilters(user: FilterFields, filters: UserFilters): boolean {
	if (filters.properties.length > 0 && !filters.properties.some((p) => hasProperty(user, p)))
		return false;
	if (filters.products.length > 0 && !filters.products.some((p) => user.licenses.includes(p)))
		return false;
	return true;
}

/** Adds a filter, or removes it when it is already chosen. */
export function toggleFilter(
	filters: UserFilters,
	choice: { property: UserProperty } | { product: string }
): UserFilters {
	if ('property' in choice) {
		const has = filters.properties.includes(choice.property);
		return {
			...filters,
			properties: has
				? filters.properties.filter((p) => p !== choice.property)
				: [...filters.properties, choice.property]
		};
	}
	const has = filters.products.includes(choice.product);
	return {
		...filters,
		products: has
			? filters.products.filter((p) => p !== choice.product)
			: [...filters.products, choice.product]
	};
}

/** E-mail keys and extensions already used by users of the account. */
export interface TakenKeys {
	emails: ReadonlySet<string>;
	extensions: ReadonlySet<string>;
}

export const NO_TAKEN_KEYS: TakenKeys = { emails: new Set(), extensions: new Set() };

/**
 * Validates many new users at once (an import, a bulk add) with the same rules as one: each row
 * is judged by `validateUser` against the account's users and against the rows before it, so the
 * first of two rows with one e-mail or extension is valid and the second is not.
 */
export function validateNewUsers(
	inputs: readonly UserInput[],
	taken: TakenKeys,
	names: ValidateOptions['names'] = 'both'
): UserValidation[] {
	const emails = new Set(taken.emails);
	const extensions = new Set(taken.extensions);
	return inputs.map((input) => {
		const email = emailKey(input.email);
		const extension = normalizeExtension(input.extension) ?? '';
		const result = validateUser(
			input,
			{
				emailTaken: email !== '' && emails.has(email),
				extensionTaken: extension !== '' && extensions.has(extension)
			},
			{ names }
		);
		if (result.ok) {
			emails.add(emailKey(result.value.email));
			if (result.value.extension) extensions.add(result.value.extension);
		}
		return result;
	});
}
