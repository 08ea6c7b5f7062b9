import { expect, test } from './fixtures';
import { DANA, WelcomePage, freshWorkspace, mainNav, waitForOfflineReady } from './app';

test('creating a workspace greets the person by name, and a reload keeps it', async ({ page }) => {
	await freshWorkspace(page);
	await expect(page.getByText('Partner workspace Acme Telecom')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Sync status' })).toHaveAccessibleDescription(
		'Not syncing'
	);
	// The workspace creation is in the history: the partner account and its first admin.
	const events = page.getByRole('table');
	await expect(events.getByRole('row')).toHaveCount(3);
	await expect(events.getByRole('row', { name: /Dana Lee Create Account/ })).toBeVisible();
	await expect(events.getByRole('row', { name: /Dana Lee Create User/ })).toBeVisible();

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Welcome, Dana Lee' })).toBeVisible();
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
});

test('an invalid e-mail is explained next to the field and the typed values are kept', async ({
	page
}) => {
	const welcome = new WelcomePage(page);
	await welcome.open();
	await welcome.fill({ ...DANA, email: 'dana@example' });
	await welcome.submit();

	const email = page.getByLabel('Email');
	await expect(email).toHaveAttribute('aria-invalid', 'true');
	await expect(email).toHaveAccessibleDescription(
		'Enter a valid email address, for example name@example.com.'
	);
	await expect(email).toBeFocused();
	await expect(email).toHaveValue('dana@example');
	await expect(page.getByLabel('Your name')).toHaveValue('Dana Lee');
	await expect(page.getByLabel('Partner organization')).toHaveValue('Acme Telecom');
	await expect(page.getByRole('heading', { name: 'Welcome to Switchboard' })).toBeVisible();

	// Empty required fields are named too; fixing them creates the workspace.
	await page.getByLabel('Your name').fill('');
	await welcome.submit();
	await expect(page.getByLabel('Your name')).toHaveAccessibleDescription('This field is required.');
	await page.getByLabel('Your name').fill(DANA.name);
	await email.fill(DANA.email);
	await welcome.submit();
	await expect(page.getByRole('heading', { name: 'Welcome, Dana Lee' })).toBeVisible();
});

test('the app starts offline and shows the data kept on the device', async ({ page, context }) => {
	await freshWorkspace(page);
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Welcome, Dana Lee' })).toBeVisible();
	await expect(page.getByRole('table').getByRole('row', { name: /Create Account/ })).toBeVisible();
	await mainNav(page).getByRole('link', { name: 'Accounts' }).click();
	await expect(page.getByRole('cell', { name: /Acme Telecom/ })).toBeVisible();
	// A deep link also starts offline (the shell serves every route).
	await page.goto('/settings').catch(() => undefined);
	await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
	await context.setOffline(false);
});

test('the language switches the whole interface and is remembered', async ({ page }) => {
	await freshWorkspace(page);
	const language = page.getByLabel('Language');
	await language.selectOption('de');
	// The landmark's name is localized too ("Hauptnavigation").
	const nav = page.getByRole('navigation');
	await expect(nav.getByRole('link', { name: 'Konten', exact: true })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await page.getByLabel('Sprache').selectOption('fr');
	await expect(nav.getByRole('link', { name: 'Comptes', exact: true })).toBeVisible();
	await page.reload();
	await expect(nav.getByRole('link', { name: 'Comptes', exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Bienvenue, Dana Lee' })).toBeVisible();
});

test('two tabs of the same profile show the same data at once', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await second.goto('/');
	await expect(second.getByRole('heading', { name: 'Welcome to Switchboard' })).toBeVisible();
	await freshWorkspace(first);
	// The other tab follows without a reload.
	await expect(second.getByRole('heading', { name: 'Welcome, Dana Lee' })).toBeVisible();
	await expect(
		second.getByRole('table').getByRole('row', { name: /Create Account/ })
	).toBeVisible();
	// Deleting a notification in one tab removes it in the other.
	await first.getByRole('button', { name: 'Notifications' }).click();
	const firstList = first.getByRole('region', { name: 'Notifications' }).getByRole('listitem');
	await expect(firstList.first()).toBeVisible();
	const before = await firstList.count();
	await second.getByRole('button', { name: 'Notifications' }).click();
	await second
		.getByRole('region', { name: 'Notifications' })
		.getByRole('listitem')
		.filter({ hasText: 'Workspace Acme Telecom created.' })
		.getByRole('button', { name: 'Delete notification' })
		.click();
	await expect(firstList).toHaveCount(before - 1);
	await expect(firstList.filter({ hasText: 'Workspace Acme Telecom created.' })).toHaveCount(0);
});
