import { describe, expect, it } from 'vitest';
import { parseAccount, parseEvent, parseUser } from '$lib/domain/schema';
import { foldText } from '$lib/domain/text';
import { LOCALES } from '$lib/domain/locale';
import {
	HISTORY_DAYS,
	SAMPLE_SIZE,
	emailLocalPart,
	generateSampleData,
	scaleAccount,
	scaleEvents,
	scaleUsers,
	shares,
	type SampleInput
} from './sample-data';
import { FIRST_NAMES, LAST_NAMES } from './sample-data.names';

const NOW = '2026-03-15T12:00:00.000Z';
const PARTNER = { id: 'p1', name: 'Dana Lee', email: 'dana@example.com' };

function counterIds(prefix = 'id'): () => string {
	let n = 0;
	return () => `${prefix}-${(n += 1)}`;
}

function input(overrides: Partial<SampleInput> = {}): SampleInput {
	return {
		seed: 7,
		now: NOW,
		newId: counterIds(),
		partner: PARTNER,
		takenAccountNumbers: new Set(['123456789']),
		logTags: ['sample'],
		...overrides
	};
}

const data = generateSampleData(input());

// The simple format rules of the countries the sample uses (spec 10 has the full ones).
const POSTAL: Record<string, RegExp> = {
	US: /^\d{5}$/,
	CA: /^[A-Z]\d[A-Z] \d[A-Z]\d$/,
	GB: /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/,
	DE: /^\d{5}$/,
	FR: /^\d{5}$/,
	IT: /^\d{5}$/,
	ES: /^\d{5}$/,
	NL: /^[1-9]\d{3} [A-Z]{2}$/,
	CH: /^\d{4}$/,
	AU: /^\d{4}$/,
	JP: /^\d{3}-\d{4}$/
};

