import { relayClient, type PeerPresence } from '$lib/sync/relay-client';

export type { PeerPresence };

/**
 * Who else is where in the workspace right now (awareness through the relay, never stored), and
 * where this person is. Pages say where the person is with `here`.
 */
class PresenceState {
	#peers = $state.raw<PeerPresence[]>([]);

	constructor() {
		relayClient.onPresence((peers) => (this.#peers = peers));
	}

	/** The other people on `page` (one entry per person, editing wins over viewing). */
	on(page: string, personId: string | undefined): PeerPresence[] {
		return this.#where((p) => p === page, personId);
	}

	/**
	 * The other people looking at (or editing) any of these account managers: their manage dialog
	 * is open on one of them, alone or with others (page `managers:<id>,<id>`, `managersPage`).
	 */
	onManagers(managerIds: readonly string[], personId: string | undefined): PeerPresence[] {
		return this.#where((page) => {
			if (!page.startsWith(MANAGERS)) return false;
			return page
				.slice(MANAGERS.length)
				.split(',')
				.some((id) => managerIds.includes(id));
		}, personId);
	}

	/** The others (not `personId`) on a page `matches` accepts, one entry per person, editing first. */
	#where(matches: (page: string) => boolean, personId: string | undefined): PeerPresence[] {
		const byPerson: Record<string, PeerPresence> = {};
		for (const peer of this.#peers) {
			if (peer.personId === personId || !matches(peer.page)) continue;
			const known = byPerson[peer.personId];
			if (!known || (peer.editing && !known.editing)) byPerson[peer.personId] = peer;
		}
		return Object.values(byPerson).sort((a, b) => a.name.localeCompare(b.name));
	}

	/** This person is on `page` (editing while a field there has focus); null when they leave. */
	here(where: { personId: string; name: string; page: string; editing: boolean } | null): void {
		relayClient.setPresence(where);
	}
}

const MANAGERS = 'managers:';

/** Where a person is whose manage dialog is open on these account managers. */
export function managersPage(managerIds: readonly string[]): string {
	return `${MANAGERS}${[...managerIds].sort().join(',')}`;
}

export const presence = new PresenceState();
