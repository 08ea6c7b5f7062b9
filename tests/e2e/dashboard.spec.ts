import { expect, test } from './fixtures';
import { freshWorkspace, mainNav, seriousA11yViolations } from './app';
import { DashboardPage } from './dashboard-page';
import { UsersPage } from './users-page';

test('the dashboard greets by name, links to the lists and counts what exists', async ({
	page
}) => {
	await freshWorkspace(page);
	const dashboard = new DashboardPage(page);
	await expect(dashboard.heading()).toBeVisible();
	await expect(dashboard.count('Customer accounts')).toHaveText('0');
	await expect(dashboard.count('Users')).toHaveText('1');
	await expect(dashboard.count('Pending sync changes')).toHaveText('0');
	await expect(dashboard.count('E-mails queued in the Outbox')).toHaveText('0');
	await expect(dashboard.events.getByRole('row')).toHaveCount(3);

	await expect(page.getByRole('link', { name: 'View Accounts' })).toHaveAttribute(
		'href',
		'/accounts'
	);
	const viewUsers = page.getByRole('link', { name: 'View Users' });
	await expect(viewUsers).toHaveAttribute('href', /^\/accounts\/[\w-]+\/users$/);
	const usersHref = await viewUsers.getAttribute('href');
	await expect(page.getByRole('link', { name: 'Add User' })).toHaveAttribute(
		'href',
		usersHref ?? ''
	);
	// Orders and passwords are not features yet: no tiles for them.
	await expect(page.getByRole('link', { name: 'Orders' })).toHaveCount(0);
	await expect(dashboard.loadButton).toBeVisible();
	expect(await seriousA11yViolations(page)).toEqual([]);

	await page.getByRole('link', { name: 'View Accounts' }).click();
	await expect(page).toHaveURL(/\/accounts$/);
});

test('Small sample data loads with a progress bar, fills the lists, and is removed again', async ({
	page
}) => {
	test.setTimeout(90_000);
	await freshWorkspace(page);
	const dashboard = new DashboardPage(page);

	await dashboard.startLoad('Small');
	const progress = dashboard.sampleDialog.getByRole('progressbar');
	await expect(progress).toHaveAccessibleName('Loading sample data…');
	await expect(progress).toHaveAttribute('aria-valuenow', /^\d+$/);
	await dashboard.loaded('Sample data loaded: 25 accounts, 2,500 users, 20,000 events.', 45_000);

	await expect(dashboard.removeButton).toBeVisible();
	await expect(dashboard.progress).toHaveCount(0);
	await expect(dashboard.count('Customer accounts')).toHaveText('25');
	// 2,500 sample users plus the partner administrator.
	await expect(dashboard.count('Users')).toHaveText('2,501');
	await expect(dashboard.events.getByRole('row')).toHaveCount(11);
	await expect(
		dashboard.events.getByRole('row', { name: /Dana Lee Create/ }).first()
	).toBeVisible();
	expect(await seriousA11yViolations(page)).toEqual([]);

	await mainNav(page).getByRole('link', { name: 'Accounts' }).click();
	await expect(page.getByText('Müller & Söhne Maschinenbau GmbH').first()).toBeVisible();
	// The list renders only the rows in view: an account further down is found by its name.
	const search = page.getByRole('searchbox', { name: 'Search accounts' });
	await search.fill('van der berg');
	await expect(page.getByText('Van der Berg Logistiek B.V.').first()).toBeVisible();
	await search.fill('');

	// Licences read as product names, in the list, the Product filter and its chip; never as ids.
	await page.getByRole('link', { name: 'Müller & Söhne Maschinenbau GmbH' }).first().click();
	const users = new UsersPage(page);
	await users.open();
	await expect(users.userRows.first()).toBeVisible();
	await users.addFilter('Product', 'Mitel One Elite');
	await expect(page.getByRole('button', { name: 'Remove filter Mitel One Elite' })).toBeVisible();
	await expect(users.userRows.first()).toContainText('Mitel One Elite');
	await expect(users.table).not.toContainText('mitel-one-');

	await mainNav(page).getByRole('link', { name: 'Dashboard' }).click();
	await dashboard.removeButton.click();
	const dialog = page.getByRole('dialog', { name: 'Remove sample data?' });
	await expect(dialog).toBeVisible();
	const confirm = dialog.getByRole('button', { name: 'Remove', exact: true });
	await expect(confirm).toBeDisabled();
	await dialog.getByLabel('Type remove to confirm').fill('remove');
	await confirm.click();

	await expect(dashboard.loadButton).toBeVisible({ timeout: 45_000 });
	await expect(dashboard.count('Customer accounts')).toHaveText('0');
	await expect(dashboard.count('Users')).toHaveText('1');
	await expect(dashboard.events.getByRole('row')).toHaveCount(3);
});
