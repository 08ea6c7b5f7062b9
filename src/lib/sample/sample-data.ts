/**
 * Sample data (spec 19, First run): a realistic demo workspace (the Small size) and the one
 * 100,000-user account that the Large size adds, made deterministically from a seed so they look
 * the same everywhere and tests can pin them. Pure: ids and "now" are inputs, and the records are
 * complete domain records that go through the normal write path.
 *
 * ```ts
 * const data = generateSampleData({ seed: 1, now, newId, partner, takenAccountNumbers, logTags });
 * data.accounts.length; // 25
 * const big = scaleAccount({ seed: 1, now, newId, partner, takenAccountNumbers });
 * for (const user of scaleUsers({ seed: 2, now, newId, account: big, by: partner })) write(user);
 * ```
 */
import { cloudLocationFor } from '$lib/domain/countries';
import type { EventRecord } from '$lib/domain/events';
import { LOCALES, type Locale } from '$lib/domain/locale';
import type { Account, PasswordHash, User, UserSource } from '$lib/domain/model';
import { foldText } from '$lib/domain/text';
import { newAccountNumber } from '$lib/domain/workspace';
import { Rng } from './sample-data.random';
import { FIRST_NAMES, LAST_NAMES } from './sample-data.names';
import {
	MOBILE_PREFIX,
	SAMPLE_PLACES,
	sampleLanguage,
	type SamplePlace
} from './sample-data.places';
import { PRODUCT_IDS } from '$lib/domain/products';
import { historyEvents, type HistoryAccount, type SamplePerson } from './sample-data.events';
import { SCALE_ACCOUNT_NAME, SET_COUNTS } from './sample-data.sizes';

export type { SamplePerson };

/** The generated history covers this many days before "now". */
export const HISTORY_DAYS = 90;
/** Product ids of the licences sample users hold (15-orders-subscriptions.md). */
export const SAMPLE_PRODUCTS = PRODUCT_IDS;

const DAY = 86_400_000;

export interface SampleInput {
	seed: number;
	/** ISO time the data is made at: dates are in the past of it. */
	now: string;
	newId: () => string;
	/** The partner administrator loading the data: support contact, actor of events. */
	partner: SamplePerson;
	/** Account IDs already used in the workspace (never reused). */
	takenAccountNumbers: ReadonlySet<string>;
	/** Tags of the generated history events (e.g. `sample`), so they can be found again. */
	logTags: readonly string[];
}

export interface SampleData {
	accounts: Account[];
	users: User[];
	/** Past events (the history), dated within the last 90 days. */
	events: EventRecord[];
}

function isoBefore(now: string, ms: number): string {
	return new Date(Date.parse(now) - ms).toISOString();
}

function randomBetween(rng: Rng, from: string, to: string): string {
	const start = Date.parse(from);
	return new Date(start + Math.floor(rng.next() * (Date.parse(to) - start))).toISOString();
}

/** The local part of an e-mail address from a name: `Zoë O'Brien` → `zoe.obrien`. */
export function emailLocalPart(firstName: string, lastName: string): string {
	const part = (s: string) => foldText(s).replace(/[^a-z0-9]/g, '');
	return `${part(firstName)}.${part(lastName)}`;
}

/** Makes the users of one account: unique e-mails and extensions within it. */
class UserFactory {
	readonly #emails = new Map<string, number>();
	#nextExtension: number;

	constructor(
		readonly rng: Rng,
		readonly account: Account,
		readonly domain: string,
		readonly by: SamplePerson,
		readonly newId: () => string,
		readonly now: string,
		firstExtension: number
	) {
		this.#nextExtension = firstExtension;
	}

