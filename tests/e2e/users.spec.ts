import { expect, test } from './fixtures';
import { freshWorkspace, mainNav, seriousA11yViolations } from './app';
import { UsersPage, addCustomerAccount, type NewUser } from './users-page';

const ZOE: NewUser = {
	firstName: 'Zoë',
	lastName: 'Müller',
	email: 'zoe.mueller@initech.example',
	mobile: '+49 (30) 123-4567',
	extension: '2041'
};
const ANN: NewUser = { firstName: 'Ann', lastName: 'Smith', email: 'ann@initech.example' };
const BOB: NewUser = {
	firstName: 'Bob',
	lastName: 'Jones',
	email: 'bob@initech.example',
	extension: '310',
	accountAdmin: true
};

test('an admin adds, finds, filters, edits, e-mails and deletes the users of an account', async ({
	page
}) => {
	await freshWorkspace(page);
	await addCustomerAccount(page, 'Initech GmbH');
	const users = new UsersPage(page);
	await users.open();
	await expect(page.getByText('This account has no users yet.')).toBeVisible();

	// Add three users; the third first reuses an address: error next to "Email", nothing lost.
	await users.addUser(ZOE);
	await users.addUser(ANN);
	await users.openAddUser();
	await users.fillUser({ ...BOB, email: 'ANN@initech.example' });
	await users.create();
	await expect(users.field('Email')).toHaveAccessibleDescription(
		'This email address is already used in this account.'
	);
	await expect(users.field('Email')).toHaveAttribute('aria-invalid', 'true');
	await expect(users.field('First Name')).toHaveValue('Bob');
	await expect(users.field('Extension')).toHaveValue('310');
	await expect(users.addDialog.getByRole('switch', { name: 'Account Admin' })).toBeChecked();
	await users.field('Email').fill(BOB.email);
	await users.create();
	await expect(users.addDialog).toBeHidden();
	await expect(page.getByText('3 users', { exact: true })).toBeVisible();
	expect(await users.names()).toEqual(['Ann Smith', 'Bob Jones', 'Zoë Müller']);
	await expect(users.row('Zoë Müller')).toContainText('2041');
	await expect(users.row('Bob Jones')).toContainText('Account Admin');

	// Search as you type: by extension, by an accent-less spelling, by e-mail.
	await users.search.fill('204');
	await expect.poll(() => users.names()).toEqual(['Zoë Müller']);
	await users.search.fill('zoe mul');
	await expect.poll(() => users.names()).toEqual(['Zoë Müller']);
	await users.search.fill('bob@init');
	await expect.poll(() => users.names()).toEqual(['Bob Jones']);
	await users.search.fill('nobody');
	await expect(page.getByText('No users match your search and filters.')).toBeVisible();
	await users.search.fill('');
	await expect.poll(() => users.names()).toHaveLength(3);

	// Sorting by a header, both ways.
	await page.getByRole('button', { name: 'EXT' }).click();
	await expect(page.getByRole('columnheader', { name: 'EXT' })).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	await expect.poll(() => users.names()).toEqual(['Ann Smith', 'Zoë Müller', 'Bob Jones']);
	await page.getByRole('button', { name: 'NAME' }).click();
	await expect.poll(() => users.names()).toEqual(['Ann Smith', 'Bob Jones', 'Zoë Müller']);

	// Filter "Admins": a chip, a shorter list; removing the chip brings everybody back.
	await users.addFilter('Property', 'Admins');
	const chip = page.getByRole('button', { name: 'Remove filter Admins' });
	await expect(chip).toBeVisible();
	await expect.poll(() => users.names()).toEqual(['Bob Jones']);
	await chip.click();
	await expect(chip).toBeHidden();
	await expect.poll(() => users.names()).toHaveLength(3);

	// Axe on the list and on the Add User dialog.
	expect(await seriousA11yViolations(page)).toEqual([]);
	await users.openAddUser();
	expect(await seriousA11yViolations(page)).toEqual([]);
	await users.addDialog.getByRole('button', { name: 'Cancel' }).click();

	// Details page: Zoë becomes an Account Admin.
	await users.row('Zoë Müller').getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Zoë Müller' })).toBeVisible();
	await expect(page.getByLabel('Mobile Phone', { exact: true })).toHaveValue('+49301234567');
	await expect(page.getByRole('button', { name: 'Resend welcome email' })).toBeVisible();
	expect(await seriousA11yViolations(page)).toEqual([]);
	await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Account Admin' });
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Changes to Zoë Müller saved.')).toBeVisible();
	await page.getByRole('link', { name: 'Back to Users' }).click();
	await expect(users.row('Zoë Müller')).toContainText('Account Admin');
	await users.addFilter('Property', 'Admins');
	await expect.poll(() => users.names()).toEqual(['Bob Jones', 'Zoë Müller']);
	// "Select all" takes what matches the search and the filters, nothing else.
	await page.getByRole('checkbox', { name: 'Select all' }).check();
	await expect(page.getByRole('button', { name: 'Manage (2)' })).toBeVisible();
	await page.getByRole('checkbox', { name: 'Select all' }).uncheck();
	await expect(page.getByRole('button', { name: 'Manage all' })).toBeVisible();
	await page.getByRole('button', { name: 'Remove filter Admins' }).click();

	// Select all + Send welcome emails: a progress bar, then the summary.
	await page.getByRole('checkbox', { name: 'Select all' }).check();
	await page.getByRole('button', { name: 'Manage (3)' }).click();
	const panel = page.getByRole('region', { name: 'Manage selected users' });
	await expect(panel.getByText('Unregistered: 3')).toBeVisible();
	await panel.getByRole('button', { name: 'Send welcome emails', exact: true }).click();
	await expect(panel.getByRole('progressbar', { name: 'Sending welcome e-mails' })).toBeVisible();
	await expect(panel.getByRole('status')).toHaveText('3 e-mails queued');
	expect(await seriousA11yViolations(page)).toEqual([]);
	await panel.getByRole('button', { name: 'Close' }).click();
	// The finished bulk action is also kept in Notifications, naming the account.
	await page.getByRole('button', { name: 'Notifications' }).click();
	await expect(
		page
			.getByRole('region', { name: 'Notifications' })
			.getByRole('listitem')
			.filter({ hasText: 'Initech GmbH: 3 e-mails queued' })
	).toBeVisible();
	await page.keyboard.press('Escape');
	await page.getByRole('checkbox', { name: 'Select all' }).uncheck();

	// Delete Ann from the "More actions" menu, then bring her back with Undo.
	await users.row('Ann Smith').getByRole('checkbox').check();
	await expect(page.getByRole('button', { name: 'Manage (1)' })).toBeVisible();
	await page.getByRole('button', { name: 'More actions' }).click();
	await page.getByRole('menuitem', { name: 'Delete users' }).click();
	const confirm = page.getByRole('dialog', { name: 'Delete selected users?' });
	await expect(confirm.getByRole('button', { name: 'Delete' })).toBeDisabled();
	await confirm.getByLabel('Type delete to confirm').fill('delete');
	await confirm.getByRole('button', { name: 'Delete' }).click();
	await expect(users.row('Ann Smith')).toHaveCount(0);
	await expect(page.getByText('1 user deleted').first()).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(users.row('Ann Smith')).toBeVisible();
	await expect(page.getByText('1 user restored')).toBeVisible();
	await expect(page.getByText('3 users', { exact: true })).toBeVisible();

	// A deactivated account: its users can be seen, not changed.
	await mainNav(page).getByRole('link', { name: 'Account', exact: true }).click();
	await page.getByRole('button', { name: 'Deactivate', exact: true }).click();
	const deactivate = page.getByRole('dialog', { name: 'Deactivate Customer?' });
	await deactivate.getByRole('textbox').fill('deactivate');
	await deactivate.getByRole('button', { name: 'Deactivate', exact: true }).click();
	await expect(deactivate).toBeHidden();
	await users.open();
	await expect(page.getByText(/This account is deactivated\./)).toBeVisible();
	await expect(users.row('Ann Smith')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Add User' })).toHaveCount(0);
	await expect(page.getByRole('checkbox', { name: 'Select all' })).toHaveCount(0);
	await users.row('Ann Smith').getByRole('link').click();
	await expect(page.getByLabel('First Name', { exact: true })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
});

test('the partner administrators are registered users that cannot be deleted', async ({ page }) => {
	await freshWorkspace(page);
	await mainNav(page).getByRole('link', { name: 'Accounts', exact: true }).click();
	await page.getByRole('link', { name: 'Acme Telecom', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Acme Telecom' })).toBeVisible();
	const users = new UsersPage(page);
	await users.open();
	await expect(users.row('Dana Lee')).toContainText('Partner');

	// The filter menu by keyboard alone: a real menu button with a submenu.
	const addFilter = page.getByRole('button', { name: 'Add Filter' });
	await addFilter.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('menuitem', { name: 'Property' })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('menuitem', { name: 'Product' })).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('menuitem', { name: 'Admins' })).toBeFocused();
	await page.keyboard.press('End');
	await expect(page.getByRole('menuitem', { name: 'Inactive' })).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('menuitem', { name: 'Property' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('menu')).toBeHidden();
	await expect(addFilter).toBeFocused();

	await users.addFilter('Property', 'Unregistered');
	await expect(page.getByText('No users match your search and filters.')).toBeVisible();
	await page.getByRole('button', { name: 'Remove filter Unregistered' }).click();
	await users.addFilter('Property', 'Registered');
	await expect.poll(() => users.names()).toEqual(['Dana Lee']);

	await users.row('Dana Lee').getByRole('link').click();
	await expect(page.getByRole('button', { name: 'Delete' })).toBeDisabled();
	await expect(page.getByText('Partner administrators cannot be deleted.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reset password' })).toBeVisible();
});

test('an open, searched list follows a user renamed in another tab', async ({ page, context }) => {
	await freshWorkspace(page);
	await addCustomerAccount(page, 'Initech GmbH');
	const users = new UsersPage(page);
	await users.open();
	await users.addUser(ZOE);
	await users.addUser(ANN);
	await users.search.fill('müller');
	await expect.poll(() => users.names()).toEqual(['Zoë Müller']);

	// Another tab of the same person renames Zoë while the list stays open, searched.
	const other = await context.newPage();
	await other.goto(page.url());
	await new UsersPage(other).row('Zoë Müller').getByRole('link').click();
	await other.getByLabel('Last Name', { exact: true }).fill('Schmidt');
	await other.getByLabel('Display Name', { exact: true }).fill('Zoë Schmidt');
	await other.getByRole('button', { name: 'Save' }).click();
	await expect(other.getByText('Changes to Zoë Schmidt saved.')).toBeVisible();

	await expect(page.getByText('No users match your search and filters.')).toBeVisible();
	await users.search.fill('schmi');
	await expect.poll(() => users.names()).toEqual(['Zoë Schmidt']);
	await users.search.fill('an sm');
	await expect.poll(() => users.names()).toEqual(['Ann Smith']);
});
