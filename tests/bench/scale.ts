/**
 * The bench's scale figures (spec 00 targets): "Load sample data" through its dialog, Small in one
 * workspace and Large in another (Large = the Small set plus "Scale Test Ltd", one account with
 * 100,000 users and 200,000 events), each timed from "Load" to the dialog closing, with records per
 * second. Then, on Scale Test Ltd: the users page (first rows, search keystrokes, memory), the
 * event history (first rows, filter) and a bulk welcome e-mail to the users one Product filter
 * selects. A page that does not exist yet gives a "not measured" row, never a failure.
 */
import type { Browser, Page } from '@playwright/test';
import { median, notMeasured, percentile, round, type Metric } from './metric';
import { NAME_HELPER, armKeystroke, armRows, armedResult, keystrokeResult } from './page-probes';
import { usersPropertyFilter } from './users-filter';
import { clearWritePhases, describePhases, writePhases } from './write-phases';

/** What each size writes: accounts, users, and events in their history (creation events included). */
const SIZES = {
	Small: { accounts: 25, users: 2500, events: 20_000 + 2500 + 25 },
	Large: { accounts: 26, users: 102_500, events: 20_000 + 2500 + 25 + 200_000 }
} as const;
const SCALE_ACCOUNT = 'Scale Test Ltd';
/** The Product filter that picks the users of the bulk welcome e-mail (about a fifth of them). */
const BULK_PRODUCT = 'MiTeam Meetings';

function log(message: string): void {
	console.log(`  ${message}`);
}

function reason(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.split('\n')[0]?.slice(0, 160) ?? 'unknown error';
}

async function createWorkspace(page: Page, origin: string): Promise<void> {
	await page.goto(origin);
	await page.getByLabel('Your name').fill('Bench Admin');
	await page.getByLabel('Email').fill('bench@example.com');
	await page.getByLabel('Partner organization').fill('Bench Telecom');
	await page.getByRole('button', { name: 'Create workspace' }).click();
	await page.getByRole('heading', { name: 'Welcome, Bench Admin' }).waitFor();
}

/**
 * "Load sample data" → size → "Load" on the dashboard, the way a person does it, until the
 * dialog closes with its success message. Returns the metric (seconds, records per second).
 */
async function loadThroughDialog(page: Page, size: keyof typeof SIZES): Promise<Metric> {
	const counts = SIZES[size];
	const records = counts.accounts + counts.users + counts.events;
	const fmt = (n: number) => n.toLocaleString('en');
	const name = `Load sample data, ${size} (${fmt(counts.accounts)} accounts, ${fmt(counts.users)} users, ${fmt(counts.events)} events)`;
	await page.getByRole('button', { name: 'Load sample data' }).click({ timeout: 10_000 });
	const dialog = page.getByRole('dialog', { name: 'Load sample data' });
	await dialog.getByRole('radio', { name: size, exact: true }).check();
	const progress = dialog.getByRole('progressbar');
	const start = Date.now();
	await dialog.getByRole('button', { name: 'Load', exact: true }).click();
	const report = setInterval(() => {
		void progress
			.getAttribute('aria-valuetext', { timeout: 1000 })
			.then((text) =>
				log(`${size}: ${text ?? ''} after ${Math.round((Date.now() - start) / 1000)} s`)
			)
			.catch(() => undefined);
	}, 15_000);
	try {
		await dialog.waitFor({ state: 'hidden', timeout: 15 * 60_000 });
	} finally {
		clearInterval(report);
	}
	const ms = Date.now() - start;
	await page
		.getByRole('status')
		.getByText(/^Sample data loaded:/)
		.waitFor({ timeout: 10_000 });
	return {
		name,
		value: round(ms / 1000, 1),
		unit: 's',
		target: '—',
		detail: `${fmt(Math.round(records / (ms / 1000)))} records/s, via the dialog`
	};
}

/** Small in a new workspace's dashboard. */
export async function sampleDataLoad(browser: Browser, origin: string): Promise<Metric> {
	const context = await browser.newContext({ baseURL: origin });
	try {
		const page = await context.newPage();
		await createWorkspace(page, origin);
		return await loadThroughDialog(page, 'Small');
	} catch (error) {
		return notMeasured('Load sample data, Small', 's', '—', reason(error));
	} finally {
		await context.close();
	}
}

async function heapMb(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('Performance.enable');
	const { metrics } = await cdp.send('Performance.getMetrics');
	await cdp.detach();
	const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
	return used / 1024 / 1024;
}

