/**
 * The bench's bulk-commit figure: adds 10,000 new users, one `Create` event each, to a customer
 * account of the active workspace through the app's own `addUsers` (the service an import uses:
 * Add User rules, registration links, welcome e-mails queued, one undoable batch), then waits
 * until everything is in the read model. Runs as a module worker of the app's origin (bundled by
 * `tests/tools/browser-bundle.ts`), so its User Timing measures are its own: they are returned
 * with the result, for `write-phases.ts` to say where the time went.
 *
 * Message in: `{ accountId, users }`; out: `{ type: 'done', result }` or `{ type: 'error', message }`.
 */
import type { UserInput } from '$lib/domain/user';
import { activeProfile } from '$lib/db/profiles.query';
import { getAccount } from '$lib/db/accounts.query';
import { serviceContext } from '$lib/services/context';
import { addUsers } from '$lib/services/users.service';
import { projected } from '$lib/sync/rooms';
import type { CommitResult } from './commit';
import { readMeasures } from './write-phases';

function post(message: object): void {
	(self as unknown as { postMessage: (m: object) => void }).postMessage(message);
}

function inputOf(i: number): UserInput {
	return {
		firstName: 'Bulk',
		lastName: `Person${i + 1}`,
		email: `bulk.person${i + 1}@example.com`,
		mobile: '',
		extension: String(20_000 + i),
		role: 'user'
	};
}

async function commitUsers(request: { accountId: string; users: number }): Promise<CommitResult> {
	const profile = await activeProfile();
	if (!profile) throw new Error('No active profile on this device');
	const ctx = await serviceContext(profile);
	const account = await getAccount(profile.workspaceId, request.accountId);
	if (!account) throw new Error(`Account ${request.accountId} is not on this device`);
	const inputs = Array.from({ length: request.users }, (_, i) => inputOf(i));
	performance.clearMeasures();
	const start = performance.now();
	const result = await addUsers(ctx, account, inputs);
	if ('error' in result) throw new Error(`addUsers failed: ${JSON.stringify(result.error)}`);
	const committedMs = performance.now() - start;
	await projected(profile.workspaceId);
	const projectedMs = performance.now() - start;
	const measures = readMeasures();
	return {
		startedAt: start,
		added: result.data.added.length,
		invalid: result.data.invalid.length,
		committedMs,
		projectedMs,
		measures
	};
}

self.addEventListener('message', (event: MessageEvent<{ accountId: string; users: number }>) => {
	commitUsers(event.data).then(
		(result) => post({ type: 'done', result }),
		(error: unknown) =>
			post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
	);
});
