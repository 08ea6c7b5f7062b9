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

/**
 * The role a sheet's ROLE cell means: empty → `user`; a built-in role's name in any of the six
 * languages; a custom role of the account by name (or id). Null when it is none of these.
 */
export function roleFromCell(value: string, custom: readonly RoleChoice[] = []): string | null {
	const key = normalizeHeader(value);
	if (key === '') return 'user';
	const builtIn = BUILT_IN[key];
	if (builtIn) return builtIn;
	const role = custom.find((r) => normalizeHeader(r.name) === key || r.id === value.trim());
	return role ? role.id : null;
}

/**
 * Validates every row of an import against the account (`taken`: its users' e-mails and
 * extensions) and against each other: an e-mail or extension in two rows marks both. The same
 * function serves the preview (after every edit) and "Upload" (which adds only the valid rows).
 */
export function validateImportRows(
	rows: readonly ImportRow[],
	taken: TakenKeys,
	custom: readonly RoleChoice[] = []
): ImportRowResult[] {
	const emailCount = new Map<string, number>();
	const extensionCount = new Map<string, number>();
	for (const row of rows) {
		const email = emailKey(row.email);
		if (email) emailCount.set(email, (emailCount.get(email) ?? 0) + 1);
		const extension = normalizeExtension(row.extension);
		if (extension) extensionCount.set(extension, (extensionCount.get(extension) ?? 0) + 1);
	}
	return rows.map((row) => {
		const role = roleFromCell(row.role, custom);
		const email = emailKey(row.email);
		const extension = normalizeExtension(row.extension) ?? '';
		const result = validateUser(
			{ ...row, role: role ?? '' },
			{
				emailTaken: email !== '' && taken.emails.has(email),
				extensionTaken: extension !== '' && taken.extensions.has(extension)
			},
			// A custom role is as valid as a built-in one here: the account offers it.
			{ names: 'any', ...(role ? { currentRole: role } : {}) }
		);
		const errors: ImportRowErrors = result.ok ? {} : { ...result.errors };
		if (role === null) errors.role = 'role_unknown';
		if (!errors.email && (emailCount.get(email) ?? 0) > 1) errors.email = 'email_duplicate';
		if (!errors.extension && extension && (extensionCount.get(extension) ?? 0) > 1)
			errors.extension = 'extension_duplicate';
		if (!result.ok || Object.keys(errors).length > 0) return { ok: false, errors };
		return { ok: true, value: result.value };
	});
}
