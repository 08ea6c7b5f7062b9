import { expect, test, type Page } from './fixtures';
import { freshWorkspace, mainNav, waitForOfflineReady } from './app';
import { addCustomerAccount } from './users-page';
import { invite, inviteErik, openAccountManagers, openPartnerAccount } from './team';
import { change, convert, manage, managers } from './managers';

const status = (page: Page) => page.getByRole('button', { name: 'Sync status' });

async function assignedOf(page: Page, manager: string): Promise<string[]> {
	const dialog = await manage(page, manager);
	await dialog.getByRole('tab', { name: 'Assigned Accounts', exact: true }).click();
	const table = dialog.getByRole('table', { name: 'Assigned Accounts', exact: true });
	const names = (await table.getByRole('row').allInnerTexts()).slice(1);
	await dialog.getByRole('button', { name: 'Close' }).last().click();
	return names.map(
		(n) =>
			n
				.split('\t')
				.find((cell) => cell.trim() !== '')
				?.trim() ?? n
	);
}

test('two administrators assign and unassign the same pair, one offline: every device ends with the later intent, the history keeps the lost one and both are told', async ({
	page,
	context,
	newContext
}) => {
	test.setTimeout(120_000);
	await freshWorkspace(page);
	await addCustomerAccount(page, 'Globex Berlin');
	await addCustomerAccount(page, 'Initech Hamburg');
	const erik = await inviteErik(page, newContext);
	await invite(page, newContext, { name: 'Chris Park', email: 'chris@example.com' });
	await convert(page, 'Chris Park');
	await openAccountManagers(erik);
	await expect(erik.getByRole('tab', { name: 'Account Managers (1)' })).toBeVisible();

	// Both open Chris: each sees the other there, in the dialog and on Chris's row; selecting an
	// account makes it "editing".
	const danaDialog = await manage(page, 'Chris Park');
	const erikDialog = await manage(erik, 'Chris Park');
	await expect(danaDialog.getByRole('img', { name: 'Erik Berg is viewing' })).toBeVisible();
	await expect(erikDialog.getByRole('img', { name: 'Dana Lee is viewing' })).toBeVisible();
	await erikDialog.getByRole('tab', { name: 'Unassigned Accounts' }).click();
	await erikDialog.getByRole('checkbox', { name: 'Select Globex Berlin' }).check();
	await expect(danaDialog.getByRole('img', { name: 'Erik Berg is editing' })).toBeVisible();
	await erikDialog.getByRole('checkbox', { name: 'Select Globex Berlin' }).uncheck();
	await danaDialog.getByRole('button', { name: 'Close' }).last().click();
	await expect(
		managers(page)
			.getByRole('row', { name: /Chris Park/ })
			.getByRole('img', { name: 'Erik Berg is viewing' })
	).toBeVisible();
	await erikDialog.getByRole('button', { name: 'Close' }).last().click();
	await expect(
		managers(page)
			.getByRole('row', { name: /Chris Park/ })
			.getByRole('img', { name: /Erik Berg is/ })
	).toHaveCount(0);

	// Dana takes the train.
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await expect(status(page)).toHaveAccessibleDescription(/^Offline/);

	// Globex: Erik assigns it; Dana, offline and not knowing, assigns it too; Erik then unassigns
	// it (not knowing of Dana's): his is the later intent.
	await manage(erik, 'Chris Park');
	await change(erik, 'Assign', 'Globex Berlin');
	await manage(page, 'Chris Park');
	await change(page, 'Assign', 'Globex Berlin');
	await change(erik, 'Unassign', 'Globex Berlin');
	// Initech, the reverse order: Erik assigns and unassigns, then Dana (offline) assigns later.
	await change(erik, 'Assign', 'Initech Hamburg');
	await change(erik, 'Unassign', 'Initech Hamburg');
	await change(page, 'Assign', 'Initech Hamburg');
	await page
		.getByRole('dialog', { name: 'Manage Chris Park' })
		.getByRole('button', { name: 'Close' })
		.last()
		.click();
	await erik
		.getByRole('dialog', { name: 'Manage Chris Park' })
		.getByRole('button', { name: 'Close' })
		.last()
		.click();
	await expect(status(page)).toHaveAccessibleDescription(/pending/);
	// Dana's tab closes on the train: what she decided offline is there when it opens again, still
	// waiting to go out.
	await page.reload();
	await page.getByRole('tab', { name: 'Account Managers (1)' }).click();
	await expect(
		managers(page).getByRole('row', { name: /Chris Park chris@example.com .* 2$/ })
	).toBeVisible();
	await expect(status(page)).toHaveAccessibleDescription(/pending/);

	await context.setOffline(false);
	for (const person of [page, erik]) {
		await expect(status(person)).toHaveAccessibleDescription('Synced', { timeout: 20_000 });
		await expect(
			managers(person).getByRole('row', { name: /Chris Park chris@example.com .* 1$/ })
		).toBeVisible();
		expect(await assignedOf(person, 'Chris Park')).toEqual(['Initech Hamburg']);
	}

	// Both are told, each on their own device, and the history has both lost intents.
	for (const [person, text] of [
		[
			erik,
			/Erik Berg and Dana Lee changed Globex Berlin for Chris Park at the same time\. The later change, by Erik Berg, was kept: not assigned\./
		],
		[
			page,
			/Dana Lee and Erik Berg changed Initech Hamburg for Chris Park at the same time\. The later change, by Dana Lee, was kept: assigned\./
		]
	] as const) {
		await person.getByRole('button', { name: 'Notifications' }).click();
		await expect(
			person.getByRole('region', { name: 'Notifications' }).getByText(text)
		).toBeVisible();
		await person.keyboard.press('Escape');
	}
	await openPartnerAccount(page);
	await mainNav(page).getByRole('link', { name: 'Event History' }).click();
	await expect(page.getByRole('row', { name: /System Edit Account Manager/ })).toHaveCount(2);
});
