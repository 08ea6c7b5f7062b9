import { expect, test } from './fixtures';
import { freshWorkspace } from './app';
import { UsersPage, addCustomerAccount } from './users-page';

// The fixture fails this test on any page error or Svelte warning: saving or deleting on the
// user details page once threw `effect_update_depth_exceeded` and stopped the page updating.
test('a user is opened, made Account Admin, saved, deleted and brought back, without a page error', async ({
	page
}) => {
	await freshWorkspace(page);
	await addCustomerAccount(page, 'Initech GmbH');
	const users = new UsersPage(page);
	await users.open();
	await users.addUser({ firstName: 'Lena', lastName: 'Berg', email: 'lena.berg@initech.example' });

	await users.row('Lena Berg').getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Lena Berg' })).toBeVisible();
	const role = page.getByLabel('Role', { exact: true });
	await role.selectOption({ label: 'Account Admin' });
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Changes to Lena Berg saved.').first()).toBeVisible();
	await expect(role).toHaveValue('account_admin');

	// The page still answers: a second edit saves and shows the stored value.
	const mobile = page.getByLabel('Mobile Phone', { exact: true });
	await mobile.fill('+49 30 5550100');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Changes to Lena Berg saved.').first()).toBeVisible();
	// The stored number is normalized, and the form shows what was stored.
	await expect(mobile).toHaveValue('+49305550100');
	await page.reload();
	await expect(page.getByLabel('Mobile Phone', { exact: true })).toHaveValue('+49305550100');
	await expect(page.getByLabel('Role', { exact: true })).toHaveValue('account_admin');

	await page.getByRole('button', { name: 'Delete', exact: true }).click();
	const confirm = page.getByRole('dialog', { name: 'Delete user?' });
	await confirm.getByLabel('Type delete to confirm').fill('delete');
	await confirm.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
	await expect(users.row('Lena Berg')).toHaveCount(0);
	await expect(page.getByText('1 user deleted').first()).toBeVisible();

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('1 user restored')).toBeVisible();
	await users.row('Lena Berg').getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Lena Berg' })).toBeVisible();
	await expect(page.getByLabel('Role', { exact: true })).toHaveValue('account_admin');
	await expect(page.getByLabel('Mobile Phone', { exact: true })).toHaveValue('+49305550100');
});
