import { describe, expect, it } from 'vitest';
import { LOCALES } from './locale';
import {
	detectHeader,
	normalizeHeader,
	TEMPLATE_HEADERS,
	type ImportField
} from './import-headers';

/** The field a header means (its column comes first, beside two others that are recognized). */
function fieldOf(header: string): ImportField | undefined {
	const match = detectHeader([[header, 'ROLE', 'EXT']]);
	const found = Object.entries(match?.columns ?? {}).find(([, column]) => column === 0);
	return found?.[0] as ImportField | undefined;
}

describe('import headers (spec 12)', () => {
	it.each([
		['FIRST NAME', 'firstName'],
		['Given name', 'firstName'],
		['VORNAME', 'firstName'],
		['Voornaam', 'firstName'],
		['PRIMER NOMBRE', 'firstName'],
		['PRENOM', 'firstName'],
		['Prénom', 'firstName'],
		['First name [givenName]', 'firstName'],
		['First Name [Required]', 'firstName'],
		['LAST NAME', 'lastName'],
		['SURNAME', 'lastName'],
		['Family name', 'lastName'],
		['NACHNAME', 'lastName'],
		['ACHTERNAAM', 'lastName'],
		['COGNOME', 'lastName'],
		['APELLIDO', 'lastName'],
		['PATRONYME', 'lastName'],
		['Nom de famille', 'lastName'],
		['Last name [surname]', 'lastName'],
		['Last Name [Required]', 'lastName'],
		['NAME', 'name'],
		['Display name', 'name'],
		['NAAM', 'name'],
		['NOME COMPLETO', 'name'],
		['NOMBRE', 'name'],
		['NOMBRE COMPLETO', 'name'],
		['Name [displayName] Required', 'name'],
		['E-MAIL', 'email'],
		['Mail', 'email'],
		['Email Address', 'email'],
		['User name', 'email'],
		['User name [userPrincipalName] Required', 'email'],
		['Email Address [Required]', 'email'],
		['User principal name', 'email'],
		['E-Mail-Adresse', 'email'],
		['E-MAILADRES', 'email'],
		['INDIRIZZO E-MAIL', 'email'],
		['CORREO ELECTRÓNICO', 'email'],
		['ADRESSE E-MAIL', 'email'],
		['ROLE', 'role'],
		['ROLLE', 'role'],
		['ROL', 'role'],
		['FUNCTIE', 'role'],
		['RUOLO', 'role'],
		['RÔLE', 'role'],
		['MOBILE', 'mobile'],
		['Mobile phone', 'mobile'],
		['MOBIL', 'mobile'],
		['MOBIEL', 'mobile'],
		['CELLULARE', 'mobile'],
		['MÓVIL', 'mobile'],
		['PORTABLE', 'mobile'],
		['Mobile phone [mobile]', 'mobile'],
		['EXT', 'extension'],
		['Extension', 'extension'],
		['DURCHWAHL', 'extension'],
		['TOESTEL', 'extension'],
		['INTERNO', 'extension'],
		['EXTENSIÓN', 'extension'],
		['POSTE', 'extension']
	] as const)('%s is %s', (header, field) => {
		expect(fieldOf(header)).toBe(field);
	});

	it('compares without case, accents, spaces, punctuation or template notes', () => {
		expect(normalizeHeader('  Prénom  ')).toBe('prenom');
		expect(normalizeHeader('E-mail')).toBe(normalizeHeader('E MAIL'));
		expect(normalizeHeader('Block sign in (Yes/No) [accountEnabled] Required')).toBe(
			'block sign in'
		);
	});

	it('reads NOME by the rest of the row (it)', () => {
		expect(detectHeader([['NOME', 'COGNOME', 'E-MAIL']])?.columns).toEqual({
			firstName: 0,
			lastName: 1,
			email: 2
		});
		expect(detectHeader([['NOME', 'COGNOME', 'NOME COMPLETO', 'E-MAIL']])?.columns).toEqual({
			firstName: 0,
			lastName: 1,
			name: 2,
			email: 3
		});
		// Alone, NOME is the whole name.
		expect(detectHeader([['NOME', 'E-MAIL']])?.columns).toEqual({ name: 0, email: 1 });
	});

	it('reads NOM by the rest of the row (fr)', () => {
		expect(detectHeader([['PRÉNOM', 'PATRONYME', 'NOM', 'E-MAIL']])?.columns).toEqual({
			firstName: 0,
			lastName: 1,
			name: 2,
			email: 3
		});
		expect(detectHeader([['Prénom', 'Nom', 'Courriel']])?.columns).toEqual({
			firstName: 0,
			lastName: 1,
			email: 2
		});
		expect(detectHeader([['NOM', 'E-MAIL']])?.columns).toEqual({ name: 0, email: 1 });
	});

	it('reads the template of every language back', () => {
		for (const locale of LOCALES) {
			const headers = TEMPLATE_HEADERS[locale];
			const match = detectHeader([Object.values(headers)]);
			expect(match?.columns, locale).toEqual({
				firstName: 0,
				lastName: 1,
				name: 2,
				email: 3,
				role: 4,
				mobile: 5,
				extension: 6
			});
			expect(match?.ignored, locale).toEqual([]);
		}
	});

	it('finds the header below a Microsoft Entra version line, and lists the columns it ignores', () => {
		const entra = [
			['version:v1.0'],
			[
				'Name [displayName] Required',
				'User name [userPrincipalName] Required',
				'Initial password [passwordProfile] Required',
				'Block sign in (Yes/No) [accountEnabled] Required',
				'First name [givenName]',
				'Last name [surname]',
				'Job title [jobTitle]',
				'Department [department]',
				'Mobile phone [mobile]'
			]
		];
		expect(detectHeader(entra)).toEqual({
			row: 1,
			columns: { name: 0, email: 1, firstName: 4, lastName: 5, mobile: 8 },
			ignored: [
				'Initial password [passwordProfile] Required',
				'Block sign in (Yes/No) [accountEnabled] Required',
				'Job title [jobTitle]',
				'Department [department]'
			]
		});
	});

	it('takes a Microsoft 365 export and a Google Workspace list as they are', () => {
		const m365 = detectHeader([
			[
				'Block credential',
				'City',
				'Department',
				'Display name',
				'First name',
				'Last name',
				'Mobile phone',
				'Office',
				'User principal name'
			]
		]);
		expect(m365?.columns).toEqual({ name: 3, firstName: 4, lastName: 5, mobile: 6, email: 8 });
		expect(m365?.ignored).toEqual(['Block credential', 'City', 'Department', 'Office']);
		const google = detectHeader([
			[
				'First Name [Required]',
				'Last Name [Required]',
				'Email Address [Required]',
				'Password [Required]',
				'Org Unit Path [Required]',
				'Mobile Phone'
			]
		]);
		expect(google?.columns).toEqual({ firstName: 0, lastName: 1, email: 2, mobile: 5 });
	});

	it('needs two recognized headers within the first ten rows; a field named twice keeps its first column', () => {
		expect(
			detectHeader([
				['Department', 'EMAIL'],
				['a', 'b']
			])
		).toBeNull();
		const late = Array.from({ length: 10 }, () => ['x']);
		expect(detectHeader([...late, ['EMAIL', 'NAME']])).toBeNull();
		expect(detectHeader([...late.slice(1), ['EMAIL', 'NAME']])?.row).toBe(9);
		expect(detectHeader([['EMAIL', 'Mail', 'NAME']])).toEqual({
			row: 0,
			columns: { email: 0, name: 2 },
			ignored: ['Mail']
		});
	});
});
