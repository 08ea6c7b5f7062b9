import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures';
import { DANA, WelcomePage, freshWorkspace, mainNav, seriousA11yViolations } from './app';
import { UsersPage, addCustomerAccount } from './users-page';

async function openSettings(page: Page): Promise<void> {
	await mainNav(page).getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

async function chooseFile(page: Page, path: string): Promise<void> {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Restore workspace' }).click();
	await (await chooser).setFiles(path);
}

test('a workspace exported on one browser is restored in an empty one, with its accounts and history, and works offline there', async ({
	page,
	newContext
}, testInfo) => {
	await freshWorkspace(page);
	await addCustomerAccount(page, 'Initech Backup');
	const users = new UsersPage(page);
	await users.open();
	await users.addUser({ firstName: 'Zoe', lastName: 'Quinn', email: 'zoe@initech.example' });
	await openSettings(page);
	const backup = page.getByRole('region', { name: 'Backup' });
	await expect(
		backup.getByText('The file holds your workspace key: keep it as safe as a password.')
	).toBeVisible();
	expect(await seriousA11yViolations(page)).toEqual([]);
	const download = page.waitForEvent('download');
	await backup.getByRole('button', { name: 'Export workspace' }).click();
	const file = await download;
	const name = file.suggestedFilename();
	expect(name).toMatch(/^Switchboard-Acme-Telecom-\d{4}-\d{2}-\d{2}\.zip$/);
	await expect(page.getByText(`Workspace exported as ${name}.`)).toBeVisible();
	const path = testInfo.outputPath(name);
	await file.saveAs(path);

	// Another browser, with nothing in it.
	const fresh = await (await newContext()).newPage();
	const welcome = new WelcomePage(fresh);
	await welcome.open();
	// A file that is not an export: a message, and nothing changes.
	const notAnExport = testInfo.outputPath('notes.zip');
	await writeFile(notAnExport, 'just some text');
	await chooseFile(fresh, notAnExport);
	await expect(fresh.getByRole('alert')).toHaveText(
		'This file is not a Switchboard workspace export. Choose the .zip file that “Export workspace” made.'
	);
	await expect(fresh.getByRole('heading', { name: 'Welcome to Switchboard' })).toBeVisible();

	await chooseFile(fresh, path);
	await expect(fresh.getByRole('heading', { name: `Welcome, ${DANA.name}` })).toBeVisible({
		timeout: 30_000
	});
	await mainNav(fresh).getByRole('link', { name: 'Accounts', exact: true }).click();
	await expect(fresh.getByRole('link', { name: 'Initech Backup' })).toBeVisible();
	await fresh.getByRole('link', { name: 'Initech Backup' }).click();
	const restoredUsers = new UsersPage(fresh);
	await restoredUsers.open();
	await expect(restoredUsers.row('Zoe Quinn')).toBeVisible();
	await mainNav(fresh).getByRole('link', { name: 'Event History' }).click();
	await expect(fresh.getByRole('row', { name: /Dana Lee.*Create.*Account/ })).toBeVisible();
	await expect(fresh.getByRole('row', { name: /Dana Lee.*Create.*User/ })).toBeVisible();

	// The restored device holds the workspace itself: no relay, no network needed.
	await fresh.context().setOffline(true);
	await fresh.reload();
	await mainNav(fresh).getByRole('link', { name: 'Accounts', exact: true }).click();
	await expect(fresh.getByRole('link', { name: 'Initech Backup' })).toBeVisible();
	// The workspace key came along: the device signs its own grant and syncs through the relay.
	await fresh.context().setOffline(false);
	await openSettings(fresh);
	await expect(fresh.getByLabel('Relay URL')).toHaveValue(/\/sync$/);
	await fresh.getByRole('button', { name: 'Connect' }).click();
	await expect(fresh.getByRole('button', { name: 'Sync status' })).toHaveAccessibleDescription(
		'Synced'
	);
});
