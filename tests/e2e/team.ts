import { expect, type BrowserContext, type Page } from './fixtures';
import { DANA, mainNav } from './app';

/** Connects this device to the relay that served the app (nothing to do when it is already). */
export async function connect(page: Page): Promise<void> {
	const status = page.getByRole('button', { name: 'Sync status' });
	if ((await status.getAttribute('aria-describedby')) !== null) {
		const description = await status.evaluate(
			(el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? ''
		);
		if (description.trim() === 'Synced') return;
	}
	await mainNav(page).getByRole('link', { name: 'Settings' }).click();
	// The address is preset once the page has asked the relay that served it: wait for it.
	await expect(page.getByLabel('Relay URL')).toHaveValue(/\/sync$/);
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

/** Dana (this page) invites an administrator, who joins on a device of their own; returns their page. */
export async function invite(
	page: Page,
	newContext: () => Promise<BrowserContext>,
	person: { name: string; email: string }
): Promise<Page> {
	await connect(page);
	await openAccountManagers(page);
	const field = page.getByRole('textbox', { name: 'Invite link' });
	// A link shown already was for someone else (it works once): wait for the new one.
	const shown = (await field.count()) > 0 ? await field.inputValue() : '';
	await page.getByRole('button', { name: 'Invite Administrator' }).click();
	await expect(field).toHaveValue(/\/join#/);
	if (shown) await expect(field).not.toHaveValue(shown);
	const link = await field.inputValue();
	const other = await (await newContext()).newPage();
	await other.goto(link);
	await other.getByLabel('Your name').fill(person.name);
	await other.getByLabel('Email').fill(person.email);
	await other.getByRole('button', { name: 'Join' }).click();
	await expect(other.getByRole('heading', { name: `Welcome, ${person.name}` })).toBeVisible({
		timeout: 30_000
	});
	return other;
}

/** Dana (this page) invites Erik, who joins on a device of his own; returns Erik's page. */
export function inviteErik(page: Page, newContext: () => Promise<BrowserContext>): Promise<Page> {
	return invite(page, newContext, { name: 'Erik Berg', email: 'erik@example.com' });
}

export async function openPartnerAccount(page: Page): Promise<void> {
	await mainNav(page).getByRole('link', { name: 'Accounts', exact: true }).click();
	await page.getByRole('link', { name: DANA.organization }).click();
	await expect(page.getByRole('heading', { name: DANA.organization, level: 1 })).toBeVisible();
}
