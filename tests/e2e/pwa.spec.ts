import { expect, test } from './fixtures';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WelcomePage, freshWorkspace, waitForOfflineReady } from './app';
import { freePort, startRelay, stopRelay } from '../tools/relay-process';

const ROOT = join(import.meta.dirname, '..', '..');

test('the manifest makes the app installable and opens spreadsheets', async ({ request }) => {
	const response = await request.get('/manifest.webmanifest');
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('application/manifest+json');
	const manifest = (await response.json()) as {
		name: string;
		short_name: string;
		display: string;
		theme_color: string;
		start_url: string;
		icons: { src: string; sizes: string; purpose: string }[];
		file_handlers: { accept: Record<string, string[]> }[];
		launch_handler: { client_mode: string };
	};
	expect(manifest).toMatchObject({
		name: 'Switchboard',
		short_name: 'Switchboard',
		display: 'standalone',
		start_url: '/',
		launch_handler: { client_mode: 'focus-existing' }
	});
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
	const extensions = Object.values(manifest.file_handlers[0]?.accept ?? {}).flat();
	expect(extensions.sort()).toEqual(['.csv', '.ods', '.xls', '.xlsx']);
	for (const [size, purpose] of [
		['192x192', 'any'],
		['512x512', 'any'],
		['512x512', 'maskable']
	] as const) {
		const icon = manifest.icons.find((i) => i.sizes === size && i.purpose === purpose);
		expect(icon, `${size} ${purpose} icon`).toBeDefined();
		const png = await (await request.get(icon!.src)).body();
		// PNG header: width and height as big-endian integers at bytes 16 and 20.
		const [w, h] = size.split('x').map(Number);
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
	}
});

test('a new version waits for "Reload to update" and never reloads by itself', async ({ page }) => {
	const current = mkdtempSync(join(tmpdir(), 'sb-app-v1-'));
	const next = mkdtempSync(join(tmpdir(), 'sb-app-v2-'));
	cpSync(join(ROOT, 'build'), current, { recursive: true });
	cpSync(join(ROOT, 'build'), next, { recursive: true });
	// Any byte change in the worker script is a new version for the browser.
	appendFileSync(join(next, 'service-worker.js'), '\n// next version\n');
	// The precompressed copies would still be the old script.
	for (const ext of ['.gz', '.br']) rmSync(join(next, `service-worker.js${ext}`), { force: true });

	const port = await freePort();
	const origin = `http://localhost:${port}`;
	let server = await startRelay(port, current);
	try {
		await page.goto(origin);
		await expect(page.getByRole('heading', { name: 'Welcome to Switchboard' })).toBeVisible();
		await new WelcomePage(page).create();
		await waitForOfflineReady(page);
		await expect(page.getByText('Update available')).toHaveCount(0);

		await stopRelay(server);
		server = await startRelay(port, next);
		await page.evaluate(() => {
			(window as unknown as { stillHere: boolean }).stillHere = true;
		});
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});
		await expect(page.getByText('Update available')).toBeVisible();
		// The prompt only offers: the page is the same one, nothing reloaded.
		await page.waitForTimeout(1000);
		expect(
			await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)
		).toBe(true);

		await Promise.all([
			page.waitForEvent('load'),
			page.getByRole('button', { name: 'Reload to update' }).first().click()
		]);
		await expect(page.getByRole('heading', { name: 'Welcome, Dana Lee' })).toBeVisible();
		expect(
			await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)
		).toBeUndefined();
		await expect(page.getByText('Update available')).toHaveCount(0);
	} finally {
		await stopRelay(server);
	}
});

test('the app asks to keep its data after the workspace is created', async ({ page }) => {
	await freshWorkspace(page);
	const persisted = await page.evaluate(() => navigator.storage.persisted());
	// Either the browser granted it, or the person was told and can ask again.
	if (!persisted) {
		await page.getByRole('button', { name: 'Notifications' }).click();
		await expect(page.getByText(/may clear Switchboard data under storage pressure/)).toBeVisible();
	} else {
		await page.getByRole('button', { name: 'Sync status' }).click();
		await expect(page.getByText('Storage is persistent')).toBeVisible();
	}
});
