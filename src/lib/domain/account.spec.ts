import { describe, expect, it } from 'vitest';
import {
	accountFormOf,
	accountNameKey,
	changedFields,
	emptyAccountForm,
	errorsStillValid,
	formTouched,
	newAccountRecord,
	readOnlyFields,
	validateAccount,
	validateAccountChange,
	type AccountForm
} from './account';
import { COUNTRY_CODES, cloudLocationFor, isCountryCode } from './countries';
import { normalizeSubdivision, subdivisionName, subdivisionsOf } from './subdivisions';
import { makeAccount } from '../../../tests/fixtures/records';

const OPTS = { nameTaken: false, requireContacts: true };

function form(overrides: Partial<AccountForm> = {}): AccountForm {
	return {
		name: 'Globex Corporation',
		country: 'US',
		province: 'CA',
		address: '1 Main Street',
		city: 'Springfield',
		postalCode: '12345',
		defaultLanguage: 'en',
		businessType: '',
		supportContacts: [{ kind: 'email', email: 'help@globex.com' }],
		...overrides
	};
}

describe('validateAccount', () => {
	it('accepts a complete form and returns normalized values', () => {
		const result = validateAccount(
			form({
				name: '  Globex   Corporation ',
				country: 'ca',
				province: 'on',
				postalCode: 'k1a0b1'
			}),
			OPTS
		);
		expect(result).toEqual({
			ok: true,
			value: {
				name: 'Globex Corporation',
				country: 'CA',
				province: 'ON',
				address: '1 Main Street',
				city: 'Springfield',
				postalCode: 'K1A 0B1',
				defaultLanguage: 'en',
				businessType: '',
				supportContacts: [{ kind: 'email', email: 'help@globex.com' }]
			}
		});
	});

	it('reports every missing required field at once, keeping optional ones quiet', () => {
		const result = validateAccount(emptyAccountForm('de'), OPTS);
		expect(result).toEqual({
			ok: false,
			errors: {
				name: 'required',
				country: 'required',
				address: 'required',
				city: 'required',
				postalCode: 'required',
				supportContacts: 'contacts_required'
			}
		});
	});

	it('limits the customer name to 100 characters after trimming', () => {
		expect(validateAccount(form({ name: ` ${'x'.repeat(100)} ` }), OPTS).ok).toBe(true);
		expect(validateAccount(form({ name: 'x'.repeat(101) }), OPTS)).toEqual({
			ok: false,
			errors: { name: 'too_long' }
		});
	});

	it('refuses a name another account already has', () => {
		expect(validateAccount(form(), { ...OPTS, nameTaken: true })).toEqual({
			ok: false,
			errors: { name: 'name_taken' }
		});
	});

	it('compares names case- and accent-insensitively', () => {
		expect(accountNameKey('  Müller   GmbH ')).toBe(accountNameKey('MULLER gmbh'));
		expect(accountNameKey('Café Noir')).toBe('cafe noir');
	});

	it('needs an ISO 3166-1 alpha-2 country', () => {
		expect(validateAccount(form({ country: 'XX' }), OPTS)).toMatchObject({
			errors: { country: 'country_invalid' }
		});
		expect(validateAccount(form({ country: 'USA' }), OPTS)).toMatchObject({
			errors: { country: 'country_invalid' }
		});
	});

	it('takes a subdivision of the list for US, CA and AU, by code or name', () => {
		const au = validateAccount(
			form({ country: 'AU', province: 'victoria', postalCode: '3000' }),
			OPTS
		);
		expect(au).toMatchObject({ ok: true, value: { province: 'VIC' } });
		expect(validateAccount(form({ country: 'US', province: 'Bavaria' }), OPTS)).toMatchObject({
			errors: { province: 'province_invalid' }
		});
		expect(validateAccount(form({ province: '' }), OPTS).ok).toBe(true);
	});

	it('keeps free text as the province elsewhere, up to 100 characters', () => {
		const de = validateAccount(
			form({ country: 'DE', province: ' Bayern ', postalCode: '80331' }),
			OPTS
		);
		expect(de).toMatchObject({ ok: true, value: { province: 'Bayern' } });
		expect(
			validateAccount(form({ country: 'DE', province: 'x'.repeat(101), postalCode: '80331' }), OPTS)
		).toMatchObject({ errors: { province: 'too_long' } });
	});

	it('checks the postal code against the country', () => {
		expect(validateAccount(form({ postalCode: '1234' }), OPTS)).toMatchObject({
			errors: { postalCode: 'postal_invalid' }
		});
		expect(
			validateAccount(form({ country: 'NL', province: '', postalCode: '1234ab' }), OPTS)
		).toMatchObject({ ok: true, value: { postalCode: '1234 AB' } });
		expect(
			validateAccount(form({ country: 'GB', province: '', postalCode: 'sw1a1aa' }), OPTS)
		).toMatchObject({ ok: true, value: { postalCode: 'SW1A 1AA' } });
	});

	it('judges neither province nor postal format while the country is invalid', () => {
		const result = validateAccount(
			form({ country: '', province: 'Nowhere', postalCode: '1' }),
			OPTS
		);
		expect(result).toEqual({ ok: false, errors: { country: 'required' } });
	});

	it('limits address and city', () => {
		const result = validateAccount(form({ address: 'a'.repeat(201), city: 'c'.repeat(101) }), OPTS);
		expect(result).toEqual({ ok: false, errors: { address: 'too_long', city: 'too_long' } });
	});

	it('needs one of the six languages and a known business type', () => {
		expect(validateAccount(form({ defaultLanguage: 'pt' }), OPTS)).toMatchObject({
			errors: { defaultLanguage: 'language_invalid' }
		});
		expect(validateAccount(form({ businessType: 'farm' }), OPTS)).toMatchObject({
			errors: { businessType: 'business_type_invalid' }
		});
		expect(validateAccount(form({ businessType: 'healthcare' }), OPTS)).toMatchObject({
			ok: true,
			value: { businessType: 'healthcare' }
		});
	});

	it('needs at least one support contact for a customer account, and drops duplicates', () => {
		expect(validateAccount(form({ supportContacts: [] }), OPTS)).toEqual({
			ok: false,
			errors: { supportContacts: 'contacts_required' }
		});
		expect(
			validateAccount(form({ supportContacts: [] }), { ...OPTS, requireContacts: false }).ok
		).toBe(true);
		const twice = validateAccount(
			form({
				supportContacts: [
					{ kind: 'email', email: 'a@example.com' },
					{ kind: 'email', email: 'A@example.com' }
				]
			}),
			OPTS
		);
		expect(twice).toMatchObject({ value: { supportContacts: [{ email: 'a@example.com' }] } });
	});
});

