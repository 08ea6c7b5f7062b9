/**
 * `npm test`: lint, type check, i18n check, unit tests, relay tests, build, and Playwright e2e
 * against the built app. Every step runs even when an earlier one failed (except e2e without a
 * build), so one run shows everything. The last line is the summary `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..', '..');
const RESULTS = join(ROOT, 'test-results');

interface Tally {
	passed: number;
	failed: number;
	skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
	console.log(`\n▶ ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
	return result.status === 0;
}

/** A step that is one check: passes or fails as a whole. */
function check(name: string, command: string, args: string[]): boolean {
	const ok = run(command, args);
	total[ok ? 'passed' : 'failed'] += 1;
	lines.push(`${ok ? '✓' : '✗'} ${name}`);
	return ok;
}

function readJson(path: string): unknown {
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as unknown;
	} catch {
		return null;
	}
}

/** A Vitest run, counted test by test from its JSON report. */
function vitest(name: string, args: string[], report: string): void {
	rmSync(report, { force: true });
	const ok = run('npx', [
		'vitest',
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${report}`,
		...args
	]);
	const json = readJson(report) as {
		numPassedTests?: number;
		numFailedTests?: number;
		numPendingTests?: number;
		numTodoTests?: number;
	} | null;
	const tally: Tally = {
		passed: json?.numPassedTests ?? 0,
		failed: json?.numFailedTests ?? 0,
		skipped: (json?.numPendingTests ?? 0) + (json?.numTodoTests ?? 0)
	};
	// A run that failed without failing tests (a file that does not load) is one failure.
	if (!ok && tally.failed === 0) tally.failed = 1;
	add(name, tally);
}

function add(name: string, tally: Tally): void {
	total.passed += tally.passed;
	total.failed += tally.failed;
	total.skipped += tally.skipped;
	const mark = tally.failed === 0 ? '✓' : '✗';
	lines.push(
		`${mark} ${name}: ${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`
	);
}

function chromiumPath(): string | null {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const path of candidates) if (path && existsSync(path)) return path;
	try {
		const own = chromium.executablePath();
		return existsSync(own) ? own : null;
	} catch {
		return null;
	}
}

mkdirSync(RESULTS, { recursive: true });
const browser = chromiumPath();
if (!browser) {
	console.error(
		[
			'No Chromium found for the end-to-end tests.',
			'Install it, then run npm test again:',
			'  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
			'  or point CHROMIUM_PATH at a Chromium or Chrome binary,',
			'  or, where downloads are allowed:  npx playwright install chromium',
			'(.ci/run installs Chromium by itself.)'
		].join('\n')
	);
	console.log('0 passed, 1 failed');
	process.exit(1);
}

// The relay tests start their own redis-server (several relays on one Redis).
if (spawnSync('redis-server', ['--version']).error) {
	console.error(
		[
			'No redis-server found for the relay tests.',
			'Install it, then run npm test again:',
			'  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y redis-server',
			'(.ci/run installs it by itself; the tests start and stop their own server.)'
		].join('\n')
	);
	console.log('0 passed, 1 failed');
	process.exit(1);
}

check('lint (prettier + eslint)', 'npm', ['run', 'lint']);
check('type check (svelte-check, service worker, relay)', 'npm', ['run', 'check']);
check('i18n: every key in six languages, all used', 'npm', ['run', 'check:i18n']);
vitest('unit tests', [], join(RESULTS, 'unit.json'));
vitest('relay tests', ['--root', 'sync-server'], join(RESULTS, 'relay.json'));
const built = check('build (app + relay)', 'npm', ['run', 'build']);
if (built) {
	const report = join(RESULTS, 'e2e.json');
	rmSync(report, { force: true });
	const ok = run('npx', ['playwright', 'test'], { CHROMIUM_PATH: browser });
	const json = readJson(report) as {
		stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
	} | null;
	const stats = json?.stats ?? {};
	const tally: Tally = {
		passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
		failed: stats.unexpected ?? 0,
		skipped: stats.skipped ?? 0
	};
	if (!ok && tally.failed === 0) tally.failed = 1;
	add('end-to-end tests (Playwright, Chromium)', tally);
} else {
	lines.push('✗ end-to-end tests not run: the build failed');
}

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
console.log(
	`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`
);
process.exit(total.failed === 0 ? 0 : 1);
