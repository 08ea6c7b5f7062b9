/**
 * Which column of an uploaded spreadsheet holds what (spec 12, "Reading the file"): the header
 * row is the first of the first ten in which at least two cells are recognized headers, in any of
 * the six languages, or as Microsoft 365, Microsoft Entra ID and Google Workspace write them.
 */
import type { Locale } from './locale';

export const IMPORT_FIELDS = [
	'firstName',
	'lastName',
	'name',
	'email',
	'role',
	'mobile',
	'extension'
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** How many rows from the top may hold the header row. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * The headers of the template in each language (the columns of the preview, in this order). The
 * French and Italian ones are what makes `NOM` and `NOME` resolvable (see `detectHeader`).
 */
export const TEMPLATE_HEADERS: Record<Locale, Record<ImportField, string>> = {
	en: {
		firstName: 'FIRST NAME',
		lastName: 'LAST NAME',
		name: 'NAME',
		email: 'EMAIL',
		role: 'ROLE',
		mobile: 'MOBILE',
		extension: 'EXT'
	},
	de: {
		firstName: 'VORNAME',
		lastName: 'NACHNAME',
		name: 'NAME',
		email: 'E-MAIL',
		role: 'ROLLE',
		mobile: 'MOBIL',
		extension: 'DURCHWAHL'
	},
	nl: {
		firstName: 'VOORNAAM',
		lastName: 'ACHTERNAAM',
		name: 'NAAM',
		email: 'E-MAIL',
		role: 'ROL',
		mobile: 'MOBIEL',
		extension: 'TOESTEL'
	},
	it: {
		firstName: 'NOME',
		lastName: 'COGNOME',
		name: 'NOME COMPLETO',
		email: 'E-MAIL',
		role: 'RUOLO',
		mobile: 'CELLULARE',
		extension: 'INTERNO'
	},
	es: {
		firstName: 'PRIMER NOMBRE',
		lastName: 'APELLIDO',
		name: 'NOMBRE COMPLETO',
		email: 'CORREO ELECTRÓNICO',
		role: 'ROL',
		mobile: 'MÓVIL',
		extension: 'EXTENSIÓN'
	},
	fr: {
		firstName: 'PRÉNOM',
		lastName: 'PATRONYME',
		name: 'NOM',
		email: 'E-MAIL',
		role: 'RÔLE',
		mobile: 'PORTABLE',
		extension: 'POSTE'
	}
};

/**
 * Recognized headers, as `normalizeHeader` makes them. `nome` (it) and `nom` (fr) are not here:
 * what they mean depends on the rest of the row.
 */
const ALIASES: Record<ImportField, readonly string[]> = {
	firstName: [
		'first name',
		'given name',
		'firstname',
		'vorname',
		'voornaam',
		'primer nombre',
		'nombre de pila',
		'prenom'
	],
	lastName: [
		'last name',
		'surname',
		'family name',
		'lastname',
		'nachname',
		'familienname',
		'achternaam',
		'cognome',
		'apellido',
		'apellidos',
		'patronyme',
		'nom de famille'
	],
	name: [
		'name',
		'display name',
		'full name',
		'naam',
		'weergavenaam',
		'nome completo',
		'nombre',
		'nombre completo',
		'nom complet',
		'nom affiche'
	],
	email: [
		'email',
		'e mail',
		'mail',
		'email address',
		'e mail address',
		'e mail adresse',
		'e mailadres',
		'indirizzo e mail',
		'indirizzo email',
		'correo electronico',
		'correo',
		'adresse e mail',
		'courriel',
		'user name',
		'username',
		'user principal name',
		'primary email'
	],
	role: ['role', 'rolle', 'rol', 'functie', 'ruolo'],
	mobile: [
		'mobile',
		'mobile phone',
		'mobile number',
		'mobil',
		'mobiltelefon',
		'handy',
		'mobiel',
		'mobiele telefoon',
		'cellulare',
		'movil',
		'telefono movil',
		'portable',
		'telephone portable'
	],
	extension: [
		'ext',
		'extension',
		'durchwahl',
		'nebenstelle',
		'toestel',
		'interno',
		'extension telefonica',
		'poste'
	]
};

const BY_ALIAS = new Map<string, ImportField>(
	IMPORT_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [alias, field] as const))
);

/**
 * A header as it is compared: accents, case, punctuation and the bracketed or "Required" notes of
 * Microsoft Entra and Google Workspace templates removed, words separated by one space.
 * `normalizeHeader('First name [givenName]')` → `'first name'`; `'Prénom'` → `'prenom'`.
 */
export function normalizeHeader(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.replace(/\brequired\b/g, ' ')
		.trim()
		.replace(/\s+/g, ' ');
}

/** The header row found: which column holds each field, and the columns left out. */
export interface HeaderMatch {
	/** Index of the header row among the rows given. */
	row: number;
	columns: Partial<Record<ImportField, number>>;
	/** The non-empty headers not used, as written ("Department", "Office"). */
	ignored: string[];
}

/** What one row's cells would mean as headers (null: not one of ours). */
function fieldsOf(cells: readonly string[]): (ImportField | null)[] {
	const keys = cells.map(normalizeHeader);
	const has = (alias: string) => keys.includes(alias);
	return keys.map((key) => {
		const known = BY_ALIAS.get(key);
		if (known) return known;
		// Italian: NOME is the first name beside COGNOME or NOME COMPLETO, else the whole name.
		if (key === 'nome') return has('cognome') || has('nome completo') ? 'firstName' : 'name';
		// French: NOM is the display name beside PRÉNOM and PATRONYME (or NOM DE FAMILLE), the
		// last name beside PRÉNOM alone, else the whole name.
		if (key === 'nom') {
			if (has('prenom') && (has('patronyme') || has('nom de famille'))) return 'name';
			return has('prenom') ? 'lastName' : 'name';
		}
		return null;
	});
}

/**
 * Finds the header row among the first `HEADER_SEARCH_ROWS` rows: the first in which at least
 * two cells are recognized headers. A field named twice takes its first column; the others, and
 * every unrecognized non-empty header, are listed as ignored. Null when no row qualifies.
 */
export function detectHeader(rows: readonly (readonly string[])[]): HeaderMatch | null {
	const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
	for (let row = 0; row < limit; row += 1) {
		const cells = rows[row] ?? [];
		const fields = fieldsOf(cells);
		if (fields.filter((f) => f !== null).length < 2) continue;
		const columns: Partial<Record<ImportField, number>> = {};
		const ignored: string[] = [];
		fields.forEach((field, column) => {
			const text = (cells[column] ?? '').trim();
			if (field && columns[field] === undefined) columns[field] = column;
			else if (text !== '') ignored.push(text);
		});
		return { row, columns, ignored };
	}
	return null;
}
