import { expect, test, type Page } from './fixtures';
import { freshWorkspace, mainNav, waitForOfflineReady } from './app';
import { inviteErik } from './team';
import { UsersPage, addCustomerAccount } from './users-page';

const status = (page: Page) => page.getByRole('button', { name: 'Sync status' });

async function openAccountUsers(page: Page, account: string): Promise<UsersPage> {
	await mainNav(page).getByRole('link', { name: 'Accounts', exact: true }).click();
	await page.getByRole('link', { name: account }).click();
	await expect(page.getByRole('heading', { level: 1, name: account })).toBeVisible();
	const users = new UsersPage(page);
	await users.open();
	return users;
}

test('a joined device gets every account in the background, so one it never opened is there offline; a change left in a closed account goes out by itself', async ({
	page,
	context,
	newContext
}) => {
	await freshWorkspace(page);
	await addCustomerAccount(page, 'Initech Far');
	const danaUsers = new UsersPage(page);
	await danaUsers.open();
	await danaUsers.addUser({ firstName: 'Zoe', lastName: 'Quinn', email: 'zoe@initech.example' });

	// Erik joins; "Synced" waits for the accounts his device fetches in the background.
	const erik = await inviteErik(page, newContext);
	await expect(status(erik)).toHaveAccessibleDescription('Synced', { timeout: 30_000 });
	await waitForOfflineReady(erik);
	await erik.context().setOffline(true);
	const erikUsers = await openAccountUsers(erik, 'Initech Far');
	await expect(erikUsers.row('Zoe Quinn')).toBeVisible();
	await erik.context().setOffline(false);
	await expect(status(erik)).toHaveAccessibleDescription('Synced');

	// Dana's device has synced the account (a start syncs what the relay's feed lists), so only
	// what she changes now is new to the relay.
	await page.reload();
	await expect(status(page)).toHaveAccessibleDescription('Synced');
	// Offline, she adds a user and closes the tab; back online she opens only the dashboard.
	await context.setOffline(true);
	await expect(status(page)).toHaveAccessibleDescription(/^Offline/);
	await openAccountUsers(page, 'Initech Far');
	await danaUsers.addUser({ firstName: 'Yann', lastName: 'Roux', email: 'yann@initech.example' });
	await expect(status(page)).toHaveAccessibleDescription('Offline · 1 change pending');
	await waitForOfflineReady(page);
	await page.goto('/');
	await expect(status(page)).toHaveAccessibleDescription('Offline · 1 change pending');
	await context.setOffline(false);
	await expect(status(page)).toHaveAccessibleDescription('Synced');
	// It reached the relay: Erik's open list shows it without a reload.
	await expect(erikUsers.row('Yann Roux')).toBeVisible({ timeout: 15_000 });
});