/** Clicks a main-navigation link and times it until data rows (containing `text`) are shown. */
async function navigateToRows(page: Page, link: string, pathEnd: string): Promise<number> {
	await page.evaluate(armRows, { pathEnd, text: '' });
	await page
		.getByRole('navigation', { name: 'Main navigation' })
		.getByRole('link', { name: link, exact: true })
		.click();
	return page.evaluate(armedResult);
}

// ~34 keystrokes: words and name prefixes with accents typed as such, deletions back to empty.
const TYPING: string[] = [
	...'mül an'.split(''),
	...Array<string>(6).fill('Backspace'),
	...'josé'.split(''),
	...Array<string>(4).fill('Backspace'),
	...'zoë'.split(''),
	...Array<string>(3).fill('Backspace'),
	...'1005'.split(''),
	...Array<string>(4).fill('Backspace')
];

async function searchKeystrokes(page: Page): Promise<Metric> {
	const name = 'Users list, 100,000 users: search keystroke to rendered rows (p95)';
	const target = '≤ 50 ms';
	const box = page.getByRole('searchbox', { name: 'Search Users' });
	const field = (await box.count()) > 0 ? box : page.getByLabel('Search Users');
	await field.waitFor({ timeout: 30_000 });
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
	if (times.length === 0) return notMeasured(name, 'ms', target, 'no keystroke changed the rows');
	return {
		name,
		value: round(percentile(times, 95)),
		unit: 'ms',
		target,
		detail: `p50 ${round(median(times))} ms over ${times.length} keystrokes${
			unchanged ? `, ${unchanged} left the rows as they were` : ''
		}${failed ? `, ${failed} never showed matching rows` : ''}`
	};
}

/** Select all users one Product filter leaves, then "Send welcome emails", until the summary. */
async function bulkWelcome(page: Page, accountId: string): Promise<Metric> {
	await page.goto(`/accounts/${accountId}/users`);
	await page.locator('main tbody tr[aria-rowindex]').first().waitFor({ timeout: 60_000 });
	await page.getByRole('button', { name: 'Add Filter' }).click();
	await page.getByRole('menuitem', { name: 'Product', exact: true }).click();
	await page.getByRole('menuitem', { name: BULK_PRODUCT, exact: true }).click();
	await page.getByRole('button', { name: `Remove filter ${BULK_PRODUCT}` }).waitFor();
	await page.getByRole('checkbox', { name: 'Select all' }).check({ timeout: 30_000 });
	const manage = page.getByRole('button', { name: /^Manage \([\d,]+\)$/ });
	const selected = (await manage.textContent({ timeout: 30_000 }))?.match(/[\d,]+/)?.[0] ?? '?';
	const name = `Select all + bulk welcome e-mail, ${selected} users (${SCALE_ACCOUNT}, ${BULK_PRODUCT}): to summary`;
	await manage.click({ timeout: 10_000 });
	const send = page.getByRole('button', { name: 'Send welcome emails', exact: true });
	await send.waitFor({ timeout: 10_000 });
	const summary = page.getByRole('status').filter({ hasText: /queued|skipped/i });
	await clearWritePhases(page);
	const start = Date.now();
	await send.click();
	await summary.first().waitFor({ timeout: 5 * 60_000 });
	const ms = Date.now() - start;
	const text = (await summary.first().textContent())?.trim() ?? '';
	// The write path's own phases: the e-mails' user edits and their events, until projected.
	await page.waitForTimeout(1000);
	const phases = await writePhases(page);
	return {
		name,
		value: round(ms),
		unit: 'ms',
		target: '—',
		detail: `${text}; ${phases ? describePhases(phases) : 'no write phases measured'}`
	};
}

