/**
 * The bulk-commit figure of spec 00 / issue "made solid": 10,000 new users with their 10,000
 * events committed through `addUsers` (the import's service) into a new customer account, timed
 * to the read model, with the time of each phase of the write path.
 */
import type { Browser, Page } from '@playwright/test';
import { browserBundle } from '../tools/browser-bundle';
import { seedAccounts } from '../fixtures/seed';
import { createWorkspace } from './accounts';
import { notMeasured, round, type Metric } from './metric';
import { describePhases, phasesOf, type MeasureEntry } from './write-phases';

const USERS = 10_000;
const NAME = `Commit ${USERS.toLocaleString('en')} new users, one Create event each (addUsers, to the read model)`;

export type { MeasureEntry };

export interface CommitResult {
	/** `performance.now()` of the worker when `addUsers` was called. */
	startedAt: number;
	added: number;
	invalid: number;
	/** From the call until `addUsers` resolved (it resolves once the read model has everything). */
	committedMs: number;
	projectedMs: number;
	measures: MeasureEntry[];
}

async function runCommit(browser: Browser, origin: string): Promise<CommitResult> {
	const context = await browser.newContext({ baseURL: origin });
	const page = await context.newPage();
	page.setDefaultTimeout(120_000);
	try {
		await createWorkspace(page, origin);
		const { accountIds } = await seedAccounts(page, { accounts: 1, prefix: 'Commit ' });
		const accountId = accountIds[0];
		if (!accountId) throw new Error('no account was seeded');
		return await commitUsersInWorker(page, accountId, USERS);
	} finally {
		await context.close();
	}
}

/** Adds `users` new users to the account through `addUsers`, in a module worker of the page's origin. */
export async function commitUsersInWorker(
	page: Page,
	accountId: string,
	users: number
): Promise<CommitResult> {
	const code = await browserBundle('tests/bench/commit-users.worker.ts');
	return page.evaluate(
		async ({ code, request }) => {
			const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
			const worker = new Worker(url, { type: 'module' });
			try {
				return await new Promise<CommitResult>((resolve, reject) => {
					worker.onmessage = (
						event: MessageEvent<{ type: string; result?: CommitResult; message?: string }>
					) => {
						if (event.data.type === 'done' && event.data.result) resolve(event.data.result);
						else if (event.data.type === 'error') reject(new Error(event.data.message));
					};
					worker.onerror = (event) => reject(new Error(event.message || 'commit worker failed'));
					worker.postMessage(request);
				});
			} finally {
				worker.terminate();
				URL.revokeObjectURL(url);
			}
		},
		{ code, request: { accountId, users } }
	);
}

export async function commitMetric(browser: Browser, origin: string): Promise<Metric> {
	try {
		const result = await runCommit(browser, origin);
		const phases = phasesOf(result.measures);
		const firstWrite = Math.min(...result.measures.map((m) => m.start));
		const prepared = Number.isFinite(firstWrite)
			? `Add User rules and registration links ${round((firstWrite - result.startedAt) / 1000, 1)} s, then `
			: '';
		return {
			name: NAME,
			value: round(result.projectedMs / 1000, 2),
			unit: 's',
			target: '≤ 3 s',
			detail: `${result.added.toLocaleString('en')} added${
				result.invalid ? `, ${result.invalid} refused` : ''
			}; ${prepared}${phases ? describePhases(phases) : 'no write measured'}`
		};
	} catch (error) {
		const text = error instanceof Error ? error.message : String(error);
		return notMeasured(NAME, 's', '≤ 3 s', text.split('\n')[0] ?? 'unknown error');
	}
}
