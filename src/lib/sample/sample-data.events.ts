/**
 * The generated event history of the sample data: what partners, account admins, the PBX and
 * SCIM did to the sample accounts over the last 90 days (spec 17 assets, actions and types), with
 * the properties changed, the identity and new values in the core details and the previous values
 * in the extra details, exactly as `buildEvent` writes them for real changes.
 */
import { PRODUCT_IDS } from '$lib/domain/products';
import { buildEvent, type EventAsset, type EventRecord, type EventType } from '$lib/domain/events';
import type { Account, User } from '$lib/domain/model';
import type { Rng } from './sample-data.random';

type Json = Record<string, unknown>;

export interface SamplePerson {
	id: string;
	name: string;
	email: string;
}

/** One account whose history is generated, with the people who act on it. */
export interface HistoryAccount {
	account: Account;
	/** Users the history refers to (a few thousand at most are enough for variety). */
	users: readonly User[];
	admins: readonly SamplePerson[];
	/** Relative share of the events. */
	weight: number;
}

export interface HistoryInput {
	now: string;
	newId: () => string;
	partner: SamplePerson;
	accounts: readonly HistoryAccount[];
	logTags: readonly string[];
	/** Events fall in the `days` days before `now`. */
	days: number;
}

const DAY = 86_400_000;
const SYSTEM = { id: 'system', name: 'System' };
const SCIM = { id: 'scim', name: 'SCIM' };

/** A moment in the last `days` days, mostly on weekdays during office hours. */
export function historyDate(rng: Rng, now: string, days: number): string {
	const end = Date.parse(now);
	for (;;) {
		const day = new Date(end - rng.int(1, days - 1) * DAY);
		const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
		if (weekend && rng.chance(0.8)) continue;
		day.setUTCHours(rng.int(6, 18), rng.int(0, 59), rng.int(0, 59), rng.int(0, 999));
		return day.toISOString();
	}
}

interface Change {
	asset: EventAsset;
	type: EventType;
	assetId: string;
	before: Json | null;
	after: Json | null;
	identity: readonly string[];
	actor?: { id: string; name: string };
}

type Ctx = { rng: Rng; acc: HistoryAccount; newId: () => string; partner: SamplePerson };

/** Create, edit or delete of a record made by `make`, edited by `edit`. */
function lifecycle(
	ctx: Ctx,
	asset: EventAsset,
	type: EventType,
	identity: readonly string[],
	make: () => Json,
	edit: (record: Json) => Json
): Change {
	const record = make();
	const assetId = ctx.newId();
	const action = ctx.rng.weighted({ create: 40, edit: 45, delete: 15 });
	if (action === 'create') return { asset, type, assetId, before: null, after: record, identity };
	if (action === 'delete') return { asset, type, assetId, before: record, after: null, identity };
	return { asset, type, assetId, before: record, after: edit(record), identity };
}

function pickUser(ctx: Ctx): User {
	return ctx.rng.pick(ctx.acc.users);
}

const PHONE_MODELS = ['6905', '6910', '6920', '6930', '6940', '6970', '6867i', '6869i'];
const GROUP_NAMES = [
	'Sales',
	'Support',
	'Reception',
	'Accounts Payable',
	'IT Help Desk',
	'Warehouse'
];
const PRODUCTS = PRODUCT_IDS;
const INTEGRATIONS = [
	'Mitel One',
	'MiTeam Meetings',
	'Microsoft Teams',
	'CloudLink Gateway',
	'Twilio'
];
const LOG_SUBJECTS = [
	'Phones lose registration after firmware update',
	'Voicemail to e-mail not delivered',
	'Hunt group does not ring last agent',
	'Users cannot sign in to the desktop app',
	'Call recording missing for some calls',
	'Presence not shown in Teams'
];

/** A value of `list` other than `current`: an edit always changes something. */
function other<T>(rng: Rng, list: readonly T[], current: unknown): T {
	const choices = list.filter((item) => item !== current);
	return rng.pick(choices.length > 0 ? choices : list);
}

function mac(rng: Rng): string {
	const hex = () => rng.int(0, 255).toString(16).padStart(2, '0').toUpperCase();
	return `08:00:0F:${hex()}:${hex()}:${hex()}`;
}