	#email(firstName: string, lastName: string): string {
		const local = emailLocalPart(firstName, lastName);
		const seen = this.#emails.get(local) ?? 0;
		this.#emails.set(local, seen + 1);
		// Names carry no digits, so a numbered address never collides with a plain one.
		return `${seen === 0 ? local : `${local}${seen + 1}`}@${this.domain}`;
	}

	/** Extensions rise with small gaps: unique in the account, 2-8 digits. */
	#extension(): string {
		this.#nextExtension += this.rng.int(1, 3);
		return String(this.#nextExtension);
	}

	make(language: Locale, admin: boolean, extensionShare: number): User {
		const { rng, account } = this;
		const firstName = rng.pick(FIRST_NAMES[language]);
		const lastName = rng.pick(LAST_NAMES[language]);
		const name = `${firstName} ${lastName}`;
		const email = this.#email(firstName, lastName);
		const source: UserSource = admin
			? 'console'
			: rng.weighted({ console: 80, import: 8, pbx: 6, scim: 4, micloud: 2 });
		const registered = source === 'micloud' || rng.chance(0.6);
		const extension = source === 'pbx' || rng.chance(extensionShare) ? this.#extension() : '';
		const mobilePrefix = MOBILE_PREFIX[account.country];
		const licenses: string[] = [];
		if (rng.chance(0.55))
			licenses.push(
				rng.weighted({ 'mitel-one-essential': 5, 'mitel-one-premier': 3, 'mitel-one-elite': 2 })
			);
		if (rng.chance(0.2)) licenses.push('miteam-meetings');
		const createdAt = randomBetween(rng, account.createdAt, this.now);
		const id = this.newId();
		return {
			id,
			accountId: account.id,
			firstName,
			lastName,
			name,
			email,
			role: admin ? 'account_admin' : 'user',
			source,
			registration: registered ? 'registered' : 'unregistered',
			active: admin || rng.chance(0.97),
			extension,
			mobile:
				mobilePrefix && rng.chance(0.35)
					? mobilePrefix.prefix + rng.digits(mobilePrefix.digits)
					: '',
			licenses,
			micloudConnected: source === 'micloud' || rng.chance(0.03),
			iotConnected: rng.chance(0.04),
			registrationTokenHash: '',
			registrationTokenExpiresAt: '',
			// Registered sample users have a password nobody knows: a hash of random bytes.
			password: registered ? placeholderPassword(rng) : null,
			scim:
				source === 'scim'
					? {
							schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
							externalId: id.slice(0, 8),
							userName: email,
							active: true,
							name: { givenName: firstName, familyName: lastName },
							emails: [{ value: email, type: 'work', primary: true }]
						}
					: null,
			createdAt,
			modifiedAt: createdAt,
			modifiedBy: this.by.id,
			modifiedByName: this.by.name
		};
	}
}

function placeholderPassword(rng: Rng): PasswordHash {
	return {
		algorithm: 'PBKDF2-SHA-256',
		iterations: 210_000,
		salt: rng.base64(16),
		hash: rng.base64(32)
	};
}

function makeAccount(
	rng: Rng,
	place: SamplePlace,
	input: { now: string; newId: () => string; partner: SamplePerson },
	accountNumber: string,
	status: Account['status']
): Account {
	const createdAt = isoBefore(input.now, rng.int(120, 720) * DAY + rng.int(0, DAY));
	const { partner } = input;
	return {
		id: input.newId(),
		accountNumber,
		name: place.name,
		status,
		isPartner: false,
		country: place.country,
		province: place.province,
		address: place.address,
		city: place.city,
		postalCode: place.postalCode,
		defaultLanguage: place.language ?? sampleLanguage(place.country),
		businessType: place.businessType,
		cloudLocation: cloudLocationFor(place.country),
		sapCustomerNumber: '',
		pbxType: '',
		supportContacts: [
			{ kind: 'user', userId: partner.id, name: partner.name, email: partner.email },
			{ kind: 'email', email: `it-support@${place.domain}` }
		],
		bandwidthOptimization: rng.chance(0.3),
		chatAllowEditDelete: rng.chance(0.8),
		createdAt,
		createdBy: partner.id,
		modifiedAt: createdAt,
		modifiedBy: partner.id,
		modifiedByName: partner.name
	};
}

/** Splits `total` in proportion to `weights`, each share at least `min`. */
export function shares(total: number, weights: readonly number[], min: number): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	const floor = Math.min(min, Math.floor(total / Math.max(1, weights.length)));
	const out = weights.map((w) => Math.max(floor, Math.floor((total * w) / sum)));
	let rest = total - out.reduce((a, b) => a + b, 0);
	for (let i = 0; rest !== 0 && out.length > 0; i = (i + 1) % out.length) {
		const step = rest > 0 ? 1 : -1;
		const value = out[i] ?? 0;
		if (step < 0 && value <= floor) continue;
		out[i] = value + step;
		rest -= step;
	}
	return out;
}

/** Mostly the account's language, sometimes a colleague from elsewhere. */
function userLanguage(rng: Rng, accountLanguage: Locale): Locale {
	return rng.chance(0.8) ? accountLanguage : rng.pick(LOCALES);
}

function admins(users: readonly User[]): SamplePerson[] {
	return users
		.filter((u) => u.role === 'account_admin')
		.map((u) => ({ id: u.id, name: u.name, email: u.email }));
}

