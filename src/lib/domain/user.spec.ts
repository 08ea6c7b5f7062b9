import { describe, expect, it } from 'vitest';
import {
	defaultDisplayName,
	deleteOutcome,
	emailKey,
	hasProperty,
	matchesFilters,
	normalizeExtension,
	normalizeMobile,
	readOnlyFields,
	readOnlyViolations,
	toggleFilter,
	validateNewUsers,
	validateUser,
	withoutCloudLogin,
	type UserInput,
	type UserProperty
} from './user';
import { makeUser } from '../../../tests/fixtures/records';

const FREE = { emailTaken: false, extensionTaken: false };

function input(overrides: Partial<UserInput> = {}): UserInput {
	return {
		firstName: 'Zoë',
		lastName: 'Müller',
		email: 'zoe@example.com',
		mobile: '',
		extension: '',
		role: 'user',
		...overrides
	};
}

describe('validateUser (Add User / Edit User form)', () => {
	it('accepts a complete form, trims values and names the user "first last"', () => {
		const result = validateUser(
			input({ firstName: '  Zoë ', lastName: ' Müller ', email: ' Zoe@Example.com ' }),
			FREE
		);
		expect(result).toEqual({
			ok: true,
			value: {
				firstName: 'Zoë',
				lastName: 'Müller',
				name: 'Zoë Müller',
				email: 'Zoe@Example.com',
				mobile: '',
				extension: '',
				role: 'user'
			}
		});
	});

	it('requires First Name, Last Name and Email', () => {
		const result = validateUser(input({ firstName: ' ', lastName: '', email: '' }), FREE);
		expect(result).toEqual({
			ok: false,
			errors: { firstName: 'required', lastName: 'required', email: 'required' }
		});
	});

	it('rejects an invalid e-mail address', () => {
		for (const email of ['zoe', 'zoe@', 'zoe@example', 'zo e@example.com', '@example.com']) {
			const result = validateUser(input({ email }), FREE);
			expect(result, email).toEqual({ ok: false, errors: { email: 'email_invalid' } });
		}
	});

	it('rejects an e-mail address already used in the account', () => {
		expect(validateUser(input(), { ...FREE, emailTaken: true })).toEqual({
			ok: false,
			errors: { email: 'email_taken' }
		});
	});

	it('compares e-mail addresses case-insensitively (the uniqueness key)', () => {
		expect(emailKey(' Zoe@Example.COM ')).toBe(emailKey('zoe@example.com'));
	});

	it('accepts a mobile number in E.164 after removing typing aids', () => {
		const result = validateUser(input({ mobile: '+49 (30) 123-45.67' }), FREE);
		expect(result.ok && result.value.mobile).toBe('+49301234567');
	});

	it('rejects a mobile number that is not E.164', () => {
		for (const mobile of [
			'030 1234567',
			'+49 12',
			'+0 301234567',
			'+49 30 1234 5678 9012',
			'abc'
		]) {
			expect(validateUser(input({ mobile }), FREE), mobile).toEqual({
				ok: false,
				errors: { mobile: 'mobile_invalid' }
			});
		}
	});

	it('rejects an extension that is not 2-8 digits', () => {
		for (const extension of ['1', '123456789', '12a', '+12']) {
			expect(validateUser(input({ extension }), FREE), extension).toEqual({
				ok: false,
				errors: { extension: 'extension_invalid' }
			});
		}
	});

	it('rejects an extension already used in the account, but not an empty one', () => {
		expect(validateUser(input({ extension: '204' }), { ...FREE, extensionTaken: true })).toEqual({
			ok: false,
			errors: { extension: 'extension_taken' }
		});
		expect(validateUser(input({ extension: '' }), { ...FREE, extensionTaken: true }).ok).toBe(true);
	});

	it('turns the Account Admin switch into the account_admin role', () => {
		const result = validateUser(input({ role: 'account_admin' }), FREE);
		expect(result.ok && result.value.role).toBe('account_admin');
	});

	it('only lets User or Account Admin be chosen, but keeps a role as it was', () => {
		expect(validateUser(input({ role: 'partner' }), FREE)).toEqual({
			ok: false,
			errors: { role: 'role_invalid' }
		});
		expect(validateUser(input({ role: 'partner' }), FREE, { currentRole: 'partner' }).ok).toBe(
			true
		);
	});

	it('keeps a given display name and falls back to "first last" when it is blank', () => {
		const named = validateUser(input({ name: ' Zoë M. ' }), FREE);
		expect(named.ok && named.value.name).toBe('Zoë M.');
		const blank = validateUser(input({ name: '  ' }), FREE);
		expect(blank.ok && blank.value.name).toBe('Zoë Müller');
	});

	it('does not judge again the fields an edit leaves unchanged', () => {
		const result = validateUser(
			input({ extension: '7', mobile: '030 123', name: 'Legacy  Name' }),
			{ emailTaken: false, extensionTaken: true },
			{ unchanged: ['extension', 'mobile', 'name'] }
		);
		expect(result.ok && result.value).toMatchObject({
			extension: '7',
			mobile: '030 123',
			name: 'Legacy  Name'
		});
	});

	it('rejects names that are too long', () => {
		const result = validateUser(input({ firstName: 'x'.repeat(101) }), FREE);
		expect(result).toEqual({ ok: false, errors: { firstName: 'too_long' } });
	});
});