function userEdit(ctx: Ctx): Change {
	const { rng } = ctx;
	const u = pickUser(ctx);
	const id = { name: u.name, email: u.email };
	const field = rng.weighted({
		extension: 20,
		mobile: 18,
		role: 10,
		registration: 14,
		active: 5,
		firstName: 8,
		email: 10
	});
	let before: Json;
	let after: Json;
	switch (field) {
		case 'extension':
			// Sample extensions have 4 or more digits, so a 3-digit one is always an older value.
			before = { ...id, extension: String(rng.int(100, 999)) };
			after = { ...id, extension: u.extension || String(rng.int(2000, 8999)) };
			break;
		case 'mobile':
			before = { ...id, mobile: '' };
			after = { ...id, mobile: u.mobile || `+1202555${rng.digits(4)}` };
			break;
		case 'role':
			before = { ...id, role: u.role === 'account_admin' ? 'user' : 'account_admin' };
			after = { ...id, role: u.role };
			break;
		case 'registration':
			before = { ...id, registration: 'unregistered' };
			after = { ...id, registration: 'registered' };
			break;
		case 'active':
			before = { ...id, active: !u.active };
			after = { ...id, active: u.active };
			break;
		case 'firstName': {
			// A typo corrected: the last letter was doubled.
			const old = u.firstName + u.firstName.slice(-1);
			before = { ...id, firstName: old, name: `${old} ${u.lastName}` };
			after = { ...id, firstName: u.firstName };
			break;
		}
		case 'email':
			before = { name: u.name, email: u.email.replace('@', '.old@') };
			after = id;
			break;
	}
	return {
		asset: 'User',
		type: 'Admin',
		assetId: u.id,
		before,
		after,
		identity: ['name', 'email']
	};
}

/** A user who was created and later deleted, or created and is long gone: not in the list now. */
function formerUser(ctx: Ctx, action: 'create' | 'delete'): Change {
	const u = pickUser(ctx);
	const record = {
		firstName: u.firstName,
		lastName: u.lastName,
		name: u.name,
		email: u.email.replace('@', `.${ctx.rng.int(2, 9)}@`),
		role: 'user',
		source: 'console'
	};
	return {
		asset: 'User',
		type: 'Admin',
		assetId: ctx.newId(),
		before: action === 'create' ? null : record,
		after: action === 'create' ? record : null,
		identity: ['name', 'email']
	};
}

function licence(ctx: Ctx): Change {
	const u = pickUser(ctx);
	const product = ctx.rng.pick(PRODUCTS);
	const others = u.licenses.filter((p) => p !== product);
	const assign = ctx.rng.chance(0.75);
	const withIt = [...others, product].sort();
	return {
		asset: 'License',
		type: 'Admin',
		assetId: u.id,
		before: { name: u.name, email: u.email, licenses: assign ? others : withIt },
		after: { name: u.name, email: u.email, licenses: assign ? withIt : others },
		identity: ['name', 'email']
	};
}

function accountEdit(ctx: Ctx): Change {
	const { rng } = ctx;
	const a = ctx.acc.account;
	const id = { name: a.name, accountNumber: a.accountNumber };
	const field = rng.weighted({ address: 3, businessType: 2, bandwidth: 2, chat: 1, contacts: 2 });
	const pairs: Record<typeof field, [Json, Json]> = {
		// The company moved down the street.
		address: [
			{ address: a.address.replace(/\d+/, (n) => String(Number(n) + 2)) },
			{ address: a.address }
		],
		businessType: [{ businessType: '' }, { businessType: a.businessType }],
		bandwidth: [
			{ bandwidthOptimization: !a.bandwidthOptimization },
			{ bandwidthOptimization: a.bandwidthOptimization }
		],
		chat: [
			{ chatAllowEditDelete: !a.chatAllowEditDelete },
			{ chatAllowEditDelete: a.chatAllowEditDelete }
		],
		contacts: [
			{ supportContacts: a.supportContacts.slice(0, 1) },
			{ supportContacts: a.supportContacts }
		]
	};
	const [before, after] = pairs[field];
	return {
		asset: 'Account',
		type: 'Admin',
		assetId: a.id,
		before: { ...id, ...before },
		after: { ...id, ...after },
		identity: ['name', 'accountNumber']
	};
}

