/**
 * Issue 9's figure: 50 simulated administrators (real y-websocket clients through our relay, one
 * room) assign and unassign accounts on one manager for 60 s, each with its own hybrid logical
 * clock, as the app writes its later-intent-wins operations (src/lib/domain/intents.ts). Then:
 * how long after the last change every client holds every operation, and whether every client's
 * fold (the assignments it would show) is the same.
 */
import * as Y from 'yjs';
import { HybridClock } from '../../src/lib/domain/clock';
import {
	assignmentKey,
	foldIntents,
	intentConflicts,
	type Intent,
	type IntentKind
} from '../../src/lib/domain/intents';
import { client, ourEndpoint, synced } from './sync';
import { notMeasured, round, type Metric } from './metric';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Admin {
	doc: Y.Doc;
	destroy: () => void;
	write: () => void;
	intents: () => Intent<IntentKind>[];
}

function admin(doc: Y.Doc, destroy: () => void, index: number, accounts: string[]): Admin {
	const clock = new HybridClock(`admin-${String(index).padStart(2, '0')}`, () => Date.now());
	const map = doc.getMap<string>('intents');
	const latest = new Map<string, string>();
	let written = 0;
	const take = (value: string | undefined) => {
		if (!value) return;
		const op = JSON.parse(value) as Intent<IntentKind>;
		clock.receive(op.stamp);
		if (op.stamp > (latest.get(op.key) ?? '')) latest.set(op.key, op.stamp);
	};
	map.observe((event) => {
		for (const key of event.keysChanged as Set<string>) take(map.get(key));
	});
	const by = { id: `p-${index}`, name: `Admin ${index}` };
	return {
		doc,
		destroy,
		write: () => {
			const account = accounts[Math.floor(Math.random() * accounts.length)] ?? 'a-0';
			const key = assignmentKey('m-chris', account);
			const op: Intent<IntentKind> = {
				id: `op-${index}-${written++}`,
				key,
				kind: Math.random() < 0.5 ? 'assign' : 'unassign',
				stamp: clock.now(),
				after: latest.get(key) ?? '',
				by
			};
			latest.set(key, op.stamp);
			doc.transact(() => map.set(op.id, JSON.stringify(op)), 'local');
		},
		intents: () => [...map.values()].map((v) => JSON.parse(v) as Intent<IntentKind>)
	};
}

function foldOf(a: Admin): string {
	return [...foldIntents(a.intents()).entries()]
		.map(([key, op]) => `${key}=${op.kind}`)
		.sort()
		.join(' ');
}

export async function assignmentStorm(
	origin: string,
	admins = 50,
	seconds = 60
): Promise<Metric[]> {
	const name = `Later intent wins: ${admins} administrators assign/unassign on one manager for ${seconds} s, convergence after the last change`;
	try {
		const { endpoint, workspace } = await ourEndpoint(origin);
		const room = `ws:${workspace.id}`;
		const accounts = Array.from({ length: 20 }, (_, i) => `a-${i}`);
		const clients = await Promise.all(
			Array.from({ length: admins }, async (_, i) => {
				const c = client(endpoint, room, await endpoint.protocols(room));
				await synced(c.provider);
				return admin(c.doc, () => c.provider.destroy(), i, accounts);
			})
		);
		try {
			const end = Date.now() + seconds * 1000;
			let total = 0;
			// Each administrator acts every 0.3–1.5 s: about 60 operations a second in all.
			await Promise.all(
				clients.map(async (c) => {
					while (Date.now() < end) {
						await sleep(300 + Math.random() * 1200);
						if (Date.now() >= end) break;
						c.write();
						total += 1;
					}
				})
			);
			const last = performance.now();
			const deadline = last + 60_000;
			while (clients.some((c) => c.doc.getMap('intents').size < total)) {
				if (performance.now() > deadline) throw new Error('the clients did not converge in 60 s');
				await sleep(5);
			}
			const converged = performance.now() - last;
			const folds = new Set(clients.map(foldOf));
			const conflicts = intentConflicts(clients[0]?.intents() ?? []).length;
			return [
				{
					name,
					value: round(converged, 0),
					unit: 'ms',
					target: 'no target; every final state equal',
					detail: `${total} operations on ${accounts.length} accounts, ${conflicts} conflicts found; final states: ${folds.size === 1 ? `all ${admins} equal` : `${folds.size} DIFFERENT`}`
				}
			];
		} finally {
			for (const c of clients) c.destroy();
		}
	} catch (error) {
		return [notMeasured(name, 'ms', 'no target', String(error).slice(0, 160))];
	}
}