/** The sample workspace content: 25 accounts, 2,500 users, 20,000 past events. */
export function generateSampleData(input: SampleInput): SampleData {
	const rng = new Rng(input.seed);
	const taken = new Set(input.takenAccountNumbers);
	const accounts = SAMPLE_PLACES.map((place, i) => {
		const number = newAccountNumber(taken, () => Math.floor(rng.next() * 1e9));
		taken.add(number);
		// One account is deactivated, so the "Deactivated" list has something to show.
		return makeAccount(rng, place, input, number, i === 3 ? 'deactivated' : 'active');
	});
	const counts = shares(
		SET_COUNTS.small.users,
		SAMPLE_PLACES.map((p) => p.size),
		10
	);
	const users: User[] = [];
	const history: HistoryAccount[] = [];
	accounts.forEach((account, i) => {
		const place = SAMPLE_PLACES[i];
		if (!place) return;
		const factory = new UserFactory(
			rng,
			account,
			place.domain,
			input.partner,
			input.newId,
			input.now,
			rng.int(2, 6) * 1000
		);
		const own: User[] = [];
		for (let n = 0; n < (counts[i] ?? 0); n += 1)
			own.push(
				factory.make(userLanguage(rng, account.defaultLanguage), n === 0 || rng.chance(0.03), 0.75)
			);
		users.push(...own);
		history.push({ account, users: own, admins: admins(own), weight: own.length });
	});
	const events = take(
		historyEvents(rng, {
			now: input.now,
			newId: input.newId,
			partner: input.partner,
			accounts: history,
			logTags: input.logTags,
			days: HISTORY_DAYS
		}),
		SET_COUNTS.small.events
	);
	return { accounts, users, events };
}

function take<T>(items: Iterable<T>, count: number): T[] {
	const out: T[] = [];
	if (count <= 0) return out;
	for (const item of items) {
		out.push(item);
		if (out.length >= count) break;
	}
	return out;
}

export interface ScaleAccountInput {
	seed: number;
	now: string;
	newId: () => string;
	partner: SamplePerson;
	takenAccountNumbers: ReadonlySet<string>;
}

const SCALE_PLACE: SamplePlace = {
	name: SCALE_ACCOUNT_NAME,
	country: 'GB',
	province: 'Greater London',
	address: '1 Canada Square',
	city: 'London',
	postalCode: 'E14 5AB',
	businessType: 'enterprise',
	domain: 'scaletest.example',
	size: 1
};

/** "Scale Test Ltd", the account of the Large sample (spec 00 targets: 100,000 users). */
export function scaleAccount(input: ScaleAccountInput): Account {
	const rng = new Rng(input.seed);
	const number = newAccountNumber(input.takenAccountNumbers, () => Math.floor(rng.next() * 1e9));
	return makeAccount(rng, SCALE_PLACE, input, number, 'active');
}

export interface ScaleUsersInput {
	seed: number;
	now: string;
	newId: () => string;
	account: Account;
	by: SamplePerson;
}

/**
 * The 100,000 users of "Scale Test Ltd", made lazily so they are written chunk by chunk and
 * never held at once: names from all six languages, unique e-mails, every user with a unique
 * extension (5-6 digits).
 */
export function* scaleUsers(input: ScaleUsersInput): Generator<User> {
	const rng = new Rng(input.seed);
	const factory = new UserFactory(
		rng,
		input.account,
		SCALE_PLACE.domain,
		input.by,
		input.newId,
		input.now,
		10_000
	);
	for (let n = 0; n < SET_COUNTS.scale.users; n += 1)
		yield factory.make(rng.pick(LOCALES), n === 0 || rng.chance(0.01), 1);
}

/** Past events of "Scale Test Ltd": its history minus the creation events its load writes. */
export const SCALE_HISTORY = SET_COUNTS.scale.events - SET_COUNTS.scale.users - 1;

export interface ScaleEventsInput {
	seed: number;
	now: string;
	newId: () => string;
	account: Account;
	partner: SamplePerson;
	/** Users the events refer to (a sample of the account's users is enough). */
	users: readonly User[];
	logTags: readonly string[];
}

/** The `SCALE_HISTORY` past events of "Scale Test Ltd" over the last 90 days, made lazily. */
export function* scaleEvents(input: ScaleEventsInput): Generator<EventRecord> {
	const rng = new Rng(input.seed);
	const stream = historyEvents(rng, {
		now: input.now,
		newId: input.newId,
		partner: input.partner,
		accounts: [
			{ account: input.account, users: input.users, admins: admins(input.users), weight: 1 }
		],
		logTags: input.logTags,
		days: HISTORY_DAYS
	});
	let n = 0;
	for (const event of stream) {
		if (n >= SCALE_HISTORY) return;
		n += 1;
		yield event;
	}
}
