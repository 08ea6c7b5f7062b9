/**
 * `npm run bench`: measures the targets of spec 00 that exist so far against the built app served
 * by the relay, in headless Chromium. Prints a table and writes tests/bench/results.json.
 * A benchmark, not a test: it never fails on a figure; a figure whose page does not exist yet is
 * printed as "not measured: <why>". `--no-build` reuses the current build (SWITCHBOARD_OUT is
 * honoured like everywhere), `--no-scale` skips the sample-data, 100,000-user and 10,000-account
 * figures, `--only-scale` measures only those, `--only-accounts` only the 10,000-account ones,
 * `--only-commit` only the 10,000-user bulk commit, `--only-sync` only the sync figures,
 * `--only-assignments` only the 50-administrator account-manager figure, `--only-import` only
 * the spreadsheet import and export figures. A run
 * with an `--only-…` flag keeps the other figures of results.json (each with its own date).
 */
import { importExportMetrics } from './import-export';
import { importBrowserMetrics } from './import-browser';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { median, type Metric } from './metric';
import { sampleDataLoad, scaleMetrics } from './scale';
import { accountsMetrics } from './accounts';
import { commitMetric } from './commit';
import { editToVisible, initialSync, initialSyncBrowser, relayFanOut, relayMemory } from './sync';
import { assignmentStorm } from './assignments';
import { freePort, startRelay, stopRelay } from '../tools/relay-process';

const ROOT = join(import.meta.dirname, '..', '..');
const APP_DIR = process.env.SWITCHBOARD_OUT
	? join(process.env.SWITCHBOARD_OUT, 'build')
	: join(ROOT, 'build');
const RUNS = 5;

// Records when the first page heading is on screen (the app has started and rendered its data).
const MARK_INTERACTIVE = `
	new MutationObserver((_, observer) => {
		if (document.querySelector('h1')) {
			window.__interactive = performance.now();
			observer.disconnect();
		}
	}).observe(document, { childList: true, subtree: true });
`;

async function firstLoadJs(
	browser: Browser,
	origin: string
): Promise<{ gzip: number; raw: number; files: number }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const scripts = new Map<string, Buffer>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') {
			void response.body().then(
				(body) => scripts.set(response.url(), body),
				() => undefined
			);
		}
	});
	await page.goto(origin, { waitUntil: 'networkidle' });
	await page.getByRole('heading', { name: 'Welcome to Switchboard' }).waitFor();
	await context.close();
	let gzip = 0;
	let raw = 0;
	for (const body of scripts.values()) {
		raw += body.length;
		gzip += gzipSync(body, { level: 9 }).length;
	}
	return { gzip, raw, files: scripts.size };
}

async function coldLoad(browser: Browser, origin: string): Promise<number> {
	const context = await browser.newContext();
	await context.addInitScript(MARK_INTERACTIVE);
	const page = await context.newPage();
	await page.goto(origin);
	await page.getByRole('heading', { name: 'Welcome to Switchboard' }).waitFor();
	const ms = await page.evaluate(
		() => (window as unknown as { __interactive: number }).__interactive
	);
	await context.close();
	return ms;
}

async function offlineReload(browser: Browser, origin: string): Promise<number> {
	const context = await browser.newContext();
	await context.addInitScript(MARK_INTERACTIVE);
	const page = await context.newPage();
	await page.goto(origin);
	await page.getByLabel('Your name').fill('Bench Admin');
	await page.getByLabel('Email').fill('bench@example.com');
	await page.getByLabel('Partner organization').fill('Bench Telecom');
	await page.getByRole('button', { name: 'Create workspace' }).click();
	await page.getByRole('heading', { name: 'Welcome, Bench Admin' }).waitFor();
	await page.waitForFunction(
		async () =>
			(await navigator.serviceWorker.ready).active !== null &&
			navigator.serviceWorker.controller !== null
	);
	await context.setOffline(true);
	await page.reload();
	await page.getByRole('heading', { name: 'Welcome, Bench Admin' }).waitFor();
	// Interactive = the greeting with the person's data from the device is on screen.
	const ms = await page.evaluate(
		() => (window as unknown as { __interactive: number }).__interactive
	);
	await context.close();
	return ms;
}

async function firstLoad(browser: Browser, origin: string): Promise<Metric[]> {
	const js = await firstLoadJs(browser, origin);
	const cold: number[] = [];
	const offline: number[] = [];
	for (let i = 0; i < RUNS; i += 1) {
		cold.push(await coldLoad(browser, origin));
		offline.push(await offlineReload(browser, origin));
	}
	return [
		{
			name: 'JavaScript on first load (gzip)',
			value: Math.round(js.gzip / 1024),
			unit: 'kB',
			target: '≤ 300 kB',
			detail: `${js.files} files, ${Math.round(js.raw / 1024)} kB raw`
		},
		{
			name: 'Cold load to interactive (median)',
			value: Math.round(median(cold)),
			unit: 'ms',
			target: '—',
			detail: `${RUNS} runs: ${cold.map(Math.round).join(', ')}`
		},
		{
			name: 'Offline reload to interactive (median)',
			value: Math.round(median(offline)),
			unit: 'ms',
			target: '≤ 1000 ms',
			detail: `${RUNS} runs: ${offline.map(Math.round).join(', ')}`
		}
	];
}

