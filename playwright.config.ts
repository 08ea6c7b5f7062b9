import { defineConfig, devices } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * E2E against the built app served by the relay (`npm run build` first; `npm test` does it).
 * Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser.
 */
const PORT = Number(process.env.E2E_PORT ?? 4317);
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export const CHROMIUM_ARGS = [
	...(isRoot ? ['--no-sandbox'] : []),
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];

// Parallel runs on one machine (SWITCHBOARD_OUT) keep their results apart too.
const RESULTS = process.env.SWITCHBOARD_OUT
	? join(process.env.SWITCHBOARD_OUT, 'test-results')
	: 'test-results';

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: RESULTS,
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: join(RESULTS, 'e2e.json') }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath, args: CHROMIUM_ARGS }
			}
		}
	],
	webServer: {
		command: 'node sync-server/dist/index.js',
		url: `http://localhost:${PORT}/healthz`,
		reuseExistingServer: false,
		timeout: 30_000,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			APP_DIR: process.env.SWITCHBOARD_OUT
				? join(process.env.SWITCHBOARD_OUT, 'build')
				: join(import.meta.dirname, 'build'),
			DATA_DIR: mkdtempSync(join(tmpdir(), 'switchboard-e2e-'))
		}
	}
});