async function eventHistory(page: Page): Promise<Metric[]> {
	const first = 'Event history, 200,000 events: first rows';
	const filter = 'Event history, 200,000 events: filter Action = Delete applied';
	const out: Metric[] = [];
	try {
		const ms = await navigateToRows(page, 'Event History', '/event-history');
		if (Number.isNaN(ms)) throw new Error('no rows within 60 s');
		out.push({ name: first, value: round(ms), unit: 'ms', target: '≤ 300 ms', detail: 'in-app' });
	} catch (error) {
		return [
			notMeasured(first, 'ms', '≤ 300 ms', reason(error)),
			notMeasured(filter, 'ms', '—', 'no event history rows')
		];
	}
	try {
		await page.getByRole('button', { name: 'Add Filter' }).click({ timeout: 10_000 });
		await page.getByRole('menuitem', { name: 'Action', exact: true }).click({ timeout: 10_000 });
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('checkbox', { name: 'Delete', exact: true }).check({ timeout: 30_000 });
		await page.evaluate(armRows, { pathEnd: '/event-history', text: 'Delete' });
		await dialog.getByRole('button', { name: 'Apply' }).click();
		const ms = await page.evaluate(armedResult);
		if (Number.isNaN(ms))
			throw new Error('the rows did not show only Delete events within 60 s of Apply');
		out.push({ name: filter, value: round(ms), unit: 'ms', target: '—', detail: 'Apply to rows' });
	} catch (error) {
		out.push(notMeasured(filter, 'ms', '—', reason(error)));
	}
	return out;
}

/** The id of a customer account, found in the Accounts list the way a person finds it. */
async function accountId(page: Page, name: string): Promise<string> {
	await page
		.getByRole('navigation', { name: 'Main navigation' })
		.getByRole('link', { name: 'Accounts', exact: true })
		.click();
	// The list is virtualized: searched for, the way a person finds an account further down.
	await page.getByRole('searchbox', { name: 'Search accounts' }).fill(name);
	await page.getByRole('link', { name, exact: true }).click();
	await page.getByRole('heading', { level: 1, name }).waitFor();
	const id = /\/accounts\/([^/]+)/.exec(new URL(page.url()).pathname)?.[1];
	if (!id) throw new Error(`no account page for ${name}`);
	return id;
}

/** "Load sample data" → Large, then the pages that exist, measured on Scale Test Ltd. */
export async function scaleMetrics(browser: Browser, origin: string): Promise<Metric[]> {
	const context = await browser.newContext({ baseURL: origin });
	await context.addInitScript(NAME_HELPER);
	const page = await context.newPage();
	page.setDefaultTimeout(60_000);
	const metrics: Metric[] = [];
	try {
		await createWorkspace(page, origin);
		await clearWritePhases(page);
		metrics.push(await loadThroughDialog(page, 'Large'));
		const phases = await writePhases(page);
		if (phases)
			metrics.push({
				name: 'Load sample data, Large: where the write time goes',
				value: round(phases.wallMs / 1000, 1),
				unit: 's',
				target: '—',
				detail: describePhases(phases)
			});
		const big = { accountId: await accountId(page, SCALE_ACCOUNT) };

		// Users page: reached from the account page the way a person does it.
		const usersFirst = 'Users list, 100,000 users: first rows';
		let usersPage = false;
		try {
			await page.goto(`/accounts/${big.accountId}`);
			await page.getByRole('heading', { level: 1 }).waitFor();
			const ms = await navigateToRows(page, 'Users', '/users');
			if (Number.isNaN(ms)) throw new Error('no user rows within 60 s');
			metrics.push({
				name: usersFirst,
				value: round(ms),
				unit: 'ms',
				target: '—',
				detail: 'in-app'
			});
			usersPage = true;
		} catch (error) {
			metrics.push(notMeasured(usersFirst, 'ms', '—', reason(error)));
		}
		const heapName = 'JS heap with the 100,000-user account open';
		if (usersPage) {
			await page.waitForTimeout(2000);
			const mb = await heapMb(page);
			metrics.push({ name: heapName, value: round(mb), unit: 'MB', target: '≤ 150 MB' });
			try {
				metrics.push(await searchKeystrokes(page));
			} catch (error) {
				metrics.push(
					notMeasured('Users list search keystroke (p95)', 'ms', '≤ 50 ms', reason(error))
				);
			}
			metrics.push(await usersPropertyFilter(page, '100,000'));
			metrics.push(...(await eventHistory(page)));
			try {
				metrics.push(await bulkWelcome(page, big.accountId));
			} catch (error) {
				metrics.push(notMeasured('Select all + bulk welcome e-mail', 'ms', '—', reason(error)));
			}
		} else {
			metrics.push(notMeasured(heapName, 'MB', '≤ 150 MB', 'the users page shows no rows'));
			metrics.push(
				notMeasured('Users list search keystroke (p95)', 'ms', '≤ 50 ms', 'no users page')
			);
			await page.goto(`/accounts/${big.accountId}`);
			metrics.push(...(await eventHistory(page)));
		}
	} catch (error) {
		metrics.push(notMeasured('Load sample data, Large', 's', '—', reason(error)));
	} finally {
		await context.close();
	}
	return metrics;
}
