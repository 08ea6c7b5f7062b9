import { expect, test, type Locator, type Page } from './fixtures';
import { freshWorkspace, mainNav, seriousA11yViolations } from './app';
import { seedAccounts, seededName } from '../fixtures/seed';

/** Page object of the "Accounts" list. */
class AccountsPage {
	constructor(readonly page: Page) {}

	/** From the main navigation, whose own name follows the UI language too. */
	async open(navLabel = 'Accounts'): Promise<void> {
		const nav = navLabel === 'Accounts' ? mainNav(this.page) : this.page.getByRole('navigation');
		await nav.getByRole('link', { name: navLabel, exact: true }).click();
		await expect(this.page.getByRole('heading', { level: 1, name: navLabel })).toBeVisible();
	}

	row(name: string | RegExp): Locator {
		return this.page.getByRole('row', { name });
	}

	async accountIdOf(name: string): Promise<string> {
		return ((await this.row(name).getByRole('cell').nth(1).textContent()) ?? '').trim();
	}
}

/** Page object of the "Add Account" dialog. */
class AddAccountDialog {
	readonly dialog: Locator;
	constructor(readonly page: Page) {
		this.dialog = page.getByRole('dialog', { name: 'Add Account' });
	}

	field(label: string): Locator {
		return this.dialog.getByLabel(label, { exact: true });
	}

	get contacts(): Locator {
		return this.dialog.getByRole('combobox', { name: 'Support Contacts' });
	}

	async open(): Promise<void> {
		await this.page.getByRole('button', { name: 'Add Account' }).click();
		await expect(this.dialog).toBeVisible();
	}

	async fill(values: {
		name: string;
		country: string;
		province?: string;
		address: string;
		city: string;
		postalCode: string;
	}): Promise<void> {
		await this.field('Customer Name').fill(values.name);
		await this.field('Country').selectOption(values.country);
		if (values.province) await this.field('Province/State').selectOption(values.province);
		await this.field('Address').fill(values.address);
		await this.field('City').fill(values.city);
		await this.field('Postal/ZIP Code').fill(values.postalCode);
	}

	async save(): Promise<void> {
		await this.dialog.getByRole('button', { name: 'Save' }).click();
	}
}

/** Page object of an account's "Account Information" page. */
class AccountInfoPage {
	constructor(readonly page: Page) {}

	get customerInfo(): Locator {
		return this.page.getByRole('region', { name: 'Customer Information' });
	}

	field(label: string): Locator {
		return this.customerInfo.getByLabel(label, { exact: true });
	}

	get contacts(): Locator {
		return this.page.getByRole('combobox', { name: 'Support Contacts' });
	}

	async copiedAccountId(): Promise<string> {
		await this.page.getByRole('button', { name: 'Copy Account ID' }).click();
		return this.page.evaluate(() => navigator.clipboard.readText());
	}

	/** Opens a typed-confirmation dialog, types the word and confirms. */
	async confirm(button: string, title: string, word: string): Promise<void> {
		await this.page.getByRole('button', { name: button, exact: true }).click();
		const dialog = this.page.getByRole('dialog', { name: title });
		await expect(dialog.getByRole('button', { name: button, exact: true })).toBeDisabled();
		await dialog.getByRole('textbox').fill(word);
		await dialog.getByRole('button', { name: button, exact: true }).click();
		await expect(dialog).toBeHidden();
	}
}

