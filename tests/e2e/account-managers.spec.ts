import { expect, test } from './fixtures';
import { mainNav, freshWorkspace, seriousA11yViolations } from './app';
import { addCustomerAccount } from './users-page';
import { change, convert, manage, managers } from './managers';
import { admins, invite, inviteErik, openAccountManagers, openPartnerAccount } from './team';

test('an administrator converts another to an account manager and upgrades him back; the other device follows, and the history has both', async ({
	page,
	newContext
}) => {
	await freshWorkspace(page);
	await addCustomerAccount(page, 'Globex Berlin');
	await addCustomerAccount(page, 'Initech Hamburg');
	const erik = await inviteErik(page, newContext);
	await openAccountManagers(page);
	await expect(page.getByRole('tab', { name: 'Administrators (2)' })).toBeVisible();
	// Dana's own row has no checkbox; Erik's has one.
	await expect(admins(page).getByRole('checkbox', { name: 'Select Dana Lee' })).toHaveCount(0);
	const convert = page.getByRole('button', { name: 'Convert Selected' });
	await expect(convert).toBeDisabled();
	await admins(page).getByRole('checkbox', { name: 'Select Erik Berg' }).check();
	await convert.click();

	const confirm = page.getByRole('dialog', { name: 'Convert to Account Managers?' });
	const go = confirm.getByRole('button', { name: 'Convert' });
	await expect(go).toBeDisabled();
	await confirm.getByLabel('Type convert to confirm').fill('convert');
	await go.click();
	const progress = page.getByRole('dialog', { name: 'Convert to Account Managers' });
	await expect(
		progress.getByRole('progressbar', { name: 'Convert to Account Managers' })
	).toBeVisible();
	await expect(progress.getByRole('status')).toHaveText('1 converted to account managers.');
	await progress.getByRole('button', { name: 'Close' }).click();
	await expect(progress).toBeHidden();

	await expect(page.getByRole('tab', { name: 'Administrators (1)' })).toBeVisible();
	await page.getByRole('tab', { name: 'Account Managers (1)' }).click();
	await expect(
		managers(page).getByRole('row', { name: /Erik Berg erik@example.com .* 0$/ })
	).toBeVisible();
	expect(await seriousA11yViolations(page)).toEqual([]);

	// Managing one manager: the accounts move between the dialog's tabs as they are assigned.
	await managers(page).getByRole('button', { name: 'Erik Berg' }).click();
	const manage = page.getByRole('dialog', { name: 'Manage Erik Berg' });
	const assignedTab = manage.getByRole('tab', { name: 'Assigned Accounts', exact: true });
	await expect(assignedTab).toHaveAttribute('aria-selected', 'true');
	await expect(manage.getByText('No accounts assigned yet.')).toBeVisible();
	await manage.getByRole('tab', { name: 'Unassigned Accounts' }).click();
	const unassigned = manage.getByRole('table', { name: 'Unassigned Accounts' });
	await expect(unassigned.getByRole('row')).toHaveCount(3); // header + two accounts
	await manage.getByRole('searchbox', { name: 'Search Accounts' }).fill('glob');
	await expect(unassigned.getByRole('row')).toHaveCount(2);
	await unassigned.getByRole('checkbox', { name: 'Select Globex Berlin' }).check();
	await manage.getByRole('button', { name: 'Assign', exact: true }).click();
	await page
		.getByRole('dialog', { name: 'Assign 1 account to Erik Berg?' })
		.getByRole('button', { name: 'Confirm' })
		.click();
	const assigning = page.getByRole('dialog', { name: 'Assign Accounts' });
	await expect(assigning.getByRole('status')).toHaveText('1 account assigned.');
	await assigning.getByRole('button', { name: 'Close' }).click();
	await expect(unassigned.getByText('No accounts match your search.')).toBeVisible();
	await assignedTab.click();
	await expect(
		manage
			.getByRole('table', { name: 'Assigned Accounts', exact: true })
			.getByRole('row', { name: /Globex Berlin/ })
	).toBeVisible();
	expect(await seriousA11yViolations(page)).toEqual([]);
	await manage.getByRole('button', { name: 'Close' }).click();
	await expect(
		managers(page).getByRole('row', { name: /Erik Berg erik@example.com .* 1$/ })
	).toBeVisible();

	// Erik's device has it from the relay, without a reload: as a manager he has only Globex, and
	// no Account Managers page.
	await expect(mainNav(erik).getByRole('link', { name: 'Account Managers' })).toHaveCount(0);
	await mainNav(erik).getByRole('link', { name: 'Accounts', exact: true }).click();
	const erikAccounts = erik.getByRole('table', { name: 'Accounts' });
	await expect(erikAccounts.getByRole('link', { name: 'Globex Berlin' })).toBeVisible();
	await expect(erikAccounts.getByRole('link', { name: 'Initech Hamburg' })).toHaveCount(0);

	// And back: the managers tab upgrades him after its own confirmation.
	await managers(page).getByRole('checkbox', { name: 'Select Erik Berg' }).check();
	await page.getByRole('button', { name: 'Upgrade Selected (1)' }).click();
	const upgrade = page.getByRole('dialog', { name: 'Confirm Upgrade to Administrator(s)?' });
	await upgrade.getByRole('button', { name: 'Confirm' }).click();
	const upgrading = page.getByRole('dialog', { name: 'Upgrade to Administrators' });
	await expect(upgrading.getByRole('status')).toHaveText('1 upgraded to administrators.');
	await upgrading.getByRole('button', { name: 'Close' }).click();
	await expect(page.getByRole('tab', { name: 'Account Managers (0)' })).toBeVisible();
	// Erik is an administrator again: every account comes back to his device.
	await expect(erikAccounts.getByRole('link', { name: 'Initech Hamburg' })).toBeVisible();
	await openAccountManagers(erik);
	await expect(erik.getByRole('tab', { name: 'Administrators (2)' })).toBeVisible();

	await openPartnerAccount(page);
	await mainNav(page).getByRole('link', { name: 'Event History' }).click();
	await expect(page.getByRole('row', { name: /Dana Lee.*Create.*Account Manager/ })).toBeVisible();
	await expect(page.getByRole('row', { name: /Dana Lee.*Delete.*Account Manager/ })).toBeVisible();
});