/** One change of one kind; MiVB kinds are PBX administration seen through the gateway. */
function change(ctx: Ctx): Change {
	const { rng } = ctx;
	const kind = rng.weighted({
		userEdit: 30,
		licence: 12,
		userCreate: 5,
		userDelete: 3,
		scim: 4,
		account: 3,
		phone: 9,
		did: 4,
		dnRange: 1,
		group: 3,
		membership: 6,
		pbxProfile: 5,
		supportLog: 5,
		order: 2,
		role: 2,
		integration: 3,
		templated: 2,
		manager: 1
	});
	const phoneExt = () => String(rng.int(2000, 8999));
	switch (kind) {
		case 'userEdit':
			return userEdit(ctx);
		case 'scim':
			return { ...userEdit(ctx), actor: SCIM };
		case 'licence':
			return licence(ctx);
		case 'userCreate':
			return formerUser(ctx, 'create');
		case 'userDelete':
			return formerUser(ctx, 'delete');
		case 'account':
			return accountEdit(ctx);
		case 'phone':
			return lifecycle(
				ctx,
				'Phone',
				'MiVB',
				['macAddress', 'model'],
				() => ({ macAddress: mac(rng), model: rng.pick(PHONE_MODELS), extension: phoneExt() }),
				(p) => ({ ...p, model: other(rng, PHONE_MODELS, p.model) })
			);
		case 'did':
			return lifecycle(
				ctx,
				'DID',
				'MiVB',
				['number'],
				() => ({ number: `+1617555${rng.digits(4)}`, destination: phoneExt() }),
				(d) => ({ ...d, destination: String(Number(d.destination) + 1) })
			);
		case 'dnRange': {
			const start = rng.int(2, 8) * 1000;
			return lifecycle(
				ctx,
				'DN Range',
				'MiVB',
				['start', 'end'],
				() => ({ start: String(start), end: String(start + 999) }),
				(r) => ({ ...r, end: String(start + 499) })
			);
		}
		case 'group':
			return lifecycle(
				ctx,
				'Group',
				'MiVB',
				['name'],
				() => ({ name: rng.pick(GROUP_NAMES), type: rng.pick(['hunt', 'pickup', 'ring']) }),
				(g) => ({ ...g, type: other(rng, ['hunt', 'pickup', 'ring'], g.type) })
			);
		case 'membership': {
			const u = pickUser(ctx);
			return lifecycle(
				ctx,
				'Group Membership',
				'MiVB',
				['group', 'member'],
				() => ({ group: rng.pick(GROUP_NAMES), member: u.name, extension: u.extension }),
				(m) => ({ ...m, position: rng.int(1, 12) })
			);
		}
		case 'pbxProfile': {
			const u = pickUser(ctx);
			return {
				asset: 'PBX User Profile',
				type: 'MiVB',
				assetId: u.id,
				before: { name: u.name, callForwarding: 'off', voicemail: false },
				after: {
					name: u.name,
					callForwarding: rng.pick(['busy', 'no_answer', 'always']),
					voicemail: rng.chance(0.5)
				},
				identity: ['name']
			};
		}
		case 'supportLog':
			return lifecycle(
				ctx,
				'Support Log',
				'Admin',
				['subject'],
				() => ({ subject: rng.pick(LOG_SUBJECTS), status: 'Reported' }),
				(l) => ({ ...l, status: rng.pick(['In Progress', 'Closed']) })
			);
		case 'order':
			return {
				asset: 'Order',
				type: 'Admin',
				assetId: ctx.newId(),
				before: { trackingNumber: `TRK-${rng.digits(8)}`, accountId: '' },
				after: { trackingNumber: `TRK-${rng.digits(8)}`, accountId: ctx.acc.account.id },
				identity: ['trackingNumber'],
				actor: ctx.partner
			};
		case 'role':
			return lifecycle(
				ctx,
				'Role',
				'Admin',
				['name'],
				() => ({
					name: rng.pick(['Help Desk', 'Read-only Auditor', 'Site Admin']),
					basedOn: 'partner'
				}),
				(r) => ({ ...r, permissions: ['users.view', 'users.edit'] })
			);
		case 'integration':
			return lifecycle(
				ctx,
				'Integration',
				'Admin',
				['name'],
				() => ({ name: rng.pick(INTEGRATIONS), enabled: true }),
				(i) => ({ ...i, enabled: false })
			);
		case 'templated':
			return lifecycle(
				ctx,
				'Templated Services',
				'Admin',
				['name'],
				() => ({ name: 'Standard desk user', services: ['voicemail', 'chat'] }),
				(s) => ({ ...s, services: ['voicemail', 'chat', 'meetings'] })
			);
		case 'manager':
			return {
				asset: 'Account Manager',
				type: 'Admin',
				assetId: ctx.partner.id,
				before: { name: ctx.partner.name, accounts: [] },
				after: { name: ctx.partner.name, accounts: [ctx.acc.account.id] },
				identity: ['name'],
				actor: ctx.partner
			};
	}
}

function actorOf(ctx: Ctx, type: EventType): { id: string; name: string } {
	const { rng, acc, partner } = ctx;
	const who = rng.weighted(
		type === 'MiVB' ? { partner: 30, admin: 50, system: 20 } : { partner: 45, admin: 50, system: 5 }
	);
	if (who === 'system') return SYSTEM;
	if (who === 'admin' && acc.admins.length > 0) return rng.pick(acc.admins);
	return partner;
}

/**
 * An endless stream of past events for the given accounts, each account getting events in
 * proportion to its weight. Take as many as needed.
 */
export function* historyEvents(rng: Rng, input: HistoryInput): Generator<EventRecord> {
	const accounts = input.accounts.filter((a) => a.users.length > 0);
	if (accounts.length === 0) return;
	const weights: Record<string, number> = {};
	accounts.forEach((a, i) => (weights[String(i)] = a.weight));
	for (;;) {
		const acc = accounts[Number(rng.weighted(weights))] ?? accounts[0];
		if (!acc) return;
		const ctx: Ctx = { rng, acc, newId: input.newId, partner: input.partner };
		const c = change(ctx);
		const actor = c.actor ?? actorOf(ctx, c.type);
		yield buildEvent({
			id: input.newId(),
			accountId: acc.account.id,
			actor: { id: actor.id, name: actor.name },
			asset: c.asset,
			assetId: c.assetId,
			eventDate: historyDate(rng, input.now, input.days),
			before: c.before,
			after: c.after,
			identity: c.identity,
			eventType: c.type,
			logTags: [...input.logTags]
		});
	}
}