async function chooseLanguage(page: Page, label: string, locale: string): Promise<void> {
	await page.getByLabel(label, { exact: true }).selectOption(locale);
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

test('a partner adds a customer account and manages it through its whole life', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await freshWorkspace(page);
	const accounts = new AccountsPage(page);
	await accounts.open();

	// First try: a bad postal code and no support contact. Both errors, nothing lost.
	const add = new AddAccountDialog(page);
	await add.open();
	await expect(add.field('Default Language')).toHaveValue('en');
	await add.fill({
		name: 'Globex Corporation',
		country: 'US',
		province: 'IL',
		address: '742 Evergreen Terrace',
		city: 'Springfield',
		postalCode: '6270'
	});
	await add.save();
	await expect(add.field('Postal/ZIP Code')).toHaveAccessibleDescription(
		'Enter a valid postal code for this country, for example 12345.'
	);
	await expect(add.contacts).toHaveAccessibleDescription(
		/At least one support contact is required\./
	);
	await expect(add.field('Customer Name')).toHaveValue('Globex Corporation');
	await expect(add.field('City')).toHaveValue('Springfield');
	await expect(add.field('Province/State')).toHaveValue('IL');

	// Fix: a valid ZIP code, and a partner user picked from the suggestions by keyboard.
	await add.field('Postal/ZIP Code').fill('62701');
	await expect(add.field('Postal/ZIP Code')).toHaveAccessibleDescription('');
	await add.contacts.fill('dana');
	await expect(add.contacts).toHaveAttribute('aria-expanded', 'true');
	await expect(
		add.dialog.getByRole('listbox').getByRole('option', { name: /Dana Lee.*dana@example\.com/ })
	).toBeVisible();
	await add.contacts.press('ArrowDown');
	await expect(add.contacts).toHaveAttribute('aria-activedescendant', /option-0$/);
	await add.contacts.press('Enter');
	await expect(add.dialog.getByRole('button', { name: 'Remove Dana Lee' })).toBeVisible();
	await add.save();

	// The Account Information page of the new account, with its 9-digit Account ID.
	const info = new AccountInfoPage(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Globex Corporation' })).toBeVisible();
	const accountId = await info.copiedAccountId();
	expect(accountId).toMatch(/^[1-9]\d{8}$/);
	await expect(page.getByText(`Account ID ${accountId} copied.`)).toBeVisible();
	await expect(info.customerInfo.getByText(accountId)).toBeVisible();
	await expect(info.customerInfo.getByText('North America')).toBeVisible();

	// Save stays disabled until something changes.
	const save = info.customerInfo.getByRole('button', { name: 'Save' });
	await expect(save).toBeDisabled();
	await info.field('City').fill('Shelbyville');
	await expect(save).toBeEnabled();
	await info.field('Business Type').selectOption({ label: 'Retail' });
	await save.click();
	await expect(page.getByText('Changes saved.').first()).toBeVisible();
	await expect(save).toBeDisabled();
	await page.reload();
	await expect(info.field('City')).toHaveValue('Shelbyville');
	await expect(info.field('Business Type')).toHaveValue('retail');

	// Support contacts: an invalid address is refused, a valid one added, the last one kept.
	await info.contacts.fill('help@globex');
	await info.contacts.press('Enter');
	await expect(info.contacts).toHaveAccessibleDescription(/Contains an invalid email/);
	await expect(info.contacts).toHaveValue('help@globex');
	await info.contacts.fill('help@globex.com');
	await info.contacts.press('Enter');
	await expect(page.getByRole('button', { name: 'Remove help@globex.com' })).toBeVisible();
	await expect(info.contacts).toHaveValue('');
	await page.getByRole('button', { name: 'Remove Dana Lee' }).click();
	await expect(page.getByRole('button', { name: 'Remove Dana Lee' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Remove help@globex.com' }).click();
	await expect(info.contacts).toHaveAccessibleDescription(
		/At least one support contact is required\./
	);
	await expect(page.getByRole('button', { name: 'Remove help@globex.com' })).toBeVisible();

	// Call services and chat settings are saved at once.
	const bandwidth = page.getByRole('switch', { name: 'Bandwidth Optimization' });
	await bandwidth.check();
	const chat = page.getByRole('checkbox', { name: 'Allow editing and deleting of messages' });
	await expect(chat).toBeChecked();
	await chat.uncheck();
	await page.reload();
	await expect(bandwidth).toBeChecked();
	await expect(chat).not.toBeChecked();

	// In French: deactivate by typing the French word.
	await chooseLanguage(page, 'Language', 'fr');
	await info.confirm('Désactiver', 'Désactiver le client ?', 'désactiver');
	await expect(page.getByText(/Ce compte est désactivé/).first()).toBeVisible();
	await expect(page.getByLabel('Nom du client', { exact: true })).toBeDisabled();
	await expect(page.getByRole('combobox', { name: 'Contacts d’assistance' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Supprimer', exact: true })).toHaveCount(0);

	// It is listed under "Désactivés"; clicking it only offers to reactivate it.
	await accounts.open('Comptes');
	await expect(accounts.row(/Globex Corporation/)).toHaveCount(0);
	await page.getByLabel('Afficher').selectOption({ label: 'Désactivés' });
	await accounts.row(/Globex Corporation/).click();
	const reactivate = page.getByRole('dialog', { name: 'Réactiver le client ?' });
	await expect(reactivate).toBeVisible();
	await expect(page).toHaveURL(/\/accounts$/);
	await reactivate.getByRole('textbox').fill('réactiver');
	await reactivate.getByRole('button', { name: 'Réactiver' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Globex Corporation' })).toBeVisible();
	await expect(page.getByLabel('Nom du client', { exact: true })).toBeEnabled();

	// Delete, then Undo: the account is back with the same Account ID.
	await chooseLanguage(page, 'Langue', 'en');
	await info.confirm('Delete', 'Delete Customer?', 'delete');
	await expect(page).toHaveURL(/\/accounts$/);
	await expect(accounts.row(/Globex Corporation/)).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(accounts.row(/Globex Corporation/)).toBeVisible();
	expect(await accounts.accountIdOf('Globex Corporation')).toBe(accountId);
	await expect(page.getByText('Account Globex Corporation restored.')).toBeVisible();

	// The partner account can be opened, but never deactivated or deleted.
	await accounts.row(/Acme Telecom/).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Acme Telecom' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Deactivate' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
});

test('names are unique, rows open by keyboard, and Cancel asks before discarding', async ({
	page
}) => {
	await freshWorkspace(page);
	const accounts = new AccountsPage(page);
	await accounts.open();
	const add = new AddAccountDialog(page);

	// Nothing typed: Cancel just closes.
	await add.open();
	await add.dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(add.dialog).toBeHidden();

	// Something typed: "Discard changes?" first; "Keep editing" keeps the values.
	await add.open();
	await add.field('Customer Name').fill('acmé telecom');
	await add.dialog.getByRole('button', { name: 'Cancel' }).click();
	const discard = page.getByRole('dialog', { name: 'Discard changes?' });
	await discard.getByRole('button', { name: 'Keep editing' }).click();
	await expect(add.field('Customer Name')).toHaveValue('acmé telecom');

	// A state of the US list means nothing in the Netherlands: it is cleared, the field is text.
	await add.field('Country').selectOption('US');
	await add.field('Province/State').selectOption('IL');
	// The same name as the partner account, ignoring case and accents, is refused.
	await add.fill({
		name: 'acmé telecom',
		country: 'NL',
		address: 'Damrak 1',
		city: 'Amsterdam',
		postalCode: '1012lg'
	});
	await expect(add.dialog.getByRole('textbox', { name: 'Province/State' })).toHaveValue('');
	await add.contacts.fill('ops@example.nl');
	await add.contacts.press('Enter');
	await add.save();
	await expect(add.field('Customer Name')).toHaveAccessibleDescription(
		'An account with this name already exists.'
	);
	await add.field('Customer Name').fill('Noord Zorg');
	await add.save();
	await expect(page.getByRole('heading', { level: 1, name: 'Noord Zorg' })).toBeVisible();
	await expect(page.getByLabel('Postal/ZIP Code', { exact: true })).toHaveValue('1012 LG');
	await expect(page.getByText('Europe', { exact: true })).toBeVisible();

	// Back on the list, the row opens from the keyboard.
	await accounts.open();
	await accounts
		.row(/Noord Zorg/)
		.getByRole('link', { name: 'Noord Zorg' })
		.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Noord Zorg' })).toBeVisible();

	// Escape with typed values also asks; "Discard" closes without creating anything.
	await accounts.open();
	await add.open();
	await add.field('City').fill('Utrecht');
	await page.keyboard.press('Escape');
	await page
		.getByRole('dialog', { name: 'Discard changes?' })
		.getByRole('button', { name: 'Discard' })
		.click();
	await expect(add.dialog).toBeHidden();
	await expect(page.getByRole('row')).toHaveCount(3);
});

test('the accounts pages pass an accessibility scan', async ({ page }) => {
	await freshWorkspace(page);
	const accounts = new AccountsPage(page);
	await accounts.open();
	expect(await seriousA11yViolations(page)).toEqual([]);

	const add = new AddAccountDialog(page);
	await add.open();
	await add.save();
	await expect(add.field('Customer Name')).toHaveAccessibleDescription('This field is required.');
	await add.contacts.fill('dan');
	await expect(add.dialog.getByRole('listbox').getByRole('option')).toHaveCount(1);
	expect(await seriousA11yViolations(page)).toEqual([]);
	await add.contacts.press('Escape');
	await add.fill({
		name: 'Initech',
		country: 'CA',
		province: 'ON',
		address: '1 Bay Street',
		city: 'Toronto',
		postalCode: 'm5j2n8'
	});
	await add.contacts.fill('it@initech.ca');
	await add.contacts.press('Enter');
	await add.save();
	await expect(page.getByRole('heading', { level: 1, name: 'Initech' })).toBeVisible();
	expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a long list renders only the rows in view, scrolls, sorts, and search narrows it', async ({
	page
}) => {
	await freshWorkspace(page);
	// 300 accounts through the services; the first one gets 3 users.
	const SEEDED = 300;
	await seedAccounts(page, { accounts: SEEDED, users: [3] });
	const accounts = new AccountsPage(page);
	await accounts.open();
	const table = page.getByRole('table', { name: 'Accounts' });
	await expect(page.getByText(`${SEEDED + 1} accounts`)).toBeVisible();
	await expect(table).toHaveAttribute('aria-rowcount', String(SEEDED + 2));
	// Sorted by name: the partner account first, then the seeded names.
	await expect(table.getByRole('row').nth(1)).toContainText('Acme Telecom');
	// Only the rows in view (and a few more) are in the page.
	expect(await table.getByRole('row').count()).toBeLessThan(60);

	// Scrolled to the end, the last rows are there.
	await table.evaluate((el) => el.parentElement?.scrollTo(0, el.parentElement.scrollHeight));
	await expect(table.locator(`tr[aria-rowindex="${SEEDED + 2}"]`)).toBeVisible();
	expect(await table.getByRole('row').count()).toBeLessThan(60);
	expect(await seriousA11yViolations(page)).toEqual([]);

	// Search narrows on each keystroke, accent-insensitively, every word a prefix.
	const search = page.getByRole('searchbox', { name: 'Search accounts' });
	const names = Array.from({ length: SEEDED }, (_, n) => seededName('', n));
	const nordwind = names.filter((n) => n.startsWith('Nordwind '));
	await search.fill('nordwind');
	await expect(page.getByText(`${nordwind.length} accounts`)).toBeVisible();
	await expect(table.getByRole('row').nth(1)).toContainText('Nordwind');
	await search.fill('nordwind back');
	const bakeries = nordwind.filter((n) => n.includes('Bäckerei'));
	await expect(page.getByText(`${bakeries.length} accounts`)).toBeVisible();
	await expect(table.getByRole('row')).toHaveCount(bakeries.length + 1);
	for (const name of bakeries) await expect(accounts.row(new RegExp(name))).toBeVisible();

	// The user count of the first seeded account, kept as its users were added.
	await search.fill(seededName('', 0));
	await expect(page.getByText('1 account', { exact: true })).toBeVisible();
	await expect(
		accounts
			.row(new RegExp(seededName('', 0)))
			.getByRole('cell')
			.nth(3)
	).toHaveText('3');
	// Its Account ID finds it too.
	const accountId = await accounts.accountIdOf(seededName('', 0));
	await search.fill(accountId);
	await expect(table.getByRole('row')).toHaveCount(2);
	await expect(accounts.row(new RegExp(seededName('', 0)))).toBeVisible();

	// Sorting by Account ID, both ways, says so in aria-sort.
	await search.fill('nordwind');
	const idHeader = table.getByRole('columnheader', { name: /ACCOUNT ID/ });
	await idHeader.getByRole('button').click();
	await expect(idHeader).toHaveAttribute('aria-sort', 'ascending');
	const ids = async () =>
		(await table.locator('tbody tr[aria-rowindex] td:nth-child(2)').allTextContents()).slice(0, 8);
	await expect.poll(async () => isSorted(await ids())).toBe(true);
	await idHeader.getByRole('button').click();
	await expect(idHeader).toHaveAttribute('aria-sort', 'descending');
	await expect.poll(async () => isSorted((await ids()).reverse())).toBe(true);

	await search.fill('');
	await expect(page.getByText(`${SEEDED + 1} accounts`)).toBeVisible();
});

function isSorted(values: string[]): boolean {
	return values.length > 1 && values.every((v, i) => i === 0 || (values[i - 1] ?? '') <= v);
}