test('several managers at once: accounts assigned to all, to some, to none, with who has each', async ({
	page,
	newContext
}) => {
	await freshWorkspace(page);
	await addCustomerAccount(page, 'Globex Berlin');
	await addCustomerAccount(page, 'Initech Hamburg');
	await inviteErik(page, newContext);
	await invite(page, newContext, { name: 'Chris Park', email: 'chris@example.com' });
	await convert(page, 'Erik Berg', 'Chris Park');

	// Erik gets Globex on his own first.
	const single = await manage(page, 'Erik Berg');
	await change(page, 'Assign', 'Globex Berlin');
	await single.getByRole('button', { name: 'Close' }).click();

	// Both managers at once.
	await managers(page).getByRole('checkbox', { name: 'Select all' }).check();
	await page.getByRole('button', { name: 'Manage Selected (2)' }).click();
	const both = page.getByRole('dialog', { name: 'Manage 2 account managers' });
	await expect(both.getByRole('tab')).toHaveText([
		'Accounts assigned to all',
		'Accounts assigned to some',
		'Accounts not assigned'
	]);
	await expect(both.getByText('No account is assigned to all of them.')).toBeVisible();
	await both.getByRole('tab', { name: 'Accounts assigned to some' }).click();
	const some = both.getByRole('table', { name: 'Accounts assigned to some' });
	const globex = some.getByRole('row', { name: /Globex Berlin/ });
	await expect(globex).toBeVisible();
	// TOTAL ACCOUNT MANAGERS: the count, and the names for a keyboard user too.
	const count = globex.getByRole('button', { name: '1' });
	await count.focus();
	await expect(count).toHaveAccessibleDescription('Erik Berg');
	await expect(globex.getByRole('tooltip')).toBeVisible();
	expect(await seriousA11yViolations(page)).toEqual([]);

	await change(page, 'Assign', 'Initech Hamburg', 'Accounts not assigned');
	await both.getByRole('tab', { name: 'Accounts assigned to all' }).click();
	await expect(
		both
			.getByRole('table', { name: 'Accounts assigned to all' })
			.getByRole('row', { name: /Initech Hamburg/ })
	).toBeVisible();
	await both.getByRole('button', { name: 'Close' }).click();
	await expect(managers(page).getByRole('row', { name: /Erik Berg .* 2$/ })).toBeVisible();
	await expect(managers(page).getByRole('row', { name: /Chris Park .* 1$/ })).toBeVisible();
});
