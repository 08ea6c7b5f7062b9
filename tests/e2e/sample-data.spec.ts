import { expect, test } from './fixtures';
import { freshWorkspace, mainNav, seriousA11yViolations } from './app';
import { DashboardPage } from './dashboard-page';
import { UsersPage } from './users-page';

/** "Load sample data" with a choice of size (spec 19, First run; issue 6 point 5). */

test('the dialog explains both sizes, works with the keyboard, and Cancel before loading closes it', async ({
	page
}) => {
	await freshWorkspace(page);
	const dashboard = new DashboardPage(page);
	const dialog = dashboard.sampleDialog;

	await dashboard.loadButton.focus();
	await page.keyboard.press('Enter');
	await expect(dialog).toBeVisible();
	await expect(page.getByRole('radiogroup', { name: 'Size' })).toBeVisible();
	await expect(dashboard.size('Small')).toBeChecked();
	await expect(dashboard.size('Small')).toHaveAccessibleDescription(
		'25 customer accounts in several countries, 2,500 users with names from six languages, licences and 20,000 events of the last 90 days. Takes a few seconds.'
	);
	await expect(dashboard.size('Large')).toHaveAccessibleDescription(
		/^Everything in Small, plus Scale Test Ltd: one account with 100,000 users and 200,000 events.*26 accounts, 102,500 users and 220,000 events in all\. Takes a few minutes\.$/
	);
	await expect(dialog).toContainText('Cancel stops a running load and removes what it has loaded');
	expect(await seriousA11yViolations(page)).toEqual([]);

	// Arrow keys choose the size; Escape is Cancel and loads nothing.
	await expect(dashboard.size('Small')).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(dashboard.size('Large')).toBeChecked();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(dashboard.loadButton).toBeFocused();

	await dashboard.loadButton.click();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await expect(dashboard.count('Customer accounts')).toHaveText('0');
	await expect(dashboard.progress).toHaveCount(0);
});

test('with Small loaded, Large adds Scale Test Ltd; Cancel of that second load removes what it added', async ({
	page
}) => {
	test.setTimeout(180_000);
	await freshWorkspace(page);
	const dashboard = new DashboardPage(page);
	await dashboard.startLoad('Small');
	await dashboard.loaded('Sample data loaded: 25 accounts, 2,500 users, 20,000 events.', 60_000);
	await expect(dashboard.count('Customer accounts')).toHaveText('25');
	await expect(dashboard.count('Users')).toHaveText('2,501');

	// The dialog offers only what is missing: Small is there, Large adds Scale Test Ltd.
	await dashboard.loadButton.click();
	await expect(dashboard.size('Small')).toBeDisabled();
	await expect(dashboard.size('Small')).toHaveAccessibleDescription(
		'Already loaded in this workspace.'
	);
	await expect(dashboard.size('Large')).toBeChecked();
	await expect(dashboard.size('Large')).toHaveAccessibleDescription(
		/^Adds Scale Test Ltd to the sample data already loaded: one account with 100,000 users and 200,000 events/
	);
	await dashboard.sampleDialog.getByRole('button', { name: 'Load', exact: true }).click();
	const progress = dashboard.sampleDialog.getByRole('progressbar');
	await expect(progress).toHaveAccessibleName('Loading sample data…');
	// 1 % or more done: Scale Test Ltd and its first 2,000 users or more are written...
	await expect(progress).toHaveAttribute('aria-valuenow', /^[1-9]\d*$/, { timeout: 60_000 });

	// ...then Cancel stops the load and takes away what it added, the first load stays.
	await dashboard.sampleDialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dashboard.sampleDialog).toBeHidden();
	await expect(
		page.getByRole('status').getByText('Loading stopped. What had been loaded so far was removed.')
	).toBeVisible({ timeout: 120_000 });
	await expect(dashboard.progress).toHaveCount(0);
	await expect(dashboard.count('Customer accounts')).toHaveText('25');
	await expect(dashboard.count('Users')).toHaveText('2,501');
	await expect(dashboard.removeButton).toBeVisible();
	await expect(dashboard.loadButton).toBeVisible();

	await mainNav(page).getByRole('link', { name: 'Accounts' }).click();
	await expect(page.getByRole('link', { name: 'Müller & Söhne Maschinenbau GmbH' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Scale Test Ltd' })).toHaveCount(0);

	// Large is still on offer: nothing half-loaded counts as loaded.
	await mainNav(page).getByRole('link', { name: 'Dashboard' }).click();
	await expect(dashboard.count('Customer accounts')).toHaveText('25');
	await expect(dashboard.count('Users')).toHaveText('2,501');
	await dashboard.loadButton.click();
	await expect(dashboard.size('Large')).toBeEnabled();
	await expect(dashboard.size('Large')).toBeChecked();
	await dashboard.sampleDialog.getByRole('button', { name: 'Cancel' }).click();
});

test('Large: Scale Test Ltd with 100,000 users, where a Property filter and a search narrow the list', async ({
	page
}) => {
	// 100,000 users and 200,000 events through the write path: minutes on a 2-core machine.
	test.setTimeout(10 * 60_000);
	await freshWorkspace(page);
	const dashboard = new DashboardPage(page);
	await dashboard.startLoad('Large');
	await expect(dashboard.sampleDialog.getByRole('progressbar')).toHaveAttribute(
		'aria-valuenow',
		/^\d+$/
	);
	await dashboard.loaded(
		'Sample data loaded: 26 accounts, 102,500 users, 220,000 events.',
		8 * 60_000
	);
	await expect(dashboard.count('Customer accounts')).toHaveText('26');
	await expect(dashboard.count('Users')).toHaveText('102,501');
	// Everything is loaded: the card offers only the removal now.
	await expect(dashboard.removeButton).toBeVisible();
	await expect(dashboard.loadButton).toHaveCount(0);

	await mainNav(page).getByRole('link', { name: 'Accounts' }).click();
	// The list is virtualized: the account is found the way a person finds it, by searching.
	await page.getByRole('searchbox', { name: 'Search accounts' }).fill('scale test');
	await page.getByRole('link', { name: 'Scale Test Ltd' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Scale Test Ltd' })).toBeVisible();
	const users = new UsersPage(page);
	await users.open();
	// The list's count (not the toast that says what was loaded).
	const count = page.getByRole('status').filter({ hasText: /^[\d,]+ (of [\d,]+ )?users/ });
	await expect(count).toHaveText('100,000 users', { timeout: 30_000 });
	await expect(users.userRows.first()).toBeVisible();

	await users.addFilter('Property', 'Inactive');
	await expect(page.getByRole('button', { name: 'Remove filter Inactive' })).toBeVisible();
	await expect(count).toHaveText(/^[\d,]+ of 100,000 users shown$/);
	const inactive = Number((await count.textContent())?.split(' of ')[0]?.replace(/,/g, ''));
	expect(inactive).toBeGreaterThan(0);
	expect(inactive).toBeLessThan(100_000);
	await expect(users.userRows.first()).toBeVisible();

	await users.search.fill('müller');
	await expect
		.poll(async () => Number((await count.textContent())?.split(' of ')[0]?.replace(/,/g, '')))
		.toBeLessThan(inactive);
	await expect(users.userRows.first()).toContainText(/Müller/i);
	for (const name of await users.names()) expect(name).toMatch(/müller/i);
	expect(await seriousA11yViolations(page)).toEqual([]);
});
