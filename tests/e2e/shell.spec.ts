import { expect, test, type Page } from './fixtures';
import { freshWorkspace, mainNav, seriousA11yViolations, WelcomePage } from './app';

function notificationsPanel(page: Page) {
	return page.getByRole('region', { name: 'Notifications' });
}

test('notifications: badge, Dismiss All hides until reload, Delete removes for good', async ({
	page
}) => {
	await freshWorkspace(page);
	const bell = page.getByRole('button', { name: 'Notifications' });
	await expect(bell).toHaveAccessibleDescription(/\d unread notifications?/);
	await bell.click();
	const created = notificationsPanel(page)
		.getByRole('listitem')
		.filter({ hasText: 'Workspace Acme Telecom created.' });
	await expect(created).toBeVisible();
	// Opening the list marks everything read: the badge goes.
	await expect(bell).toHaveAccessibleDescription('');

	await notificationsPanel(page).getByRole('button', { name: 'Dismiss All' }).click();
	await expect(notificationsPanel(page).getByText('No notifications.')).toBeVisible();
	await page.reload();
	await page.getByRole('button', { name: 'Notifications' }).click();
	await expect(created).toBeVisible();

	await created.getByRole('button', { name: 'Delete notification' }).click();
	await expect(created).toHaveCount(0);
	await page.reload();
	await page.getByRole('button', { name: 'Notifications' }).click();
	await expect(created).toHaveCount(0);
});

test('sign out, continue as a profile, and switch between two workspaces', async ({ page }) => {
	await freshWorkspace(page);
	await page.getByRole('button', { name: 'Profile menu' }).click();
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('heading', { name: 'Welcome to Switchboard' })).toBeVisible();
	await page.getByRole('button', { name: 'Continue as Dana Lee' }).click();
	await expect(page.getByRole('heading', { name: 'Welcome, Dana Lee' })).toBeVisible();

	// A second workspace on the same device.
	await page.getByRole('button', { name: 'Profile menu' }).click();
	await page.getByRole('button', { name: 'Switch profile' }).click();
	await page.getByRole('button', { name: 'Create another workspace' }).click();
	await new WelcomePage(page).create({
		name: 'Jan de Vries',
		email: 'jan@example.nl',
		organization: 'Noord Telecom'
	});
	await expect(page.getByText('Partner workspace Noord Telecom')).toBeVisible();
	await mainNav(page).getByRole('link', { name: 'Accounts' }).click();
	await expect(page.getByRole('cell', { name: /Noord Telecom/ })).toBeVisible();
	await expect(page.getByRole('cell', { name: /Acme Telecom/ })).toHaveCount(0);

	await page.getByRole('button', { name: 'Profile menu' }).click();
	await page.getByRole('button', { name: 'Switch profile' }).click();
	await page.getByRole('button', { name: /Dana Lee · Acme Telecom/ }).click();
	await expect(page.getByRole('cell', { name: /Acme Telecom/ })).toBeVisible();
	await expect(page.getByRole('cell', { name: /Noord Telecom/ })).toHaveCount(0);
});

test('the accounts list shows the partner account, searches and sorts', async ({ page }) => {
	await freshWorkspace(page);
	await mainNav(page).getByRole('link', { name: 'Accounts' }).click();
	await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
	const row = page.getByRole('row', { name: /Acme Telecom/ });
	await expect(row).toBeVisible();
	const accountId = (await row.getByRole('cell').nth(1).textContent())?.trim() ?? '';
	expect(accountId).toMatch(/^[1-9]\d{8}$/);
	await expect(row.getByRole('cell').nth(3)).toHaveText('1');

	const search = page.getByRole('searchbox', { name: 'Search accounts' });
	await search.fill('tele');
	await expect(row).toBeVisible();
	await search.fill(accountId.slice(0, 4));
	await expect(row).toBeVisible();
	await search.fill('ácme');
	await expect(row).toBeVisible();
	await search.fill('nothing-like-it');
	await expect(page.getByText('No accounts match your search.')).toBeVisible();
	await search.fill('');
	await page.getByLabel('Show').selectOption('deactivated');
	await expect(page.getByText('No accounts in this list.')).toBeVisible();
	await page.getByLabel('Show').selectOption('active');

	const nameHeader = page.getByRole('columnheader', { name: 'NAME' });
	await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
	await nameHeader.getByRole('button').click();
	await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
	for (const header of ['ACCOUNT ID', 'COUNTRY', 'USERS', 'MODIFIED ON (BY)']) {
		await expect(page.getByRole('columnheader', { name: header })).toBeVisible();
	}
});

test('sync status says the device is not syncing and shows the storage state', async ({ page }) => {
	await freshWorkspace(page);
	const status = page.getByRole('button', { name: 'Sync status' });
	await expect(status).toHaveAccessibleDescription('Not syncing');
	await status.click();
	const details = page.getByRole('region', { name: 'Sync and storage' });
	await expect(
		details.getByText('No relay configured: everything is kept on this device only.')
	).toBeVisible();
	await expect(
		details
			.getByText('Storage is persistent')
			.or(details.getByRole('button', { name: 'Keep data on this device' }))
	).toBeVisible();
	await expect(details.getByText(/used of .* available/)).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(details).toHaveCount(0);
	await expect(status).toBeFocused();
});

test('settings show the workspace, the profile and the app version', async ({ page }) => {
	await freshWorkspace(page);
	await mainNav(page).getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
	await expect(page.getByText('dana@example.com')).toBeVisible();
	await expect(page.getByText(/^0\.1\.0-/)).toBeVisible();
});

test('every page passes an axe scan without serious or critical violations', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Welcome to Switchboard' })).toBeVisible();
	expect(await seriousA11yViolations(page)).toEqual([]);
	await new WelcomePage(page).submit();
	await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
	expect(await seriousA11yViolations(page)).toEqual([]);
	await new WelcomePage(page).create();
	expect(await seriousA11yViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Notifications' }).click();
	expect(await seriousA11yViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Sync status' }).click();
	expect(await seriousA11yViolations(page)).toEqual([]);
	for (const [link, heading] of [
		['Accounts', 'Accounts'],
		['Settings', 'Settings']
	] as const) {
		await mainNav(page).getByRole('link', { name: link }).click();
		await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
		expect(await seriousA11yViolations(page)).toEqual([]);
	}
	await page.getByRole('button', { name: 'Profile menu' }).click();
	expect(await seriousA11yViolations(page)).toEqual([]);
});
