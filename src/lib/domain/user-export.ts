/**
 * "Export Users" (spec 12, Exports): the columns of the file and one user's cells. The headers of
 * the importable columns are the import template's, so an exported file imports again as it is;
 * the rest (registration, licences, last change) the import lists as ignored.
 */
import { TEMPLATE_HEADERS } from './import-headers';
import type { Locale } from './locale';
import type { User } from './model';

/** How the UI names what is not plain text, in the language of the export. */
export interface ExportWords {
	role: (role: string) => string;
	registration: (registration: User['registration']) => string;
	licenses: (productIds: readonly string[]) => string;
	date: (iso: string) => string;
	/** REGISTRATION, LICENSES, MODIFIED ON, MODIFIED BY. */
	headers: [string, string, string, string];
}

/** FIRST NAME, LAST NAME, NAME, EMAIL, ROLE, EXT, MOBILE, REGISTRATION, LICENSES, MODIFIED ON, MODIFIED BY. */
export function userExportHeader(locale: Locale, words: ExportWords): string[] {
	const t = TEMPLATE_HEADERS[locale];
	return [
		t.firstName,
		t.lastName,
		t.name,
		t.email,
		t.role,
		t.extension,
		t.mobile,
		...words.headers
	];
}

export function userExportRow(user: User, words: ExportWords): string[] {
	return [
		user.firstName,
		user.lastName,
		user.name,
		user.email,
		words.role(user.role),
		user.extension,
		user.mobile,
		words.registration(user.registration),
		words.licenses(user.licenses),
		words.date(user.modifiedAt),
		user.modifiedByName
	];
}

/** `Globex Berlin-users-2026-12-04.csv`: the account and the date, nothing a file system refuses. */
export function exportFileName(
	accountName: string,
	what: string,
	date: string,
	format: string
): string {
	const safe =
		accountName
			// eslint-disable-next-line no-control-regex -- control characters are what is removed
			.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
			.replace(/\s+/g, ' ')
			.trim() || 'account';
	return `${safe}-${what}-${date.slice(0, 10)}.${format}`;
}
