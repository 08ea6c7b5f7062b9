import { HybridClock } from '$lib/domain/clock';

const NODE_KEY = 'switchboard-node';

/**
 * The device's stable node id (ARCHITECTURE.md, "A real HLC"), kept in this browser profile's
 * local storage, plus a short part of this tab's own: two tabs of one device write concurrently
 * too, and two stamps must never tie. The device part stays the same across reloads, so the
 * stamps of one device are recognisable in every record it wrote.
 */
function nodeId(): string {
	const tab = crypto.randomUUID().slice(0, 4);
	let device: string | null = null;
	try {
		device = typeof localStorage === 'undefined' ? null : localStorage.getItem(NODE_KEY);
		if (!device) {
			device = crypto.randomUUID().slice(0, 8);
			localStorage.setItem(NODE_KEY, device);
		}
	} catch {
		// Storage refused (a locked-down profile): a node id of this tab only.
		device = crypto.randomUUID().slice(0, 8);
	}
	return `${device}.${tab}`;
}

/** This tab's clock for field stamps; every remote stamp moves it (sync/merge.ts). */
export const clock = new HybridClock(nodeId(), () => Date.now());