describe('the form', () => {
	it('starts empty with the UI language as default language', () => {
		expect(emptyAccountForm('fr')).toMatchObject({ defaultLanguage: 'fr', supportContacts: [] });
		expect(formTouched(emptyAccountForm('fr'), 'fr')).toBe(false);
		expect(formTouched({ ...emptyAccountForm('fr'), city: 'L' }, 'fr')).toBe(true);
		expect(formTouched({ ...emptyAccountForm('fr'), defaultLanguage: 'de' }, 'fr')).toBe(true);
	});

	it('lists the fields that differ', () => {
		const before = accountFormOf(makeAccount());
		expect(changedFields(before, { ...before })).toEqual([]);
		expect(changedFields(before, { ...before, city: 'Bonn', supportContacts: [] })).toEqual([
			'city',
			'supportContacts'
		]);
	});
});

describe('errorsStillValid', () => {
	it('drops the error of a field once it changes, and the country takes its dependents along', () => {
		const then = form({ postalCode: '1', province: 'XX' });
		const errors = {
			postalCode: 'postal_invalid',
			province: 'province_invalid',
			city: 'required'
		} as const;
		expect(errorsStillValid(errors, then, { ...then })).toEqual(errors);
		expect(errorsStillValid(errors, then, { ...then, postalCode: '12345' })).toEqual({
			province: 'province_invalid',
			city: 'required'
		});
		expect(errorsStillValid(errors, then, { ...then, country: 'DE' })).toEqual({
			city: 'required'
		});
	});
});