describe('normalizeMobile', () => {
	it('turns a leading 00 into +', () => {
		expect(normalizeMobile('0044 7700 900123')).toBe('+447700900123');
	});
	it('keeps an empty value empty (the field is optional)', () => {
		expect(normalizeMobile('  ')).toBe('');
	});
	it('needs 8 to 15 digits after +', () => {
		expect(normalizeMobile('+1234567')).toBeNull();
		expect(normalizeMobile('+12345678')).toBe('+12345678');
		expect(normalizeMobile('+123456789012345')).toBe('+123456789012345');
		expect(normalizeMobile('+1234567890123456')).toBeNull();
	});
});

describe('normalizeExtension', () => {
	it('accepts 2 to 8 digits and ignores surrounding spaces', () => {
		expect(normalizeExtension(' 12 ')).toBe('12');
		expect(normalizeExtension('12345678')).toBe('12345678');
		expect(normalizeExtension('')).toBe('');
	});
});

describe('defaultDisplayName', () => {
	it('joins the names that are given', () => {
		expect(defaultDisplayName('Ann', 'Smith')).toBe('Ann Smith');
		expect(defaultDisplayName('Ann', '')).toBe('Ann');
	});
});

describe('read-only fields of external sources', () => {
	it('leaves console and imported users fully editable', () => {
		expect(readOnlyFields('console')).toEqual([]);
		expect(readOnlyFields('import')).toEqual([]);
	});

	it('refuses changes to fields a PBX owns, allows the others', () => {
		const before = makeUser({ source: 'pbx', extension: '200', mobile: '' });
		const values = {
			firstName: before.firstName,
			lastName: before.lastName,
			name: before.name,
			email: before.email,
			mobile: '+4930123456',
			extension: '201',
			role: 'account_admin'
		};
		expect(readOnlyViolations(before, values)).toEqual({ extension: 'read_only' });
	});

	it('keeps the role of a partner administrator', () => {
		const before = makeUser({ role: 'partner' });
		const values = { ...before, role: 'user' };
		expect(readOnlyViolations(before, values)).toEqual({ role: 'read_only' });
	});
});

describe('deleteOutcome', () => {
	it('skips partner administrators and MiCloud Connect users', () => {
		expect(deleteOutcome(makeUser({ role: 'partner' }))).toEqual({
			kind: 'skip',
			reason: 'partner'
		});
		expect(deleteOutcome(makeUser({ source: 'micloud' }))).toEqual({
			kind: 'skip',
			reason: 'micloud'
		});
	});

	it('only removes the cloud login of PBX and SCIM users', () => {
		expect(deleteOutcome(makeUser({ source: 'pbx' }))).toEqual({ kind: 'unregister' });
		expect(deleteOutcome(makeUser({ source: 'scim' }))).toEqual({ kind: 'unregister' });
	});

	it('removes console and imported users, admins included', () => {
		expect(deleteOutcome(makeUser({ source: 'console', role: 'account_admin' }))).toEqual({
			kind: 'remove'
		});
		expect(deleteOutcome(makeUser({ source: 'import' }))).toEqual({ kind: 'remove' });
	});

	it('a user without cloud login is unregistered, has no password and no valid link', () => {
		const user = makeUser({
			source: 'pbx',
			registration: 'registered',
			registrationTokenHash: 'abc',
			registrationTokenExpiresAt: '2030-01-01T00:00:00.000Z',
			password: { algorithm: 'PBKDF2-SHA-256', iterations: 1, salt: 's', hash: 'h' }
		});
		expect(withoutCloudLogin(user)).toEqual({
			...user,
			registration: 'unregistered',
			registrationTokenHash: '',
			registrationTokenExpiresAt: '',
			password: null
		});
	});
});

