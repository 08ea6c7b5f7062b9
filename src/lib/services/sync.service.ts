import type { Profile } from '$lib/domain/model';
import { deviceSetting, saveDeviceSetting } from '$lib/db/credentials.query';
import { getWorkspace } from '$lib/db/workspace.query';
import { credentialsFor } from '$lib/sync/credentials';
import { backgroundSync } from '$lib/sync/background-sync';
import { relayClient } from '$lib/sync/relay-client';

/** What a profile remembers about its relay: the address, and whether the person connected. */
interface RelaySetting {
	url: string;
	connected: boolean;
}

export type ConnectError = 'invalid_url' | 'no_grant' | 'no_workspace';

const settingKey = (profile: Profile) => `relay:${profile.id}`;

/**
 * The relay address shown in Settings: the one the person chose, else the relay that served this
 * app (it answers `/healthz`), else empty (this device only).
 */
export async function relayUrlOf(profile: Profile): Promise<string> {
	const saved = parseSetting(await deviceSetting(settingKey(profile)));
	if (saved) return saved.url;
	return servingRelay();
}

/**
 * Connects this device to the relay: checks the address, makes the device's credentials (an
 * administrator's device signs its own grant) and syncs every open room. Remembered, so the next
 * start connects again. Returns why it could not, or null.
 */
export async function connectRelay(profile: Profile, url: string): Promise<ConnectError | null> {
	const normalized = normalizeRelayUrl(url);
	if (normalized === null) return 'invalid_url';
	const workspace = await getWorkspace(profile.workspaceId);
	if (!workspace) return 'no_workspace';
	const credentials = await credentialsFor(
		{ workspaceId: profile.workspaceId, personId: profile.personId, role: profile.role },
		workspace.publicKey
	);
	if (!credentials) return 'no_grant';
	await relayClient.connect(normalized, credentials);
	await saveDeviceSetting(settingKey(profile), { url: normalized, connected: true });
	return null;
}

/** The relay this profile chose (connected or not), or null. */
export async function savedRelayUrl(profile: Profile): Promise<string | null> {
	return parseSetting(await deviceSetting(settingKey(profile)))?.url || null;
}

/** Remembers the profile's relay (a device that joined through an invitation syncs from the start). */
export async function saveRelaySetting(
	profile: Profile,
	url: string,
	connected: boolean
): Promise<void> {
	await saveDeviceSetting(settingKey(profile), { url, connected } satisfies RelaySetting);
}

export async function disconnectRelay(profile: Profile): Promise<void> {
	relayClient.disconnect();
	const url = parseSetting(await deviceSetting(settingKey(profile)))?.url ?? '';
	await saveDeviceSetting(settingKey(profile), { url, connected: false });
}

/** At start: connects again when the person left this profile connected. */
export async function resumeSync(profile: Profile): Promise<void> {
	const saved = parseSetting(await deviceSetting(settingKey(profile)));
	if (saved?.connected) await connectRelay(profile, saved.url);
	else relayClient.disconnect();
}

/** Stops syncing in this tab without changing what the profile remembers (sign out, switch). */
export function disconnectRelayClient(): void {
	relayClient.disconnect();
}

/** "Retry now": reconnects every room at once, and asks the relay which rooms changed. */
export function retrySync(): void {
	relayClient.retry();
	backgroundSync.poke();
}

/**
 * `wss://host/sync` (or `ws://`), from what a person may type: an `https://` or `http://` address
 * of the relay, with or without `/sync`. Null when it is not a web address.
 */
export function normalizeRelayUrl(input: string): string | null {
	const trimmed = input.trim();
	if (trimmed === '') return null;
	let url: URL;
	try {
		url = new URL(trimmed);
	} catch {
		return null;
	}
	const protocol = { 'ws:': 'ws:', 'wss:': 'wss:', 'http:': 'ws:', 'https:': 'wss:' }[url.protocol];
	if (!protocol || url.hostname === '' || url.search || url.hash) return null;
	const path = url.pathname.replace(/\/+$/, '');
	return `${protocol}//${url.host}${path.endsWith('/sync') ? path : `${path}/sync`}`;
}

async function servingRelay(): Promise<string> {
	if (typeof location === 'undefined') return '';
	// Offline there is nobody to ask (and the failed request would only add console noise).
	if (typeof navigator !== 'undefined' && !navigator.onLine) return '';
	try {
		const response = await fetch('/healthz', { cache: 'no-store' });
		const body: unknown = response.ok ? await response.json() : null;
		const ok = typeof body === 'object' && body !== null && 'status' in body;
		return ok ? (normalizeRelayUrl(location.origin) ?? '') : '';
	} catch {
		return '';
	}
}

function parseSetting(value: unknown): RelaySetting | null {
	if (typeof value !== 'object' || value === null) return null;
	const v = value as Record<string, unknown>;
	return typeof v.url === 'string' && typeof v.connected === 'boolean'
		? { url: v.url, connected: v.connected }
		: null;
}