describe('generateSampleData', () => {
	it('makes 25 accounts, 2,500 users and 20,000 events, all complete records', () => {
		expect(data.accounts).toHaveLength(SAMPLE_SIZE.accounts);
		expect(data.users).toHaveLength(SAMPLE_SIZE.users);
		expect(data.events).toHaveLength(SAMPLE_SIZE.events);
		for (const account of data.accounts) expect(parseAccount(account)).toEqual(account);
		for (const user of data.users) expect(parseUser(user)).toEqual(user);
		for (const event of data.events.slice(0, 500)) expect(parseEvent(event)).toEqual(event);
	});

	it('spreads accounts over several countries, with valid postal codes and matching settings', () => {
		const countries = new Set(data.accounts.map((a) => a.country));
		expect(countries.size).toBeGreaterThanOrEqual(8);
		for (const account of data.accounts) {
			const format = POSTAL[account.country];
			expect(format, account.country).toBeDefined();
			expect(account.postalCode).toMatch(format!);
			expect(account.address).not.toBe('');
			expect(account.city).not.toBe('');
			expect(account.isPartner).toBe(false);
		}
		const byCountry = (c: string) => data.accounts.filter((a) => a.country === c);
		for (const a of byCountry('DE')) expect(a.defaultLanguage).toBe('de');
		for (const a of byCountry('NL')) expect(a.defaultLanguage).toBe('nl');
		for (const a of byCountry('IT')) expect(a.defaultLanguage).toBe('it');
		for (const a of byCountry('ES')) expect(a.defaultLanguage).toBe('es');
		for (const a of byCountry('FR')) expect(a.defaultLanguage).toBe('fr');
		for (const a of byCountry('US')) expect(a.defaultLanguage).toBe('en');
		for (const a of byCountry('JP')) expect(a.defaultLanguage).toBe('en');
		for (const a of byCountry('US')) expect(a.cloudLocation).toBe('north_america');
		for (const a of byCountry('CA')) expect(a.cloudLocation).toBe('north_america');
		for (const a of byCountry('DE')) expect(a.cloudLocation).toBe('europe');
		for (const a of byCountry('AU')) expect(a.cloudLocation).toBe('asia_pacific');
		for (const a of byCountry('JP')) expect(a.cloudLocation).toBe('asia_pacific');
	});

	it('gives every account the partner admin and one e-mail address as support contacts', () => {
		for (const account of data.accounts) {
			const [partner, email] = account.supportContacts;
			expect(partner).toEqual({
				kind: 'user',
				userId: PARTNER.id,
				name: PARTNER.name,
				email: PARTNER.email
			});
			expect(email?.kind).toBe('email');
			expect(email?.email).toMatch(/^it-support@[a-z0-9.-]+\.example$/);
			expect(account.supportContacts).toHaveLength(2);
		}
	});

	it('gives unique 9-digit Account IDs that never start with 0 and avoid taken ones', () => {
		const numbers = data.accounts.map((a) => a.accountNumber);
		expect(new Set(numbers).size).toBe(numbers.length);
		for (const n of numbers) {
			expect(n).toMatch(/^[1-9]\d{8}$/);
			expect(n).not.toBe('123456789');
		}
	});

	it('keeps e-mails and extensions unique within each account; extensions have 2-8 digits', () => {
		for (const account of data.accounts) {
			const users = data.users.filter((u) => u.accountId === account.id);
			expect(users.length).toBeGreaterThanOrEqual(10);
			const emails = users.map((u) => u.email.toLowerCase());
			expect(new Set(emails).size).toBe(emails.length);
			const extensions = users.map((u) => u.extension).filter((e) => e !== '');
			expect(new Set(extensions).size).toBe(extensions.length);
			for (const e of extensions) expect(e).toMatch(/^\d{2,8}$/);
			for (const email of emails) expect(email).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+\.example$/);
			// Every account has an account admin.
			expect(users.some((u) => u.role === 'account_admin')).toBe(true);
		}
		const total = data.users.length;
		const share = (pred: (u: (typeof data.users)[number]) => boolean) =>
			data.users.filter(pred).length / total;
		expect(share((u) => u.extension !== '')).toBeGreaterThan(0.5);
		expect(share((u) => u.extension !== '')).toBeLessThan(1);
		expect(share((u) => u.registration === 'registered')).toBeGreaterThan(0.4);
		expect(share((u) => u.registration === 'registered')).toBeLessThan(0.8);
		expect(share((u) => u.licenses.length > 0)).toBeGreaterThan(0.3);
		expect(share((u) => u.source === 'console')).toBeGreaterThan(0.7);
		for (const source of ['pbx', 'scim', 'micloud'] as const)
			expect(share((u) => u.source === source)).toBeGreaterThan(0);
		for (const u of data.users.filter((x) => x.source === 'scim')) expect(u.scim).not.toBeNull();
		for (const u of data.users.filter((x) => x.registration === 'registered'))
			expect(u.password?.algorithm).toBe('PBKDF2-SHA-256');
	});

	it('names users in the six languages, accents included', () => {
		const names = new Set(data.users.map((u) => u.name));
		for (const expected of ['Zoë', 'Müller', 'Françoise', 'José']) {
			expect(
				[...names].some((n) => n.includes(expected)),
				expected
			).toBe(true);
		}
		for (const locale of LOCALES) {
			expect(
				data.users.some((u) => FIRST_NAMES[locale].includes(u.firstName)),
				locale
			).toBe(true);
			expect(
				data.users.some((u) => LAST_NAMES[locale].includes(u.lastName)),
				locale
			).toBe(true);
		}
		expect(data.users.filter((u) => u.name !== foldText(u.name)).length).toBeGreaterThan(500);
	});

	it('dates every event within the last 90 days, with realistic assets, actors and changes', () => {
		const now = Date.parse(NOW);
		const accountIds = new Set(data.accounts.map((a) => a.id));
		for (const event of data.events) {
			const at = Date.parse(event.eventDate);
			expect(at).toBeLessThan(now);
			expect(at).toBeGreaterThan(now - HISTORY_DAYS * 86_400_000);
			expect(accountIds.has(event.accountId)).toBe(true);
			expect(event.logTags).toEqual(['sample']);
			if (event.action === 'Edit') expect(event.propertiesChanged.length).toBeGreaterThan(0);
		}
		const assets = new Set(data.events.map((e) => e.asset));
		expect(assets.size).toBeGreaterThanOrEqual(10);
		expect(new Set(data.events.map((e) => e.action))).toEqual(
			new Set(['Create', 'Edit', 'Delete'])
		);
		expect(new Set(data.events.map((e) => e.eventType))).toEqual(new Set(['Admin', 'MiVB']));
		const actors = new Set(data.events.map((e) => e.actorName));
		expect(actors.has(PARTNER.name)).toBe(true);
		expect(actors.has('System')).toBe(true);
		expect(actors.size).toBeGreaterThan(20);
		const months = new Set(data.events.map((e) => e.eventDate.slice(0, 7)));
		expect(months.size).toBeGreaterThanOrEqual(3);
		expect(new Set(data.events.map((e) => e.id)).size).toBe(data.events.length);
	});

	it('is deterministic for a seed and differs between seeds', () => {
		const again = generateSampleData(input());
		expect(again).toEqual(data);
		const other = generateSampleData(input({ seed: 8 }));
		expect(other.users.map((u) => u.name)).not.toEqual(data.users.map((u) => u.name));
	});

	it('makes smaller sets on request', () => {
		const small = generateSampleData(input({ users: 100, events: 50 }));
		expect(small.accounts).toHaveLength(25);
		expect(small.users).toHaveLength(100);
		expect(small.events).toHaveLength(50);
	});
});