async function main(): Promise<void> {
	if (!process.argv.includes('--no-build') || !existsSync(join(APP_DIR, 'index.html'))) {
		const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
		if (build.status !== 0) throw new Error('The build failed.');
	}
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	const server = await startRelay(port, APP_DIR);
	const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	const browser = await chromium.launch({
		executablePath: existsSync(systemChromium) ? systemChromium : undefined,
		args: CHROMIUM_ARGS
	});
	try {
		const metrics: Metric[] = [];
		const onlyAccounts = process.argv.includes('--only-accounts');
		const onlyCommit = process.argv.includes('--only-commit');
		const onlySync = process.argv.includes('--only-sync');
		const onlyAssignments = process.argv.includes('--only-assignments');
		const onlyImport = process.argv.includes('--only-import');
		const only =
			onlyAccounts ||
			onlyCommit ||
			onlySync ||
			onlyAssignments ||
			onlyImport ||
			process.argv.includes('--only-scale');
		if (!only) metrics.push(...(await firstLoad(browser, origin)));
		if (!only || onlySync) {
			console.log('Sync: edit to visible, fan-out, initial sync, relay memory…');
			metrics.push(...(await editToVisible(browser, origin)));
			metrics.push(...(await relayFanOut(origin)));
			metrics.push(...(await initialSync(origin)));
			metrics.push(...(await initialSyncBrowser(browser, origin)));
			metrics.push(...(await relayMemory(APP_DIR)));
		}
		if (!only || onlyAssignments) {
			console.log('Account managers: 50 administrators assigning for 60 s…');
			metrics.push(...(await assignmentStorm(origin)));
		}
		if (!only || onlyImport) {
			console.log('Spreadsheets: import 1,000 / 10,000 / 100,000 rows, export 100,000…');
			metrics.push(...importExportMetrics());
			metrics.push(...(await importBrowserMetrics(browser, origin)));
		}
		if (onlySync || onlyAssignments || onlyImport) {
			printAndSave(metrics, browser.version(), only);
			return;
		}
		if (!onlyAccounts) {
			console.log('Bulk commit: 10,000 new users…');
			metrics.push(await commitMetric(browser, origin));
		}
		if (!process.argv.includes('--no-scale') && !onlyAccounts && !onlyCommit) {
			console.log('Load sample data, Small…');
			metrics.push(await sampleDataLoad(browser, origin));
			console.log('Load sample data, Large (Scale Test Ltd: 100,000 users, 200,000 events)…');
			metrics.push(...(await scaleMetrics(browser, origin)));
		}
		if (!process.argv.includes('--no-scale') && !onlyCommit) {
			console.log('Scale: 10,000 accounts…');
			metrics.push(...(await accountsMetrics(browser, origin)));
		}
		printAndSave(metrics, browser.version(), only);
	} finally {
		await browser.close();
		await stopRelay(server);
	}
}

/** Prints the table and writes results.json (keeping other figures when only some were measured). */
function printAndSave(measured: Metric[], browserVersion: string, partial: boolean): void {
	const date = new Date().toISOString();
	const dated = measured.map((m) => ({ ...m, date }));
	let metrics: (Metric & { date?: string })[] = dated;
	const file = join(ROOT, 'tests/bench/results.json');
	if (partial && existsSync(file)) {
		const previous = JSON.parse(readFileSync(file, 'utf8')) as {
			date?: string;
			metrics?: (Metric & { date?: string })[];
		};
		const names = new Set(measured.map((m) => m.name));
		const kept = (previous.metrics ?? [])
			.filter((m) => !names.has(m.name))
			.map((m) => ({ ...m, date: m.date ?? previous.date }));
		metrics = [...kept, ...dated];
	}
	{
		const rows = measured.map((m) => [
			m.name,
			m.value === null ? '—' : `${m.value} ${m.unit}`,
			m.target,
			m.detail ?? ''
		]);
		const widths = [0, 1, 2, 3].map((c) =>
			Math.max(...[['metric', 'value', 'target', 'detail'], ...rows].map((r) => r[c]?.length ?? 0))
		);
		const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ');
		console.log(`\n${line(['metric', 'value', 'target', 'detail'])}`);
		console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
		for (const r of rows) console.log(line(r));
		const results = {
			date,
			machine: {
				cpus: cpus().length,
				cpu: cpus()[0]?.model ?? '',
				node: process.version,
				browser: browserVersion
			},
			metrics
		};
		writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);
		console.log('\nWritten to tests/bench/results.json');
	}
}

await main();
// The figures are written. A client library's timer (the sync figures' y-websocket clients keep
// one after destroy) would otherwise keep Node running: end here.
process.exit(0);
