import { expect, test, type Page } from './fixtures';
import { freshWorkspace, mainNav, waitForOfflineReady } from './app';
import { UsersPage, addCustomerAccount } from './users-page';
import { inviteErik, openPartnerAccount } from './team';

const info = (page: Page) => page.getByRole('region', { name: 'Customer Information' });
const field = (page: Page, label: string) => info(page).getByLabel(label, { exact: true });
const status = (page: Page) => page.getByRole('button', { name: 'Sync status' });

async function saveField(page: Page, label: string, value: string): Promise<void> {
	await field(page, label).fill(value);
	await info(page).getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Changes saved.').first()).toBeVisible();
}

test('two administrators edit the same account offline: both edits of different fields survive, and the later edit of one field wins on both devices', async ({
	page,
	context,
	newContext
}) => {
	await freshWorkspace(page);
	const erik = await inviteErik(page, newContext);
	// An account Dana adds appears in Erik's open list by itself (the bench measures how fast:
	// "Edit → visible on another device"; a timing is never a pass/fail test here).
	await mainNav(erik).getByRole('link', { name: 'Accounts', exact: true }).click();
	await addCustomerAccount(page, 'Initech Live');
	await expect(erik.getByRole('link', { name: 'Initech Live' })).toBeVisible();
	await openPartnerAccount(page);
	await openPartnerAccount(erik);

	// On the train, both of them.
	// Both app shells are cached before the network goes.
	await waitForOfflineReady(page);
	await waitForOfflineReady(erik);
	await context.setOffline(true);
	await erik.context().setOffline(true);
	await expect(status(page)).toHaveAccessibleDescription(/^Offline/);
	await expect(status(erik)).toHaveAccessibleDescription(/^Offline/);
	await saveField(page, 'City', 'Shelbyville');
	await saveField(erik, 'Address', '742 Evergreen Terrace');
	// The same field on both devices: Erik's edit is the later one.
	await saveField(page, 'Postal/ZIP Code', '11111');
	await saveField(erik, 'Postal/ZIP Code', '22222');
	await expect(status(page)).toHaveAccessibleDescription('Offline · 2 changes pending');

	await context.setOffline(false);
	await erik.context().setOffline(false);
	for (const person of [page, erik]) {
		await expect(status(person)).toHaveAccessibleDescription('Synced');
		await expect(field(person, 'City')).toHaveValue('Shelbyville');
		await expect(field(person, 'Address')).toHaveValue('742 Evergreen Terrace');
		await expect(field(person, 'Postal/ZIP Code')).toHaveValue('22222');
	}
	// And it is what each device keeps.
	for (const person of [page, erik]) {
		await person.reload();
		await expect(field(person, 'City')).toHaveValue('Shelbyville');
		await expect(field(person, 'Address')).toHaveValue('742 Evergreen Terrace');
		await expect(field(person, 'Postal/ZIP Code')).toHaveValue('22222');
	}
});

test('two administrators add a user with the same e-mail offline: both users stay, and both are told, with the conflict in the event history', async ({
	page,
	context,
	newContext
}) => {
	await freshWorkspace(page);
	const erik = await inviteErik(page, newContext);
	// Both app shells are cached before the network goes.
	await waitForOfflineReady(page);
	await waitForOfflineReady(erik);
	await context.setOffline(true);
	await erik.context().setOffline(true);
	for (const [person, firstName] of [
		[page, 'Sam'],
		[erik, 'Samuel']
	] as const) {
		await openPartnerAccount(person);
		const users = new UsersPage(person);
		await users.open();
		await users.addUser({ firstName, lastName: 'Park', email: 'sam@acme.example' });
	}
	await context.setOffline(false);
	await erik.context().setOffline(false);
	for (const person of [page, erik]) {
		await expect(status(person)).toHaveAccessibleDescription('Synced');
		const users = new UsersPage(person);
		await expect(users.row('Sam Park')).toBeVisible();
		await expect(users.row('Samuel Park')).toBeVisible();
		await person.getByRole('button', { name: 'Notifications' }).click();
		await expect(
			person
				.getByRole('region', { name: 'Notifications' })
				.getByText(
					/Two users added on different devices have the same email sam@acme\.example: (Sam Park, Samuel Park|Samuel Park, Sam Park)\. Change or delete one of them\./
				)
		).toBeVisible();
		await person.keyboard.press('Escape');
	}
	await mainNav(page).getByRole('link', { name: 'Event History' }).click();
	await expect(page.getByRole('row', { name: /System Edit User/ })).toHaveCount(1);
});
