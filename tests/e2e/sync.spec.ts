import { expect, test, type Page } from './fixtures';
import { freshWorkspace, mainNav, waitForOfflineReady } from './app';
import { addCustomerAccount } from './users-page';

const status = (page: Page) => page.getByRole('button', { name: 'Sync status' });

async function openSettings(page: Page): Promise<void> {
	await mainNav(page).getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

/** The relay's own figures (GET /metrics), read from outside the browser. */
async function relayMetric(baseURL: string, name: string): Promise<number> {
	const text = await (await fetch(`${baseURL}/metrics`)).text();
	const line = text.split('\n').find((l) => l.startsWith(`${name} `));
	return Number(line?.split(' ')[1] ?? NaN);
}

test('an administrator connects to the relay that served the app; a change made offline is pending and goes out on reconnect', async ({
	page,
	context,
	baseURL
}) => {
	await freshWorkspace(page);
	await expect(status(page)).toHaveAccessibleDescription('Not syncing');
	await openSettings(page);
	const url = page.getByLabel('Relay URL');
	// Preset to the relay that served the app.
	await expect(url).toHaveValue(`${baseURL?.replace(/^http/, 'ws')}/sync`);
	await page.getByRole('button', { name: 'Connect' }).click();
	await expect(
		page.getByText(`This device syncs through ${await url.inputValue()}.`)
	).toBeVisible();
	await expect(status(page)).toHaveAccessibleDescription('Synced');
	const bytesBefore = await relayMetric(
		baseURL ?? '',
		'switchboard_relay_bytes_total{direction="in"}'
	);
	expect(bytesBefore).toBeGreaterThan(0);

	// The train: no network. The change is kept and counted.
	await context.setOffline(true);
	await expect(status(page)).toHaveAccessibleDescription('Offline');
	await addCustomerAccount(page, 'Initech Offline');
	await expect(status(page)).toHaveAccessibleDescription('Offline · 1 change pending');
	await status(page).click();
	const details = page.getByRole('region', { name: 'Sync and storage' });
	await expect(details.getByRole('button', { name: 'Retry now' })).toBeVisible();
	await page.keyboard.press('Escape');
	// The tab closes (here: reloads, still offline): the change and its count are kept.
	await waitForOfflineReady(page);
	await page.reload();
	await expect(status(page)).toHaveAccessibleDescription('Offline · 1 change pending');
	await mainNav(page).getByRole('link', { name: 'Accounts', exact: true }).click();
	await expect(page.getByRole('link', { name: 'Initech Offline' })).toBeVisible();

	// Back online: it goes out by itself.
	await context.setOffline(false);
	await expect(status(page)).toHaveAccessibleDescription('Synced');
	await expect
		.poll(() => relayMetric(baseURL ?? '', 'switchboard_relay_bytes_total{direction="in"}'))
		.toBeGreaterThan(bytesBefore);

	// Remembered: a reload connects again.
	await page.reload();
	await expect(status(page)).toHaveAccessibleDescription('Synced');

	await openSettings(page);
	await page.getByRole('button', { name: 'Disconnect' }).click();
	await expect(status(page)).toHaveAccessibleDescription('Not syncing');
	await expect(page.getByRole('button', { name: 'Connect' })).toBeVisible();
	await page.reload();
	await expect(status(page)).toHaveAccessibleDescription('Not syncing');
});

test('a relay address that is not one gets a clear message and stays in the field', async ({
	page
}) => {
	await freshWorkspace(page);
	await openSettings(page);
	const url = page.getByLabel('Relay URL');
	await url.fill('relay example');
	await page.getByRole('button', { name: 'Connect' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Enter the address of a relay, starting with wss://, ws://, https:// or http://.'
	);
	await expect(url).toHaveValue('relay example');
	await expect(url).toHaveAttribute('aria-invalid', 'true');
	await expect(status(page)).toHaveAccessibleDescription('Not syncing');
});