describe('user filters', () => {
	const admin = makeUser({ id: 'a', role: 'account_admin', registration: 'registered' });
	const partner = makeUser({ id: 'p', role: 'partner', registration: 'registered' });
	const plain = makeUser({ id: 'u', licenses: ['mitel-one'] });
	const pbx = makeUser({ id: 'x', source: 'pbx', licenses: ['miteam'] });
	const micloud = makeUser({ id: 'm', source: 'micloud' });
	const flagged = makeUser({ id: 'f', micloudConnected: true, iotConnected: true, active: false });
	const all = [admin, partner, plain, pbx, micloud, flagged];

	function ids(property: UserProperty): string[] {
		return all.filter((u) => hasProperty(u, property)).map((u) => u.id);
	}

	it('has a predicate for every property', () => {
		expect(ids('admins')).toEqual(['a', 'p']);
		expect(ids('users')).toEqual(['u', 'x', 'm', 'f']);
		expect(ids('registered')).toEqual(['a', 'p']);
		expect(ids('unregistered')).toEqual(['u', 'x', 'm', 'f']);
		expect(ids('pbx')).toEqual(['x']);
		expect(ids('micloud')).toEqual(['m', 'f']);
		expect(ids('iot')).toEqual(['f']);
		expect(ids('inactive')).toEqual(['f']);
	});

	it('combines properties with OR, and property with product with AND', () => {
		const match = (properties: UserProperty[], products: string[]) =>
			all.filter((u) => matchesFilters(u, { properties, products })).map((u) => u.id);
		expect(match([], [])).toEqual(all.map((u) => u.id));
		expect(match(['admins', 'pbx'], [])).toEqual(['a', 'p', 'x']);
		expect(match([], ['mitel-one', 'miteam'])).toEqual(['u', 'x']);
		expect(match(['users'], ['miteam'])).toEqual(['x']);
		expect(match(['admins'], ['miteam'])).toEqual([]);
	});

	it('toggles a chosen filter on and off', () => {
		const on = toggleFilter({ properties: [], products: [] }, { property: 'admins' });
		expect(on).toEqual({ properties: ['admins'], products: [] });
		const both = toggleFilter(on, { product: 'miteam' });
		expect(both).toEqual({ properties: ['admins'], products: ['miteam'] });
		expect(toggleFilter(both, { property: 'admins' })).toEqual({
			properties: [],
			products: ['miteam']
		});
	});
});

describe('validateNewUsers', () => {
	const row = (email: string, extension = '') => ({
		firstName: 'Ana',
		lastName: 'Lima',
		email,
		mobile: '',
		extension,
		role: 'user'
	});

	it('judges each row against the account and the valid rows before it', () => {
		const results = validateNewUsers(
			[row('a@x.io', '10'), row(' A@X.IO '), row('b@x.io', '10'), row('c@x.io', '20'), row('bad')],
			{ emails: new Set(['c@x.io']), extensions: new Set(['30']) }
		);
		expect(results.map((r) => (r.ok ? 'ok' : r.errors))).toEqual([
			'ok',
			{ email: 'email_taken' },
			{ extension: 'extension_taken' },
			{ email: 'email_taken' },
			{ email: 'email_invalid' }
		]);
	});

	it('does not let an invalid row reserve its e-mail or extension', () => {
		const results = validateNewUsers(
			[{ ...row('a@x.io', '10'), firstName: '' }, row('a@x.io', '10')],
			{ emails: new Set(), extensions: new Set() }
		);
		expect(results.map((r) => r.ok)).toEqual([false, true]);
	});
});
