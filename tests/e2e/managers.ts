import { expect, type Page } from './fixtures';
import { openAccountManagers } from './team';

export const managers = (page: Page) => page.getByRole('table', { name: 'Account managers' });

/** Converts administrators through the Administrators tab (typed word, progress, Close). */
export async function convert(page: Page, ...names: string[]): Promise<void> {
	await openAccountManagers(page);
	for (const name of names)
		await page
			.getByRole('table', { name: 'Administrators' })
			.getByRole('checkbox', { name: `Select ${name}` })
			.check();
	await page.getByRole('button', { name: 'Convert Selected' }).click();
	const confirm = page.getByRole('dialog', { name: 'Convert to Account Managers?' });
	await confirm.getByLabel('Type convert to confirm').fill('convert');
	await confirm.getByRole('button', { name: 'Convert' }).click();
	const progress = page.getByRole('dialog', { name: 'Convert to Account Managers' });
	await expect(progress.getByRole('status')).toHaveText(
		`${names.length} converted to account managers.`
	);
	await progress.getByRole('button', { name: 'Close' }).click();
}

/** Opens the manage dialog of a manager (the managers tab of Account Managers). */
export async function manage(page: Page, manager: string) {
	await openAccountManagers(page);
	await page.getByRole('tab', { name: /^Account Managers/ }).click();
	await managers(page).getByRole('button', { name: manager }).click();
	return page.getByRole('dialog', { name: `Manage ${manager}` });
}

/** Assigns or unassigns one account in an open manage dialog. */
export async function change(
	page: Page,
	kind: 'Assign' | 'Unassign',
	account: string,
	tab = kind === 'Assign' ? 'Unassigned Accounts' : 'Assigned Accounts'
): Promise<void> {
	const dialog = page.getByRole('dialog', { name: /^Manage / });
	await dialog.getByRole('tab', { name: tab, exact: true }).click();
	await dialog
		.getByRole('table', { name: tab, exact: true })
		.getByRole('checkbox', { name: `Select ${account}` })
		.check();
	await dialog.getByRole('button', { name: kind, exact: true }).click();
	await page
		.getByRole('dialog', { name: new RegExp(`^${kind} 1 account`) })
		.getByRole('button', { name: 'Confirm' })
		.click();
	const progress = page.getByRole('dialog', { name: `${kind} Accounts` });
	await expect(progress.getByRole('status')).toHaveText(
		`1 account ${kind === 'Assign' ? 'assigned' : 'unassigned'}.`
	);
	await progress.getByRole('button', { name: 'Close' }).click();
}
