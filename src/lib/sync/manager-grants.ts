import { signGrant, type Grant, type GrantScope } from '$relay/grants';
import { managerState, type Intent, type IntentKind } from '$lib/domain/intents';
import { deviceKeys } from '$lib/db/credentials.query';
import { spkiOf, workspaceVerifyKey } from './credentials';
import { devicesOf, onDevicesChange, registerDevice } from './devices';
import { INTENTS_MAP, intentWinners } from './intents';
import { httpBase } from './invite';
import { relayClient } from './relay-client';
import type { Room } from './room';

/** A grant signed for someone else lasts 30 days; an administrator's device renews it weekly. */
const GRANT_TTL_MS = 30 * 24 * 3600_000;
const RENEW_MS = 7 * 24 * 3600_000;
/** Changes are gathered this long before grants are signed (a bulk assignment is many). */
const SETTLE_MS = 150;
/** A grant the relay did not take is tried again after this long. */
const RETRY_MS = 5_000;

interface Issued {
	fingerprint: string;
	at: number;
}

/**
 * Keeps the grants of the workspace's account managers at the relay (ARCHITECTURE.md, Security;
 * spec 14): a manager's grant covers the workspace room, the partner account's events and the
 * accounts assigned to them, on every device the registry proves is theirs; a manager upgraded
 * back gets a grant for every room again. The relay closes at once what a replaced grant no
 * longer covers, so an unassigned account is gone from the manager's devices within moments.
 *
 * Every device leaves its own grant in the registry (`devices.ts`); devices that hold the
 * workspace private key (administrators') also sign and store the others' grants. They do so only
 * while their workspace room is in step with the relay, so a device back from a train never
 * stores a grant from what it knew before: after its changes merged it signs again from the
 * merged state, and the relay keeps the newest grant.
 */
export class ManagerGrants {
	readonly #room: Room;
	readonly #selfId: string;
	readonly #partnerAccountId: string;
	readonly #publicKey: JsonWebKey;
	readonly #issued = new Map<string, Issued>();
	#timer: ReturnType<typeof setTimeout> | null = null;
	#running: Promise<void> | null = null;
	#again = false;
	#stops: (() => void)[] = [];
	#lastIat = 0;

	constructor(args: {
		room: Room;
		selfId: string;
		partnerAccountId: string;
		workspacePublicKey: JsonWebKey;
	}) {
		this.#room = args.room;
		this.#selfId = args.selfId;
		this.#partnerAccountId = args.partnerAccountId;
		this.#publicKey = args.workspacePublicKey;
	}

	start(): void {
		const intents = this.#room.map(INTENTS_MAP);
		const onIntents = () => this.#schedule();
		intents.observe(onIntents);
		this.#stops.push(() => intents.unobserve(onIntents));
		this.#stops.push(onDevicesChange(this.#room, () => this.#schedule()));
		this.#stops.push(relayClient.onChange(() => this.#schedule()));
		const renew = setInterval(() => this.#schedule(), RENEW_MS / 7);
		this.#stops.push(() => clearInterval(renew));
		this.#schedule();
	}

	stop(): void {
		for (const stop of this.#stops) stop();
		this.#stops = [];
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
	}

	#schedule(delay = SETTLE_MS): void {
		if (this.#timer) return;
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#run();
		}, delay);
	}

	#run(): void {
		if (this.#running) {
			this.#again = true;
			return;
		}
		this.#running = this.#reconcile()
			.catch((error: unknown) => {
				console.warn('Storing account managers’ grants failed; retrying', error);
				this.#schedule(RETRY_MS);
			})
			.finally(() => {
				this.#running = null;
				if (this.#again) {
					this.#again = false;
					this.#run();
				}
			});
	}

	async #reconcile(): Promise<void> {
		const connection = relayClient.connection();
		if (!connection || !relayClient.online || this.#room.closed) return;
		const { credentials, relayUrl } = connection;
		if (credentials.person.workspaceId !== this.#room.workspaceId) return;
		if (!relayClient.isSynced(this.#room)) return;
		registerDevice(this.#room, credentials);
		const keys = await deviceKeys(this.#room.workspaceId);
		const signingKey = keys?.privateKey;
		if (!signingKey) return;
		const verifyKey = await workspaceVerifyKey(this.#publicKey);
		const wsKey = await spkiOf(this.#publicKey);
		const winners = intentWinners(this.#room);
		const wanted = grantScopes(winners.values(), this.#partnerAccountId);
		let failed = false;
		for (const [person, rooms] of wanted) {
			if (person === this.#selfId) continue;
			const devices = await devicesOf(this.#room, person, verifyKey);
			// Nobody to name yet (the person's device has not connected since it joined): a grant no
			// token satisfies would keep that device from ever registering. It registers when it
			// connects (with the grant it joined with), and the grant is signed then.
			if (devices.length === 0) continue;
			const fingerprint = JSON.stringify({ rooms, devices });
			const issued = this.#issued.get(person);
			const now = Date.now();
			if (issued?.fingerprint === fingerprint && now - issued.at < RENEW_MS) continue;
			// Strictly newer than anything this device stored before: the relay keeps the newest.
			const iat = Math.max(now, this.#lastIat + 1);
			this.#lastIat = iat;
			const grant: Grant = {
				v: 1,
				id: crypto.randomUUID(),
				ws: this.#room.workspaceId,
				wsKey,
				person,
				role: 'partner',
				device: devices[0] ?? '',
				...(devices.length > 1 ? { devices: devices.slice(1) } : {}),
				rooms,
				access: 'rw',
				iat,
				exp: iat + GRANT_TTL_MS
			};
			const response = await fetch(`${httpBase(relayUrl)}/grants/${this.#room.workspaceId}`, {
				method: 'POST',
				body: await signGrant(grant, signingKey)
			}).catch(() => null);
			// 409: another administrator stored a newer one meanwhile (it follows the same state).
			if (response && (response.ok || response.status === 409))
				this.#issued.set(person, { fingerprint, at: now });
			else failed = true;
		}
		if (failed) this.#schedule(RETRY_MS);
	}
}

/**
 * The rooms each person with a role decision should be granted: an account manager the workspace
 * room, the partner account (its events) and the assigned accounts; someone upgraded back every
 * room. People never converted carry their own grants (administrators sign their own).
 */
export function grantScopes(
	intents: Iterable<Intent<IntentKind>>,
	partnerAccountId: string
): Map<string, GrantScope> {
	const list = [...intents];
	const state = managerState(list);
	const scopes = new Map<string, GrantScope>();
	for (const intent of list) {
		if (!intent.key.startsWith('role:')) continue;
		const person = intent.key.slice(5);
		if (!state.managers.has(person)) {
			scopes.set(person, 'all');
			continue;
		}
		const accounts = new Set(state.assigned.get(person) ?? []);
		accounts.add(partnerAccountId);
		scopes.set(person, { workspace: true, accounts: [...accounts].sort() });
	}
	return scopes;
}