describe('scale generators', () => {
	const account = scaleAccount({
		seed: 1,
		now: NOW,
		newId: counterIds('acct'),
		partner: PARTNER,
		takenAccountNumbers: new Set(),
		name: 'Globex Corporation'
	});

	it('makes N users for one account with unique e-mails and extensions', () => {
		const users = [
			...scaleUsers({
				seed: 3,
				now: NOW,
				newId: counterIds('u'),
				account,
				by: PARTNER,
				count: 20_000
			})
		];
		expect(users).toHaveLength(20_000);
		expect(new Set(users.map((u) => u.email)).size).toBe(20_000);
		expect(new Set(users.map((u) => u.extension)).size).toBe(20_000);
		for (const u of users.slice(0, 200)) {
			expect(u.accountId).toBe(account.id);
			expect(u.extension).toMatch(/^\d{2,8}$/);
			expect(parseUser(u)).toEqual(u);
		}
		expect(parseAccount(account)).toEqual(account);
	});

	it('makes M events of one account within 90 days', () => {
		const users = [
			...scaleUsers({ seed: 3, now: NOW, newId: counterIds('u'), account, by: PARTNER, count: 100 })
		];
		const events = [
			...scaleEvents({
				seed: 4,
				now: NOW,
				newId: counterIds('e'),
				account,
				partner: PARTNER,
				users,
				count: 5_000,
				logTags: ['sample']
			})
		];
		expect(events).toHaveLength(5_000);
		for (const e of events) {
			expect(e.accountId).toBe(account.id);
			expect(Date.parse(e.eventDate)).toBeGreaterThan(Date.parse(NOW) - HISTORY_DAYS * 86_400_000);
		}
	});
});

describe('helpers', () => {
	it('folds names into e-mail local parts', () => {
		expect(emailLocalPart('Zoë', "O'Brien")).toBe('zoe.obrien');
		expect(emailLocalPart('Daan', 'van den Berg')).toBe('daan.vandenberg');
		expect(emailLocalPart('Jürgen', 'Groß')).toBe('jurgen.gross');
	});

	it('splits a total in proportion with a minimum share', () => {
		expect(shares(100, [1, 1, 2], 10)).toEqual([25, 25, 50]);
		const split = shares(50, [100, 1, 1], 10);
		expect(split.reduce((a, b) => a + b, 0)).toBe(50);
		expect(Math.min(...split)).toBeGreaterThanOrEqual(10);
	});
});
