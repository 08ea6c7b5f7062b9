import { describe, expect, it } from 'vitest';
import { parseAccount, parseEvent, parseUser } from '$lib/domain/schema';
import { foldText } from '$lib/domain/text';
import { LOCALES } from '$lib/domain/locale';
import type { User } from '$lib/domain/model';
import {
	HISTORY_DAYS,
	SCALE_HISTORY,
	emailLocalPart,
	generateSampleData,
	scaleAccount,
	scaleEvents,
	scaleUsers,
	shares,
	type SampleInput
} from './sample-data';
import { FIRST_NAMES, LAST_NAMES } from './sample-data.names';
import { SET_COUNTS, countsOf, setsOf, setsToLoad } from './sample-data.sizes';

const SAMPLE_SIZE = SET_COUNTS.small;

function firstOf<T>(items: Iterable<T>, count: number): T[] {
	const out: T[] = [];
	for (const item of items) {
		if (out.length >= count) break;
		out.push(item);
	}
	return out;
}

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
});

describe('the Large size: Scale Test Ltd', () => {
	const accountInput = {
		seed: 1,
		now: NOW,
		newId: counterIds('acct'),
		partner: PARTNER,
		takenAccountNumbers: new Set(['123456789'])
	};
	const account = scaleAccount(accountInput);
	const usersOf = (seed: number) =>
		scaleUsers({ seed, now: NOW, newId: counterIds('u'), account, by: PARTNER });
	// All 100,000, made once: the generator is what the load writes, so its full count is tested.
	const users: User[] = [...usersOf(3)];

	it('is one valid account named Scale Test Ltd with a fresh Account ID', () => {
		expect(account.name).toBe('Scale Test Ltd');
		expect(parseAccount(account)).toEqual(account);
		expect(account.accountNumber).toMatch(/^[1-9]\d{8}$/);
		expect(account.accountNumber).not.toBe('123456789');
	});

	it('has 100,000 users with unique e-mails and extensions, names from six languages', () => {
		expect(users).toHaveLength(100_000);
		expect(users).toHaveLength(SET_COUNTS.scale.users);
		expect(new Set(users.map((u) => u.email)).size).toBe(100_000);
		expect(new Set(users.map((u) => u.extension)).size).toBe(100_000);
		expect(new Set(users.map((u) => u.id)).size).toBe(100_000);
		for (const u of users.filter((_, i) => i % 500 === 0)) {
			expect(u.accountId).toBe(account.id);
			expect(u.extension).toMatch(/^\d{2,8}$/);
			expect(parseUser(u)).toEqual(u);
		}
		for (const locale of LOCALES)
			expect(
				users.some((u) => LAST_NAMES[locale].includes(u.lastName)),
				locale
			).toBe(true);
		expect(users[0]?.role).toBe('account_admin');
		// Enough variety for the Property and Product filters to narrow the list.
		const share = (pred: (u: User) => boolean) => users.filter(pred).length / users.length;
		expect(share((u) => u.registration === 'unregistered')).toBeGreaterThan(0.2);
		expect(share((u) => u.registration === 'unregistered')).toBeLessThan(0.6);
		expect(share((u) => !u.active)).toBeGreaterThan(0.01);
		expect(share((u) => u.licenses.includes('miteam-meetings'))).toBeGreaterThan(0.1);
	});

	it('is the same for a seed and differs between seeds', () => {
		const again = scaleAccount({ ...accountInput, newId: counterIds('acct') });
		expect(again).toEqual(account);
		const first = (seed: number) => firstOf(usersOf(seed), 200);
		expect(first(3)).toEqual(users.slice(0, 200));
		expect(first(4).map((u) => u.name)).not.toEqual(users.slice(0, 200).map((u) => u.name));
	});

	it('has a history that makes 200,000 events with the creation events of its records', () => {
		const history = (seed: number) =>
			scaleEvents({
				seed,
				now: NOW,
				newId: counterIds('e'),
				account,
				partner: PARTNER,
				users: users.slice(0, 2000),
				logTags: ['sample']
			});
		let count = 0;
		let earliest = Infinity;
		let latest = -Infinity;
		const accounts = new Set<string>();
		for (const e of history(4)) {
			count += 1;
			accounts.add(e.accountId);
			const at = Date.parse(e.eventDate);
			earliest = Math.min(earliest, at);
			latest = Math.max(latest, at);
		}
		expect(count).toBe(SCALE_HISTORY);
		expect([...accounts]).toEqual([account.id]);
		expect(earliest).toBeGreaterThan(Date.parse(NOW) - HISTORY_DAYS * 86_400_000);
		expect(latest).toBeLessThan(Date.parse(NOW));
		// The account and each user get their Create event when they are written.
		expect(count + SET_COUNTS.scale.users + 1).toBe(200_000);
		expect(firstOf(history(4), 50)).toEqual(firstOf(history(4), 50));
		expect(firstOf(history(5), 50)).not.toEqual(firstOf(history(4), 50));
	});
});

describe('sizes', () => {
	it('Small is the demo, Large the demo plus Scale Test Ltd', () => {
		expect(countsOf(setsOf('small'))).toEqual({ accounts: 25, users: 2500, events: 20_000 });
		expect(countsOf(setsOf('large'))).toEqual({ accounts: 26, users: 102_500, events: 220_000 });
	});

	it('a load adds only what is not there yet', () => {
		expect(setsToLoad('small', new Set())).toEqual(['small']);
		expect(setsToLoad('large', new Set())).toEqual(['small', 'scale']);
		expect(setsToLoad('large', new Set(['small']))).toEqual(['scale']);
		expect(setsToLoad('small', new Set(['small']))).toEqual([]);
		expect(setsToLoad('large', new Set(['small', 'scale']))).toEqual([]);
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
