import { expect, test, type Page } from './fixtures';
import { DANA, freshWorkspace, mainNav } from './app';
import { addCustomerAccount } from './users-page';
import { invite } from './team';
import { change, convert, manage } from './managers';

const accounts = (page: Page) => page.getByRole('table', { name: 'Accounts' });
const status = (page: Page) => page.getByRole('button', { name: 'Sync status' });

async function openAccounts(page: Page): Promise<void> {
	await mainNav(page).getByRole('link', { name: 'Accounts', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
}

async function notified(page: Page, text: RegExp): Promise<void> {
	await page.getByRole('button', { name: 'Notifications' }).click();
	await expect(page.getByRole('region', { name: 'Notifications' }).getByText(text)).toBeVisible();
	await page.keyboard.press('Escape');
}

test('an account manager sees only the accounts assigned to them: others are gone from the list and by URL, a new one appears and an unassigned one leaves without a reload', async ({
	page,
	newContext
}) => {
	test.setTimeout(120_000);
	await freshWorkspace(page);
	await addCustomerAccount(page, 'Globex Berlin');
	await addCustomerAccount(page, 'Initech Hamburg');
	const chris = await invite(page, newContext, { name: 'Chris Park', email: 'chris@example.com' });

	// Still an administrator, Chris has every account on his device.
	await openAccounts(chris);
	await expect(accounts(chris).getByRole('link', { name: 'Initech Hamburg' })).toBeVisible();
	await accounts(chris).getByRole('link', { name: 'Initech Hamburg' }).click();
	await expect(chris.getByRole('heading', { name: 'Initech Hamburg', level: 1 })).toBeVisible();
	const initech = chris.url();

	// Dana converts him and assigns him Globex.
	await convert(page, 'Chris Park');
	const dialog = await manage(page, 'Chris Park');
	await change(page, 'Assign', 'Globex Berlin');
	await dialog.getByRole('button', { name: 'Close' }).last().click();

	await notified(
		chris,
		/You are now an account manager: only the accounts assigned to you are kept on this device/
	);
	// A manager manages no managers: no such entry in his menu.
	await expect(mainNav(chris).getByRole('link', { name: 'Account Managers' })).toHaveCount(0);
	await openAccounts(chris);
	await expect(accounts(chris).getByRole('link', { name: 'Globex Berlin' })).toBeVisible();
	await expect(accounts(chris).getByRole('link', { name: DANA.organization })).toBeVisible();
	await expect(chris.getByRole('button', { name: 'Add Account' })).toHaveCount(0);
	await expect(accounts(chris).getByRole('link', { name: 'Initech Hamburg' })).toHaveCount(0);
	await chris.getByRole('searchbox', { name: 'Search accounts' }).fill('Initech');
	await expect(accounts(chris).getByRole('link', { name: 'Initech Hamburg' })).toHaveCount(0);
	await chris.getByRole('searchbox', { name: 'Search accounts' }).fill('');

	// Globex opens and syncs (the relay serves his assigned account) ...
	await accounts(chris).getByRole('link', { name: 'Globex Berlin' }).click();
	await expect(chris.getByRole('heading', { name: 'Globex Berlin', level: 1 })).toBeVisible();
	await expect(status(chris)).toHaveAccessibleDescription('Synced');
	// ... Initech does not, not even by its address.
	await chris.goto(initech);
	await expect(chris.getByRole('heading', { name: 'Account not found', level: 1 })).toBeVisible();
	await expect(chris.getByRole('heading', { name: 'Initech Hamburg' })).toHaveCount(0);

	// A new assignment appears without a reload.
	await openAccounts(chris);
	await manage(page, 'Chris Park');
	await change(page, 'Assign', 'Initech Hamburg');
	await expect(accounts(chris).getByRole('link', { name: 'Initech Hamburg' })).toBeVisible();
	await notified(chris, /Assigned to you: Initech Hamburg\./);
	await accounts(chris).getByRole('link', { name: 'Initech Hamburg' }).click();
	await expect(chris.getByRole('heading', { name: 'Initech Hamburg', level: 1 })).toBeVisible();
	await expect(chris.getByLabel('Address', { exact: true })).toHaveValue('Hauptstraße 1');

	// Unassigned while he looks at it: it is gone from his device at once, and he is told.
	await change(page, 'Unassign', 'Initech Hamburg');
	await expect(chris.getByRole('heading', { name: 'Account not found', level: 1 })).toBeVisible();
	await notified(
		chris,
		/No longer assigned to you: Initech Hamburg\. Its data was removed from this device\./
	);
	await openAccounts(chris);
	await expect(accounts(chris).getByRole('link', { name: 'Globex Berlin' })).toBeVisible();
	await expect(accounts(chris).getByRole('link', { name: 'Initech Hamburg' })).toHaveCount(0);
	await expect(status(chris)).toHaveAccessibleDescription('Synced');
});