describe('validateAccountChange', () => {
	const current = makeAccount();

	it('returns only what really changes, normalized', () => {
		const result = validateAccountChange(
			current,
			{ ...accountFormOf(current), name: ' Acme  AG ', city: 'Berlin ' },
			OPTS
		);
		expect(result).toEqual({ ok: true, patch: { name: 'Acme AG' } });
	});

	it('re-checks the postal code and province when the country changes', () => {
		const result = validateAccountChange(
			current,
			{ ...accountFormOf(current), country: 'CA' },
			OPTS
		);
		expect(result).toEqual({ ok: false, errors: { postalCode: 'postal_invalid' } });
		const fixed = validateAccountChange(
			current,
			{ ...accountFormOf(current), country: 'NL', postalCode: '1012js' },
			OPTS
		);
		expect(fixed).toEqual({ ok: true, patch: { country: 'NL', postalCode: '1012 JS' } });
	});

	it('lets an account with incomplete older data change another field', () => {
		const partner = makeAccount({
			isPartner: true,
			country: '',
			postalCode: '',
			supportContacts: []
		});
		const result = validateAccountChange(
			partner,
			{ ...accountFormOf(partner), name: 'Acme Telecom Ltd' },
			{ nameTaken: false, requireContacts: false }
		);
		expect(result).toEqual({ ok: true, patch: { name: 'Acme Telecom Ltd' } });
	});

	it('reports errors of the changed fields only', () => {
		const result = validateAccountChange(
			current,
			{ ...accountFormOf(current), address: ' ', supportContacts: [] },
			OPTS
		);
		expect(result).toEqual({
			ok: false,
			errors: { address: 'required', supportContacts: 'contacts_required' }
		});
	});
});

describe('newAccountRecord', () => {
	it('creates an active customer account whose cloud location follows the country', () => {
		const valid = validateAccount(form({ country: 'FR', province: '', postalCode: '75008' }), OPTS);
		if (!valid.ok) throw new Error('invalid');
		const account = newAccountRecord(valid.value, {
			id: 'id1',
			accountNumber: '123456789',
			now: '2026-01-01T00:00:00.000Z',
			actor: { id: 'p1', name: 'Dana Lee' }
		});
		expect(account).toMatchObject({
			id: 'id1',
			accountNumber: '123456789',
			status: 'active',
			isPartner: false,
			cloudLocation: 'europe',
			sapCustomerNumber: '',
			pbxType: '',
			bandwidthOptimization: false,
			chatAllowEditDelete: true,
			modifiedByName: 'Dana Lee'
		});
	});

	it('names the read-only fields of a patch', () => {
		expect(readOnlyFields({ name: 'x', accountNumber: '1', cloudLocation: 'europe' })).toEqual([
			'accountNumber',
			'cloudLocation'
		]);
		expect(readOnlyFields({ city: 'x', chatAllowEditDelete: false })).toEqual([]);
	});
});

describe('countries and cloud locations', () => {
	it('lists the 249 ISO 3166-1 countries, each with a name Intl knows', () => {
		expect(COUNTRY_CODES).toHaveLength(249);
		expect(new Set(COUNTRY_CODES).size).toBe(249);
		const names = new Intl.DisplayNames(['en'], { type: 'region' });
		for (const code of COUNTRY_CODES) expect(names.of(code)).not.toBe(code);
		expect(isCountryCode('DE')).toBe(true);
		expect(isCountryCode('de')).toBe(false);
		expect(isCountryCode('UK')).toBe(false);
	});

	it.each([
		['US', 'north_america'],
		['CA', 'north_america'],
		['MX', 'north_america'],
		['BR', 'north_america'],
		['JM', 'north_america'],
		['DE', 'europe'],
		['GB', 'europe'],
		['NO', 'europe'],
		['CH', 'europe'],
		['PL', 'europe'],
		['AU', 'asia_pacific'],
		['JP', 'asia_pacific'],
		['IN', 'asia_pacific'],
		['ZA', 'asia_pacific'],
		['AE', 'asia_pacific']
	])('%s is served from %s', (country, location) => {
		expect(cloudLocationFor(country)).toBe(location);
	});
});

describe('subdivisions', () => {
	it('has the lists of the US, Canada and Australia only', () => {
		expect(subdivisionsOf('US')).toHaveLength(56);
		expect(subdivisionsOf('CA')).toHaveLength(13);
		expect(subdivisionsOf('AU')).toHaveLength(8);
		expect(subdivisionsOf('DE')).toBeNull();
	});

	it('names codes and turns names into codes', () => {
		expect(subdivisionName('CA', 'QC')).toBe('Quebec');
		expect(subdivisionName('DE', 'Bayern')).toBe('Bayern');
		expect(normalizeSubdivision('US', 'new york')).toBe('NY');
		expect(normalizeSubdivision('US', 'ny')).toBe('NY');
		expect(normalizeSubdivision('US', 'Narnia')).toBeNull();
		expect(normalizeSubdivision('FR', ' Île-de-France ')).toBe('Île-de-France');
	});
});
