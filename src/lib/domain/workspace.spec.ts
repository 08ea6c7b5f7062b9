import { describe, expect, it } from 'vitest';
import {
	newAccountNumber,
	newWorkspaceRecords,
	splitName,
	validateCreateWorkspace
} from './workspace';
import { isValidEmail } from './validation';

describe('validateCreateWorkspace', () => {
	it('accepts a complete form and returns trimmed values with a lower-case email', () => {
		const result = validateCreateWorkspace({
			name: '  Dana   Lee ',
			email: ' Dana@Example.COM ',
			organization: ' Acme Telecom '
		});
		expect(result).toEqual({
			ok: true,
			value: { name: 'Dana Lee', email: 'dana@example.com', organization: 'Acme Telecom' }
		});
	});

	it('reports every missing field at once', () => {
		const result = validateCreateWorkspace({ name: ' ', email: '', organization: '' });
		expect(result).toEqual({
			ok: false,
			errors: { name: 'required', email: 'required', organization: 'required' }
		});
	});

	it('rejects an invalid email and a too long organization', () => {
		const result = validateCreateWorkspace({
			name: 'Dana',
			email: 'dana@example',
			organization: 'x'.repeat(101)
		});
		expect(result).toEqual({
			ok: false,
			errors: { email: 'email_invalid', organization: 'too_long' }
		});
	});
});

describe('isValidEmail', () => {
	it.each([
		'a@b.co',
		'first.last+tag@sub.example.org',
		"o'neil@example.ie",
		'x@xn--bcher-kva.example'
	])('accepts %s', (email) => expect(isValidEmail(email)).toBe(true));
	it.each(['', 'plain', 'a@b', 'a @b.com', 'a@b.c', '@example.com', 'a@-b.com', 'a@b..com'])(
		'rejects %s',
		(email) => expect(isValidEmail(email)).toBe(false)
	);
});

describe('splitName', () => {
	it('uses the last word as last name', () => {
		expect(splitName('Anna Maria de Vries')).toEqual({
			firstName: 'Anna Maria de',
			lastName: 'Vries'
		});
		expect(splitName('Cher')).toEqual({ firstName: 'Cher', lastName: '' });
	});
});

describe('newAccountNumber', () => {
	it('gives 9 digits without a leading zero and skips taken numbers', () => {
		const values = [5, 5, 7];
		const random = () => values.shift() ?? 0;
		const first = newAccountNumber(new Set(), random);
		expect(first).toBe('100000005');
		expect(newAccountNumber(new Set([first]), random)).toBe('100000007');
		expect(newAccountNumber(new Set(), () => 999_999_999)).toMatch(/^[1-9]\d{8}$/);
	});
});

describe('newWorkspaceRecords', () => {
	it('creates the partner account and its first partner administrator', () => {
		const { workspace, account, person } = newWorkspaceRecords(
			{ name: 'Dana Lee', email: 'dana@example.com', organization: 'Acme' },
			{
				workspaceId: 'w',
				partnerAccountId: 'a',
				personId: 'p',
				accountNumber: '123456789',
				now: '2026-01-01T00:00:00.000Z',
				locale: 'de',
				publicKey: { kty: 'EC' }
			}
		);
		expect(workspace).toMatchObject({ id: 'w', name: 'Acme', partnerAccountId: 'a' });
		expect(account).toMatchObject({
			id: 'a',
			isPartner: true,
			status: 'active',
			defaultLanguage: 'de'
		});
		expect(person).toMatchObject({
			accountId: 'a',
			role: 'partner',
			firstName: 'Dana',
			lastName: 'Lee',
			registration: 'registered'
		});
	});
});
