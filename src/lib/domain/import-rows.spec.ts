import { describe, expect, it } from 'vitest';
import { roleFromCell, validateImportRows, type ImportRow } from './import-rows';
import { validateUser } from './user';

const row = (overrides: Partial<ImportRow> = {}): ImportRow => ({
	firstName: 'Zoë',
	lastName: 'Quinn',
	name: '',
	email: 'zoe@example.com',
	role: '',
	mobile: '',
	extension: '',
	...overrides
});
const none = { emails: new Set<string>(), extensions: new Set<string>() };
const errorsOf = (rows: ImportRow[], taken = none) =>
	validateImportRows(rows, taken).map((r) => (r.ok ? null : r.errors));

describe('import rows (spec 12, Row validation)', () => {
	it('needs one of first name, last name and display name (the Add User form needs both names)', () => {
		expect(errorsOf([row({ firstName: '', lastName: '', name: 'Zoë Quinn' })])).toEqual([null]);
		expect(errorsOf([row({ lastName: '' })])).toEqual([null]);
		expect(errorsOf([row({ firstName: '', lastName: '' })])).toEqual([{ name: 'name_required' }]);
		expect(
			validateUser(
				{ ...row({ lastName: '' }), role: 'user' },
				{ emailTaken: false, extensionTaken: false }
			)
		).toEqual({ ok: false, errors: { lastName: 'required' } });
	});

	it('checks the e-mail: valid, not in the account, once in the file (every duplicate marked)', () => {
		expect(errorsOf([row({ email: 'not an address' })])).toEqual([{ email: 'email_invalid' }]);
		expect(
			errorsOf([row()], { emails: new Set(['zoe@example.com']), extensions: new Set() })
		).toEqual([{ email: 'email_taken' }]);
		expect(
			errorsOf([
				row({ email: 'ZOE@example.com' }),
				row({ firstName: 'Zoe' }),
				row({ email: 'ann@example.com' })
			])
		).toEqual([{ email: 'email_duplicate' }, { email: 'email_duplicate' }, null]);
	});

	it('reads the role in any language, a custom role by name, and names an unknown one', () => {
		for (const name of ['', 'User', 'Benutzer', 'Gebruiker', 'Utente', 'Usuario', 'Utilisateur'])
			expect(roleFromCell(name), name).toBe('user');
		for (const name of [
			'Account Admin',
			'Kontoadministrator',
			'Accountbeheerder',
			'Amministratore account',
			'Administrador de cuenta',
			'Admin du compte',
			'administrateur de compte'
		])
			expect(roleFromCell(name), name).toBe('account_admin');
		const custom = [{ id: 'role-night', name: 'Night Shift' }];
		expect(roleFromCell('night shift', custom)).toBe('role-night');
		expect(roleFromCell('Supervisor', custom)).toBeNull();
		expect(errorsOf([row({ role: 'Supervisor' })])).toEqual([{ role: 'role_unknown' }]);
		const [valid] = validateImportRows([row({ role: 'Night Shift' })], none, custom);
		expect(valid).toMatchObject({ ok: true, value: { role: 'role-night' } });
	});

	it('normalizes the mobile to E.164 and checks extensions (format, account, file)', () => {
		const [ok] = validateImportRows(
			[row({ mobile: '0049 (30) 123-4567', extension: '204' })],
			none
		);
		expect(ok).toMatchObject({ ok: true, value: { mobile: '+49301234567', extension: '204' } });
		expect(errorsOf([row({ mobile: '12' })])).toEqual([{ mobile: 'mobile_invalid' }]);
		expect(errorsOf([row({ extension: '1' })])).toEqual([{ extension: 'extension_invalid' }]);
		expect(
			errorsOf([row({ extension: '204' })], { emails: new Set(), extensions: new Set(['204']) })
		).toEqual([{ extension: 'extension_taken' }]);
		expect(
			errorsOf([row({ extension: '204' }), row({ email: 'ann@example.com', extension: '204' })])
		).toEqual([{ extension: 'extension_duplicate' }, { extension: 'extension_duplicate' }]);
	});
});
