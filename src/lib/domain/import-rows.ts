/**
 * The rows of a user import (spec 12, "Row validation"): each row is judged by `validateUser`,
 * the rule of the Add User form, with the one difference a spreadsheet needs (one of first
 * name, last name and display name is enough), plus what only a sheet can get wrong: a role
 * written as a name in any language, and an e-mail or extension twice in the file.
 */
import { normalizeHeader } from './import-headers';
import {
	emailKey,
	normalizeExtension,
	validateUser,
	type TakenKeys,
	type UserErrorCode,
	type UserField,
	type UserValues
} from './user';

/** One row as read from the sheet (or edited in the preview). */
export interface ImportRow {
	firstName: string;
	lastName: string;
	name: string;
	email: string;
	/** As written: a role name in any language, or a custom role's name. */
	role: string;
	mobile: string;
	extension: string;
}

/** A row of an import preview: its key (its number in the file, kept as rows are deleted). */
export interface KeyedImportRow extends ImportRow {
	key: number;
}

/** A row with nothing in it (a new row of the preview, or one being read). */
export function emptyImportRow(): ImportRow {
	return { firstName: '', lastName: '', name: '', email: '', role: '', mobile: '', extension: '' };
}

export type ImportErrorCode =
	| UserErrorCode
	/** The e-mail (extension) is in more than one row of the file: every such row is marked. */
	| 'email_duplicate'
	| 'extension_duplicate'
	/** Not a role name in any language, nor a custom role of the account. */
	| 'role_unknown';

export type ImportRowErrors = Partial<Record<UserField, ImportErrorCode>>;

export type ImportRowResult =
	{ ok: true; value: UserValues } | { ok: false; errors: ImportRowErrors };

/** A custom role the account may give (spec 13). */
export interface RoleChoice {
	id: string;
	name: string;
}

// The built-in role names of the six languages (and the spreadsheet-friendly forms people type).
const BUILT_IN: Record<string, string> = Object.fromEntries([
	...['user', 'users', 'benutzer', 'gebruiker', 'utente', 'usuario', 'utilisateur'].map(
		(n) => [n, 'user'] as const
	),
	...[
		'account admin',
		'account administrator',
		'kontoadministrator',
		'konto admin',
		'accountbeheerder',
		'amministratore account',
		'amministratore dell account',
		'administrador de cuenta',
		'admin du compte',
		'admin de compte',
		'administrateur de compte',
		'compte admin'
	].map((n) => [n, 'account_admin'] as const)
]);

// A sheet repeats a handful of role names in every row: each is normalized once.
const roleKeys = new Map<string, string>();

function roleKey(value: string): string {
	let key = roleKeys.get(value);
	if (key === undefined) {
		key = normalizeHeader(value);
		if (roleKeys.size > 1000) roleKeys.clear();
		roleKeys.set(value, key);
	}
	return key;
}

/**
 * The role a sheet's ROLE cell means: empty → `user`; a built-in role's name in any of the six
 * languages; a custom role of the account by name (or id). Null when it is none of these.
 */
export function roleFromCell(value: string, custom: readonly RoleChoice[] = []): string | null {
	const key = roleKey(value);
	if (key === '') return 'user';
	const builtIn = BUILT_IN[key];
	if (builtIn) return builtIn;
	const role = custom.find((r) => roleKey(r.name) === key || r.id === value.trim());
	return role ? role.id : null;
}

/**
 * What one row says on its own (the part of its validation that needs no other row and not the
 * account): the keys its e-mail and extension are compared under, and its errors, if any.
 */
export interface RowCheck {
	/** The e-mail key ('' when the e-mail is empty). */
	email: string;
	/** The extension ('' when empty or not an extension). */
	extension: string;
	errors: ImportRowErrors | null;
}

/** Whether a row's e-mail and extension are in other rows of the file, or in the account. */
export interface RowClashes {
	emailDuplicate: boolean;
	extensionDuplicate: boolean;
	emailTaken: boolean;
	extensionTaken: boolean;
}

/** Checks one row by `validateUser` (the Add User rule, with one name enough) and its role. */
export function checkImportRow(row: ImportRow, custom: readonly RoleChoice[] = []): RowCheck {
	const role = roleFromCell(row.role, custom);
	const result = validateUser(
		{ ...row, role: role ?? '' },
		{ emailTaken: false, extensionTaken: false },
		// A custom role is as valid as a built-in one here: the account offers it.
		{ names: 'any', ...(role ? { currentRole: role } : {}) }
	);
	const errors: ImportRowErrors = result.ok ? {} : { ...result.errors };
	if (role === null) errors.role = 'role_unknown';
	return {
		email: emailKey(row.email),
		extension: normalizeExtension(row.extension) ?? '',
		errors: Object.keys(errors).length > 0 ? errors : null
	};
}

/**
 * A row's errors with the other rows and the account taken into account, as `validateUser`
 * ranks them: a malformed e-mail is reported as such; a well-formed one already in the account
 * is `email_taken`; one in another row of the file is `email_duplicate` (the same for the
 * extension). Null when the row is valid.
 */
export function rowErrors(check: RowCheck, clashes: RowClashes): ImportRowErrors | null {
	let errors = check.errors;
	const add = (field: 'email' | 'extension', code: ImportErrorCode) => {
		if (errors?.[field]) return;
		errors = { ...errors, [field]: code };
	};
	if (check.email) {
		if (clashes.emailTaken) add('email', 'email_taken');
		else if (clashes.emailDuplicate) add('email', 'email_duplicate');
	}
	if (check.extension) {
		if (clashes.extensionTaken) add('extension', 'extension_taken');
		else if (clashes.extensionDuplicate) add('extension', 'extension_duplicate');
	}
	return errors;
}

/** The values a valid row adds (trimmed, normalized, the role resolved); null when it has errors. */
export function importRowValues(
	row: ImportRow,
	custom: readonly RoleChoice[] = []
): UserValues | null {
	const role = roleFromCell(row.role, custom);
	if (role === null) return null;
	const result = validateUser(
		{ ...row, role },
		{ emailTaken: false, extensionTaken: false },
		{ names: 'any', currentRole: role }
	);
	return result.ok ? result.value : null;
}

/**
 * Validates every row of an import against the account (`taken`: its users' e-mails and
 * extensions) and against each other: an e-mail or extension in two rows marks both. The preview
 * keeps the same judgement row by row (`ImportValidation`); both are built on `checkImportRow`
 * and `rowErrors`.
 */
export function validateImportRows(
	rows: readonly ImportRow[],
	taken: TakenKeys,
	custom: readonly RoleChoice[] = []
): ImportRowResult[] {
	const checks = rows.map((row) => checkImportRow(row, custom));
	const emailCount = new Map<string, number>();
	const extensionCount = new Map<string, number>();
	for (const { email, extension } of checks) {
		if (email) emailCount.set(email, (emailCount.get(email) ?? 0) + 1);
		if (extension) extensionCount.set(extension, (extensionCount.get(extension) ?? 0) + 1);
	}
	return checks.map((check, i): ImportRowResult => {
		const errors = rowErrors(check, {
			emailDuplicate: (emailCount.get(check.email) ?? 0) > 1,
			extensionDuplicate: (extensionCount.get(check.extension) ?? 0) > 1,
			emailTaken: taken.emails.has(check.email),
			extensionTaken: taken.extensions.has(check.extension)
		});
		const values = errors ? null : importRowValues(rows[i] ?? emptyImportRow(), custom);
		return values ? { ok: true, value: values } : { ok: false, errors: errors ?? {} };
	});
}
