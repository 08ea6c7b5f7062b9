import { expect, test, type Locator, type Page } from './fixtures';
import { freshWorkspace, mainNav, waitForOfflineReady } from './app';

/**
 * Issue 3's acceptance as one new user's afternoon: every step goes through the UI, then the
 * Event History must tell the story, and all of it must survive an offline reload.
 */

function dialog(page: Page, name: string): Locator {
	return page.getByRole('dialog', { name });
}

async function confirmTyped(
	page: Page,
	button: string,
	title: string,
	word: string
): Promise<void> {
	await page.getByRole('button', { name: button, exact: true }).click();
	const box = dialog(page, title);
	await box.getByRole('textbox').fill(word);
	await box.getByRole('button', { name: button, exact: true }).click();
	await expect(box).toBeHidden();
}

function userRows(page: Page): Locator {
	return page
		.getByRole('table')
		.getByRole('row')
		.filter({ has: page.getByRole('link') });
}

async function userNames(page: Page): Promise<string[]> {
	return userRows(page).getByRole('link').allTextContents();
}

async function addUser(
	page: Page,
	user: { first: string; last: string; email: string; extension?: string }
): Promise<Locator> {
	await page.getByRole('button', { name: 'Add User' }).click();
	const add = dialog(page, 'Add User');
	await add.getByLabel('First Name', { exact: true }).fill(user.first);
	await add.getByLabel('Last Name', { exact: true }).fill(user.last);
	await add.getByLabel('Email', { exact: true }).fill(user.email);
	await add.getByLabel('Extension', { exact: true }).fill(user.extension ?? '');
	await add.getByRole('button', { name: 'Create' }).click();
	return add;
}

/** The history rows of one asset and action, with the properties they changed. */
function historyRows(page: Page, asset: string, action: string): Locator {
	return page
		.getByRole('table', { name: 'Event History' })
		.getByRole('row')
		.filter({ has: page.getByRole('cell', { name: asset, exact: true }) })
		.filter({ has: page.getByRole('cell', { name: action, exact: true }) });
}

