import { describe, expect, it } from 'vitest';
import type { SupportContact } from './model';
import {
	addContact,
	addTypedContact,
	canRemoveContact,
	contactChangeAllowed,
	contactLabel,
	removeContact,
	uniqueContacts
} from './support-contacts';

const DANA: SupportContact = {
	kind: 'user',
	userId: 'p1',
	name: 'Dana Lee',
	email: 'dana@example.com'
};
const HELP: SupportContact = { kind: 'email', email: 'help@globex.com' };

describe('support contacts', () => {
	it('adds a typed e-mail address, normalized', () => {
		expect(addTypedContact([], ' Help@Globex.COM ', 'partner')).toEqual({
			ok: true,
			contacts: [HELP]
		});
	});

	it('refuses an invalid address: "Contains an invalid email"', () => {
		for (const typed of ['help', 'help@globex', 'a b@c.com', '', '@globex.com'])
			expect(addTypedContact([HELP], typed, 'partner')).toEqual({
				ok: false,
				error: 'invalid_email'
			});
	});

	it('ignores duplicates: the same user, or the same address in any case', () => {
		expect(addContact([DANA], { ...DANA }, 'partner')).toEqual({ ok: true, contacts: [DANA] });
		expect(addTypedContact([HELP], 'HELP@globex.com', 'partner')).toEqual({
			ok: true,
			contacts: [HELP]
		});
		expect(addTypedContact([DANA], 'Dana@Example.com', 'partner')).toEqual({
			ok: true,
			contacts: [DANA]
		});
		expect(uniqueContacts([HELP, DANA, { kind: 'email', email: 'dana@example.com' }])).toEqual([
			HELP,
			DANA
		]);
	});

	it('lets a partner pick partner users, but not an account admin', () => {
		expect(addContact([HELP], DANA, 'partner')).toEqual({ ok: true, contacts: [HELP, DANA] });
		expect(addContact([HELP], DANA, 'account_admin')).toEqual({ ok: false, error: 'forbidden' });
		expect(addTypedContact([HELP], 'it@globex.com', 'account_admin')).toMatchObject({ ok: true });
	});

	it('never removes the last contact of an account', () => {
		expect(removeContact([HELP, DANA], HELP, 'partner')).toEqual({ ok: true, contacts: [DANA] });
		expect(removeContact([DANA], DANA, 'partner')).toEqual({ ok: false, error: 'last_contact' });
		// While a new account is being filled in, the list may be empty until "Save".
		expect(removeContact([DANA], DANA, 'partner', false)).toEqual({ ok: true, contacts: [] });
	});

	it('lets an account admin remove explicit addresses only', () => {
		const other: SupportContact = { kind: 'email', email: 'it@globex.com' };
		expect(canRemoveContact(HELP, 'account_admin')).toBe(true);
		expect(canRemoveContact(DANA, 'account_admin')).toBe(false);
		expect(removeContact([HELP, DANA], DANA, 'account_admin')).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(removeContact([HELP, other, DANA], other, 'account_admin')).toEqual({
			ok: true,
			contacts: [HELP, DANA]
		});
	});

	it('checks a whole new list against what an account admin may change', () => {
		expect(contactChangeAllowed([DANA, HELP], [HELP, DANA], 'account_admin')).toBe(true);
		expect(contactChangeAllowed([DANA], [DANA, HELP], 'account_admin')).toBe(true);
		expect(contactChangeAllowed([DANA, HELP], [HELP], 'account_admin')).toBe(false);
		expect(contactChangeAllowed([HELP], [HELP, DANA], 'account_admin')).toBe(false);
		expect(contactChangeAllowed([DANA, HELP], [HELP], 'partner')).toBe(true);
	});

	it('labels a chip with the name, else the address', () => {
		expect(contactLabel(DANA)).toBe('Dana Lee');
		expect(contactLabel({ ...DANA, name: '' })).toBe('dana@example.com');
		expect(contactLabel(HELP)).toBe('help@globex.com');
	});
});
