import { expect, type BrowserContext, type Page } from './fixtures';
import { DANA, mainNav } from './app';

export async function connect(page: Page): Promise<void> {
	await mainNav(page).getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('button', { name: 'Connect' }).click();
	await expect(page.getByRole('button', { name: 'Sync status' })).toHaveAccessibleDescription(
		'Synced'
	);
}

export async function openAccountManagers(page: Page): Promise<void> {
	await mainNav(page).getByRole('link', { name: 'Account Managers' }).click();
	await expect(page.getByRole('heading', { name: 'Account Managers', level: 1 })).toBeVisible();
}

export const admins = (page: Page) => page.getByRole('table', { name: 'Administrators' });

/** Dana (this page) invites Erik, who joins on a device of his own; returns Erik's page. */
export async function inviteErik(
	page: Page,
	newContext: () => Promise<BrowserContext>
): Promise<Page> {
	await connect(page);
	await openAccountManagers(page);
	await page.getByRole('button', { name: 'Invite Administrator' }).click();
	const link = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
	const erik = await (await newContext()).newPage();
	await erik.goto(link);
	await erik.getByLabel('Your name').fill('Erik Berg');
	await erik.getByLabel('Email').fill('erik@example.com');
	await erik.getByRole('button', { name: 'Join' }).click();
	await expect(erik.getByRole('heading', { name: 'Welcome, Erik Berg' })).toBeVisible({
		timeout: 30_000
	});
	return erik;
}

export async function openPartnerAccount(page: Page): Promise<void> {
	await mainNav(page).getByRole('link', { name: 'Accounts', exact: true }).click();
	await page.getByRole('link', { name: DANA.organization }).click();
	await expect(page.getByRole('heading', { name: DANA.organization, level: 1 })).toBeVisible();
}