test('a new partner runs a customer account end to end, and it all survives an offline reload', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await freshWorkspace(page);

	// An account: first without a support contact and with a bad postal code.
	await mainNav(page).getByRole('link', { name: 'Accounts', exact: true }).click();
	await page.getByRole('button', { name: 'Add Account' }).click();
	const add = dialog(page, 'Add Account');
	await add.getByLabel('Customer Name', { exact: true }).fill('Initech Nederland');
	await add.getByLabel('Country', { exact: true }).selectOption('NL');
	await add.getByLabel('Address', { exact: true }).fill('Keizersgracht 1');
	await add.getByLabel('City', { exact: true }).fill('Amsterdam');
	await add.getByLabel('Postal/ZIP Code', { exact: true }).fill('10155');
	await add.getByRole('button', { name: 'Save' }).click();
	await expect(add.getByLabel('Postal/ZIP Code', { exact: true })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect(add.getByRole('combobox', { name: 'Support Contacts' })).toHaveAccessibleDescription(
		/At least one support contact is required\./
	);
	await expect(add.getByLabel('Customer Name', { exact: true })).toHaveValue('Initech Nederland');
	await expect(add.getByLabel('City', { exact: true })).toHaveValue('Amsterdam');
	await add.getByLabel('Postal/ZIP Code', { exact: true }).fill('1015 AB');
	const contacts = add.getByRole('combobox', { name: 'Support Contacts' });
	await contacts.fill('helpdesk@initech.example');
	await contacts.press('Enter');
	await add.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Initech Nederland' })).toBeVisible();

	// Three users; the third first with an e-mail already used.
	await mainNav(page).getByRole('link', { name: 'Users', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
	await expect(
		await addUser(page, {
			first: 'Zoë',
			last: 'Müller',
			email: 'zoe@initech.example',
			extension: '2041'
		})
	).toBeHidden();
	await expect(
		await addUser(page, { first: 'Ann', last: 'Smith', email: 'ann@initech.example' })
	).toBeHidden();
	const third = await addUser(page, { first: 'Bob', last: 'Jones', email: 'Ann@Initech.example' });
	await expect(third.getByLabel('Email', { exact: true })).toHaveAccessibleDescription(
		'This email address is already used in this account.'
	);
	await expect(third.getByLabel('First Name', { exact: true })).toHaveValue('Bob');
	await third.getByLabel('Email', { exact: true }).fill('bob@initech.example');
	await third.getByRole('button', { name: 'Create' }).click();
	await expect(third).toBeHidden();
	await expect.poll(() => userNames(page)).toEqual(['Ann Smith', 'Bob Jones', 'Zoë Müller']);

	// Search by extension and by an accent-less spelling.
	const search = page.getByRole('searchbox', { name: 'Search Users' });
	await search.fill('2041');
	await expect.poll(() => userNames(page)).toEqual(['Zoë Müller']);
	await search.fill('zoe muller');
	await expect.poll(() => userNames(page)).toEqual(['Zoë Müller']);
	await search.fill('');

	// Filter Admins: nobody yet; make Bob an Account Admin; the filter then lists him.
	await page.getByRole('button', { name: 'Add Filter' }).click();
	await page.getByRole('menuitem', { name: 'Property', exact: true }).click();
	await page.getByRole('menuitem', { name: 'Admins', exact: true }).click();
	await expect.poll(() => userNames(page)).toEqual([]);
	await page.getByRole('button', { name: 'Remove filter Admins' }).click();
	await userRows(page).getByRole('link', { name: 'Bob Jones' }).click();
	await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Account Admin' });
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Changes to Bob Jones saved.')).toBeVisible();
	await page.getByRole('link', { name: 'Back to Users' }).click();
	await page.getByRole('button', { name: 'Add Filter' }).click();
	await page.getByRole('menuitem', { name: 'Property', exact: true }).click();
	await page.getByRole('menuitem', { name: 'Admins', exact: true }).click();
	await expect.poll(() => userNames(page)).toEqual(['Bob Jones']);
	await page.getByRole('button', { name: 'Remove filter Admins' }).click();
	const usersUrl = page.url();

	// Zoë's welcome e-mail is in the Outbox; she registers with its link.
	await mainNav(page).getByRole('link', { name: 'Outbox' }).click();
	const mail = page.getByRole('row', { name: /zoe@initech\.example/ });
	await expect(mail).toContainText('Queued');
	const href =
		(await mail.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')) ?? '';
	const link = /https?:\/\/\S+?\/register\/[\w-]+/.exec(decodeURIComponent(href))?.[0];
	expect(link).toBeDefined();
	await page.goto(link!);
	await expect(page.getByRole('heading', { name: 'Finish creating your account' })).toBeVisible();
	await page.getByLabel('Password', { exact: true }).fill('1234567');
	await page.getByLabel('Confirm Password', { exact: true }).fill('1234567');
	await page.getByRole('button', { name: 'Finish' }).click();
	await expect(page.getByText('Password must contain at least 8 characters.')).toBeVisible();
	await page.getByLabel('Password', { exact: true }).fill('12345678');
	await page.getByLabel('Confirm Password', { exact: true }).fill('12345678');
	await page.getByRole('button', { name: 'Finish' }).click();
	await expect(page.getByText(/Your account is ready/)).toBeVisible();
	await page.goto(usersUrl);
	await page.getByRole('button', { name: 'Add Filter' }).click();
	await page.getByRole('menuitem', { name: 'Property', exact: true }).click();
	await page.getByRole('menuitem', { name: 'Registered', exact: true }).click();
	await expect.poll(() => userNames(page)).toEqual(['Zoë Müller']);
	await page.getByRole('button', { name: 'Remove filter Registered' }).click();

	// Deactivate in French with the French word; listed as deactivated and read-only; reactivate.
	await page.getByLabel('Language', { exact: true }).selectOption('fr');
	await page.getByRole('navigation').getByRole('link', { name: 'Compte', exact: true }).click();
	await confirmTyped(page, 'Désactiver', 'Désactiver le client ?', 'désactiver');
	await expect(page.getByLabel('Nom du client', { exact: true })).toBeDisabled();
	await page.getByRole('navigation').getByRole('link', { name: 'Comptes', exact: true }).click();
	await page.getByLabel('Afficher').selectOption({ label: 'Désactivés' });
	await page.getByRole('row', { name: /Initech Nederland/ }).click();
	const reactivate = dialog(page, 'Réactiver le client ?');
	await reactivate.getByRole('textbox').fill('reactivate');
	await reactivate.getByRole('button', { name: 'Réactiver' }).click();
	await expect(page.getByLabel('Nom du client', { exact: true })).toBeEnabled();
	await page.getByLabel('Langue', { exact: true }).selectOption('en');

	// Delete Ann, then Undo.
	await mainNav(page).getByRole('link', { name: 'Users', exact: true }).click();
	await userRows(page).getByRole('link', { name: 'Ann Smith' }).click();
	await confirmTyped(page, 'Delete', 'Delete user?', 'delete');
	await expect.poll(() => userNames(page)).toEqual(['Bob Jones', 'Zoë Müller']);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect.poll(() => userNames(page)).toEqual(['Ann Smith', 'Bob Jones', 'Zoë Müller']);

	// The Event History tells all of it, with the right properties.
	await mainNav(page).getByRole('link', { name: 'Event History' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Event History' })).toBeVisible();
	await expect(historyRows(page, 'Account', 'Create')).toHaveCount(1);
	const statusEdits = historyRows(page, 'Account', 'Edit').filter({ hasText: '["status"]' });
	await expect(statusEdits).toHaveCount(2);
	await expect(historyRows(page, 'User', 'Create')).toHaveCount(4); // three users, one undone delete
	await expect(historyRows(page, 'User', 'Delete')).toHaveCount(1);
	await expect(historyRows(page, 'User', 'Edit').filter({ hasText: '["role"]' })).toHaveCount(1);
	await expect(
		historyRows(page, 'User', 'Edit').filter({ hasText: 'registration' }).first()
	).toBeVisible();
	await historyRows(page, 'User', 'Edit').filter({ hasText: '["role"]' }).click();
	const details = dialog(page, 'Event Details');
	await expect(details.getByRole('tabpanel')).toContainText('"role": "account_admin"');
	await details.getByRole('tab', { name: 'Extra Details' }).click();
	await expect(details.getByRole('tabpanel')).toContainText('"role": "user"');
	await details.getByRole('button', { name: 'OK' }).click();

	// Offline, after a reload: the users, the history and the Outbox are all still there.
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Event History' })).toBeVisible();
	await expect(historyRows(page, 'User', 'Delete')).toHaveCount(1);
	await mainNav(page).getByRole('link', { name: 'Users', exact: true }).click();
	await expect.poll(() => userNames(page)).toEqual(['Ann Smith', 'Bob Jones', 'Zoë Müller']);
	await mainNav(page).getByRole('link', { name: 'Outbox' }).click();
	await expect(page.getByRole('row', { name: /zoe@initech\.example/ })).toBeVisible();
	await context.setOffline(false);
});
