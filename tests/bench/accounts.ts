/**
 * The bench's accounts-list figures: 10,000 customer accounts created in the page through the
 * app's services (`tests/fixtures/seed.ts`), then the Accounts page: time from a click on
 * "Accounts" to the first rendered rows, and from a search keystroke to the rows that match.
 * A failure gives "not measured" rows, never a failed run.
 */
import type { Browser, Page } from '@playwright/test';
import { seedAccounts } from '../fixtures/seed';
import { median, notMeasured, percentile, round, type Metric } from './metric';
import { NAME_HELPER, armKeystroke, armRows, armedResult, keystrokeResult } from './page-probes';

const ACCOUNTS = 10_000;
const RUNS = 5;
const FIRST_ROWS = 'Accounts list, 10,000 accounts: first rows';
const KEYSTROKE = 'Accounts list, 10,000 accounts: search keystroke to rendered rows (p95)';
const ADMIN = 'Bench Admin';

// Words and Account ID prefixes of the seeded names, accents typed as such, then deleted.
const TYPING: string[] = [
	...'kob hea'.split(''),
	...Array<string>(7).fill('Backspace'),
	...'bäck'.split(''),
	...Array<string>(4).fill('Backspace'),
	...'0042'.split(''),
	...Array<string>(4).fill('Backspace'),
	...'polar s'.split(''),
	...Array<string>(7).fill('Backspace')
];

function reason(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.split('\n')[0]?.slice(0, 160) ?? 'unknown error';
}

/** A new workspace of the bench administrator, created on the welcome page. */
export async function createWorkspace(page: Page, origin: string): Promise<void> {
	await page.goto(origin);
	await page.getByLabel('Your name').fill(ADMIN);
	await page.getByLabel('Email').fill('bench@example.com');
	await page.getByLabel('Partner organization').fill('Bench Telecom');
	await page.getByRole('button', { name: 'Create workspace' }).click();
	await page.getByRole('heading', { name: `Welcome, ${ADMIN}` }).waitFor();
}

function nav(page: Page, name: string) {
	return page
		.getByRole('navigation', { name: 'Main navigation' })
		.getByRole('link', { name, exact: true });
}

/** From the dashboard, a click on "Accounts" until rows of accounts (not placeholders) show. */
async function firstRows(page: Page): Promise<Metric> {
	const times: number[] = [];
	for (let i = 0; i < RUNS; i += 1) {
		await nav(page, 'Dashboard').click();
		await page.getByRole('heading', { level: 1, name: `Welcome, ${ADMIN}` }).waitFor();
		await page.waitForTimeout(1000);
		await page.evaluate(armRows, { pathEnd: '/accounts', text: `(${ADMIN})` });
		await nav(page, 'Accounts').click();
		const ms = await page.evaluate(armedResult);
		if (Number.isNaN(ms)) throw new Error('no account rows within 60 s');
		times.push(ms);
	}
	return {
		name: FIRST_ROWS,
		value: round(median(times)),
		unit: 'ms',
		target: '≤ 200 ms',
		detail: `median of ${RUNS} (first visit first): ${times.map((t) => round(t)).join(', ')}`
	};
}

async function searchKeystrokes(page: Page): Promise<Metric> {
	const target = '—';
	const field = page.getByRole('searchbox', { name: 'Search accounts' });
	await field.click();
	let query = '';
	const times: number[] = [];
	let unchanged = 0;
	let failed = 0;
	for (const key of TYPING) {
		query = key === 'Backspace' ? query.slice(0, -1) : query + key;
		await page.evaluate(armKeystroke, query);
		if (key === 'Backspace') await page.keyboard.press('Backspace');
		else await page.keyboard.type(key);
		const { ms, changed } = await page.evaluate(keystrokeResult);
		if (Number.isNaN(ms)) failed += 1;
		else if (changed) times.push(ms);
		else unchanged += 1;
		// A person types about one key every 150 ms.
		await page.waitForTimeout(150);
	}
	if (times.length === 0)
		return notMeasured(KEYSTROKE, 'ms', target, 'no keystroke changed the rows');
	return {
		name: KEYSTROKE,
		value: round(percentile(times, 95)),
		unit: 'ms',
		target,
		detail: `p50 ${round(median(times))} ms over ${times.length} keystrokes${
			unchanged ? `, ${unchanged} left the rows as they were` : ''
		}${failed ? `, ${failed} never showed matching rows` : ''}`
	};
}

/** A new workspace with 10,000 accounts, then the Accounts page measured on it. */
export async function accountsMetrics(browser: Browser, origin: string): Promise<Metric[]> {
	const setup = `Create ${ACCOUNTS.toLocaleString('en')} accounts through the services (setup)`;
	const context = await browser.newContext({ baseURL: origin });
	await context.addInitScript(NAME_HELPER);
	const page = await context.newPage();
	page.setDefaultTimeout(60_000);
	const metrics: Metric[] = [];
	try {
		await createWorkspace(page, origin);
		const start = Date.now();
		await seedAccounts(page, { accounts: ACCOUNTS, users: [25, 10, 3] });
		const s = (Date.now() - start) / 1000;
		metrics.push({
			name: setup,
			value: round(s, 1),
			unit: 's',
			target: '—',
			detail: `${round(ACCOUNTS / s)} accounts/s, one Create event each`
		});
		// A fresh start of the app on the stored data, as after a reload.
		await page.reload();
		await page.getByRole('heading', { level: 1 }).waitFor();
		await page.waitForTimeout(2000);
	} catch (error) {
		await context.close();
		return [
			notMeasured(setup, 's', '—', reason(error)),
			notMeasured(FIRST_ROWS, 'ms', '≤ 200 ms', 'no accounts'),
			notMeasured(KEYSTROKE, 'ms', '—', 'no accounts')
		];
	}
	try {
		metrics.push(await firstRows(page));
	} catch (error) {
		metrics.push(notMeasured(FIRST_ROWS, 'ms', '≤ 200 ms', reason(error)));
	}
	try {
		metrics.push(await searchKeystrokes(page));
	} catch (error) {
		metrics.push(notMeasured(KEYSTROKE, 'ms', '—', reason(error)));
	}
	await context.close();
	return metrics;
}
