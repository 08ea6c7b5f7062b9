import { expect, type Locator, type Page } from '@playwright/test';
import { freshWorkspace, mainNav } from './app';

export interface NewUser {
	firstName: string;
	lastName: string;
	email: string;
	mobile?: string;
	extension?: string;
	accountAdmin?: boolean;
}

/** Page object of an account's "Users" page. */
export class UsersPage {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await mainNav(this.page).getByRole('link', { name: 'Users', exact: true }).click();
		await expect(this.page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
	}

	get search(): Locator {
		return this.page.getByRole('searchbox', { name: 'Search Users' });
	}

	get table(): Locator {
		return this.page.getByRole('table');
	}

	/** The body rows that show a user (not the header, not a "no match" line). */
	get userRows(): Locator {
		return this.table.getByRole('row').filter({ has: this.page.getByRole('link') });
	}

	row(name: string): Locator {
		return this.userRows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
	}

	async names(): Promise<string[]> {
		return this.userRows.getByRole('link').allTextContents();
	}

	get addDialog(): Locator {
		return this.page.getByRole('dialog', { name: 'Add User' });
	}

	field(label: string): Locator {
		return this.addDialog.getByLabel(label, { exact: true });
	}

	async fillUser(user: NewUser): Promise<void> {
		await this.field('First Name').fill(user.firstName);
		await this.field('Last Name').fill(user.lastName);
		await this.field('Email').fill(user.email);
		await this.field('Mobile Phone').fill(user.mobile ?? '');
		await this.field('Extension').fill(user.extension ?? '');
		await this.addDialog
			.getByRole('switch', { name: 'Account Admin' })
			.setChecked(user.accountAdmin ?? false);
	}

	async openAddUser(): Promise<void> {
		await this.page.getByRole('button', { name: 'Add User' }).click();
		await expect(this.addDialog).toBeVisible();
	}

	async create(): Promise<void> {
		await this.addDialog.getByRole('button', { name: 'Create' }).click();
	}

	async addUser(user: NewUser): Promise<void> {
		await this.openAddUser();
		await this.fillUser(user);
		await this.create();
		await expect(this.addDialog).toBeHidden();
		await expect(this.row(`${user.firstName} ${user.lastName}`)).toBeVisible();
	}

	async addFilter(kind: 'Property' | 'Product', option: string): Promise<void> {
		await this.page.getByRole('button', { name: 'Add Filter' }).click();
		await this.page.getByRole('menuitem', { name: kind, exact: true }).click();
		await this.page.getByRole('menuitem', { name: option, exact: true }).click();
		await expect(this.page.getByRole('menu')).toBeHidden();
	}
}

/** Creates a customer account through "Add Account" and leaves its information page open. */
export async function addCustomerAccount(page: Page, name: string): Promise<void> {
	await mainNav(page).getByRole('link', { name: 'Accounts', exact: true }).click();
	await page.getByRole('button', { name: 'Add Account' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add Account' });
	await dialog.getByLabel('Customer Name', { exact: true }).fill(name);
	await dialog.getByLabel('Country', { exact: true }).selectOption('DE');
	await dialog.getByLabel('Address', { exact: true }).fill('Hauptstraße 1');
	await dialog.getByLabel('City', { exact: true }).fill('Berlin');
	await dialog.getByLabel('Postal/ZIP Code', { exact: true }).fill('10115');
	const contacts = dialog.getByRole('combobox', { name: 'Support Contacts' });
	await contacts.fill('support@initech.example');
	await contacts.press('Enter');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** A new workspace with the customer account Globex Berlin, its Users page open. */
export async function globexUsers(page: Page): Promise<UsersPage> {
	await freshWorkspace(page);
	await addCustomerAccount(page, 'Globex Berlin');
	const users = new UsersPage(page);
	await users.open();
	return users;
}
