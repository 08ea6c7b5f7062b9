import { expect, test, type Locator, type Page } from './fixtures';
import { DANA, freshWorkspace, mainNav, seriousA11yViolations } from './app';
import { DashboardPage } from './dashboard-page';

const DEFAULT_HEADERS = [
	'ACTOR NAME',
	'ACTION',
	'ASSET',
	'EVENT DATE',
	'PROPERTIES CHANGED',
	'CORE DETAILS'
];

/** Page object of the Event History page of one account (spec 17). */
class EventHistoryPage {
	constructor(readonly page: Page) {}

	/** Opens an account from the Accounts list, then its Event History from the navigation. */
	async openFor(accountName: string): Promise<string> {
		await mainNav(this.page).getByRole('link', { name: 'Accounts', exact: true }).click();
		await this.page.getByRole('link', { name: accountName, exact: true }).click();
		await expect(this.page).toHaveURL(/\/accounts\/[\w-]+$/);
		const accountId = new URL(this.page.url()).pathname.split('/').at(-1) ?? '';
		await mainNav(this.page).getByRole('link', { name: 'Event History' }).click();
		await expect(this.heading).toBeVisible();
		return accountId;
	}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: 'Event History' });
	}

	get table(): Locator {
		return this.page.getByRole('table', { name: 'Event History' });
	}

	/** The event rows (the header row has no cells; spacer rows are hidden). */
	get rows(): Locator {
		return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
	}

	/** The rows with a cell showing exactly this text. */
	row(cell: string): Locator {
		return this.rows.filter({ has: this.page.getByRole('cell', { name: cell, exact: true }) });
	}

	get dateHeader(): Locator {
		return this.table.getByRole('columnheader', { name: 'EVENT DATE' });
	}

	async headers(): Promise<string[]> {
		// The first column holds the rows' checkboxes ("Export (N)").
		return (await this.table.getByRole('columnheader').allInnerTexts())
			.slice(1)
			.map((h) => h.replace(/[▲▼]/g, '').trim());
	}

	/** The texts of one column, top to bottom, by its header. */
	async column(name: string): Promise<string[]> {
		const index = (await this.headers()).indexOf(name);
		const cells = await this.rows.locator(`td:nth-child(${index + 2})`).allInnerTexts();
		return cells.map((c) => c.trim());
	}

	/** "Add Filter" → one of its menu items; returns the filter's dialog. */
	async addFilter(name: string): Promise<Locator> {
		await this.page.getByRole('button', { name: 'Add Filter' }).click();
		await this.page.getByRole('menuitem', { name, exact: true }).click();
		const dialog = this.page.getByRole('dialog', { name });
		await expect(dialog).toBeVisible();
		return dialog;
	}

	/** Waits until a filter dialog has checked every value (options appear as they are found). */
	async optionsComplete(dialog: Locator): Promise<void> {
		await expect(dialog.getByText('Finding the values that give events…')).toHaveCount(0);
	}

	chip(text: string): Locator {
		return this.page.getByRole('list', { name: 'Active filters' }).getByRole('button', {
			name: text
		});
	}

	removeFilter(name: string): Promise<void> {
		return this.page.getByRole('button', { name: `Remove filter ${name}` }).click();
	}

	get noMatch(): Locator {
		return this.page.getByText('No events match these filters.');
	}

	get allShown(): Locator {
		return this.page.getByText('All events are shown.');
	}
}

function localDate(offsetDays = 0): string {
	const d = new Date(Date.now() + offsetDays * 86_400_000);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('the partner account history: columns, sorting, filters, table settings, details', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await freshWorkspace(page);
	const history = new EventHistoryPage(page);
	await history.openFor(DANA.organization);

	// The two events of the new workspace, newest first, with the default columns.
	expect(await history.headers()).toEqual(DEFAULT_HEADERS);
	await expect(history.rows).toHaveCount(2);
	const account = history.row('Account');
	const user = history.row('User');
	await expect(account.getByRole('cell').nth(1)).toHaveText(DANA.name);
	await expect(account.getByRole('cell').nth(2)).toHaveText('Create');
	await expect(account.getByRole('cell').nth(3)).toHaveText('Account');
	await expect(account.getByRole('cell').nth(5)).toContainText('"name"');
	await expect(account.getByRole('cell').nth(6)).toContainText(`"name":"${DANA.organization}"`);
	await expect(user.getByRole('cell').nth(3)).toHaveText('User');
	await expect(user.getByRole('cell').nth(5)).toContainText('"email"');
	await expect(history.allShown).toBeVisible();
	expect(await seriousA11yViolations(page)).toEqual([]);

	// EVENT DATE sorts: the order turns around.
	await expect(history.dateHeader).toHaveAttribute('aria-sort', 'descending');
	const newestFirst = await history.column('ASSET');
	await history.dateHeader.getByRole('button').click();
	await expect(history.dateHeader).toHaveAttribute('aria-sort', 'ascending');
	await expect.poll(() => history.column('ASSET')).toEqual([...newestFirst].reverse());
	await expect(history.dateHeader.getByRole('button')).toBeFocused();

	// Asset = User: one row. The smart options only offer values that still give events.
	let dialog = await history.addFilter('Asset');
	await history.optionsComplete(dialog);
	await expect(dialog.getByRole('checkbox')).toHaveCount(2);
	await dialog.getByRole('checkbox', { name: 'User' }).check();
	await dialog.getByRole('button', { name: 'Apply' }).click();
	await expect(dialog).toHaveCount(0);
	await expect(history.chip('Asset: User')).toBeVisible();
	await expect(history.rows).toHaveCount(1);
	await expect(history.row('User')).toHaveCount(1);

	dialog = await history.addFilter('Event Type');
	await history.optionsComplete(dialog);
	await expect(dialog.getByRole('checkbox', { name: 'Admin' })).toBeVisible();
	await expect(dialog.getByRole('checkbox', { name: 'MiVB' })).toHaveCount(0);
	await dialog.getByRole('button', { name: 'Apply' }).click();
	await expect(dialog.getByText('Choose at least one value.')).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();

	// An actor ID nobody has: nothing matches, and Asset offers only what is already chosen.
	dialog = await history.addFilter('Actor ID');
	await dialog.getByRole('button', { name: 'Apply' }).click();
	await expect(dialog.getByText('Enter an actor ID or its beginning.')).toBeVisible();
	await dialog.getByLabel('Actor ID').fill('nobody-');
	await dialog.getByRole('button', { name: 'Apply' }).click();
	await expect(history.noMatch).toBeVisible();
	await expect(history.rows).toHaveCount(0);
	await history.chip('Asset: User').click();
	dialog = page.getByRole('dialog', { name: 'Asset' });
	await history.optionsComplete(dialog);
	await expect(dialog.getByRole('checkbox', { name: 'User' })).toBeChecked();
	await expect(dialog.getByRole('checkbox', { name: 'Account' })).toHaveCount(0);
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await history.removeFilter('Actor ID');
	await expect(history.rows).toHaveCount(1);
	await history.removeFilter('Asset');
	await expect(history.chip('Asset: User')).toHaveCount(0);
	await expect(history.rows).toHaveCount(2);

	// Event Date: an end before the start is refused; an end yesterday shows nothing; a start today
	// shows both.
	dialog = await history.addFilter('Event Date');
	await dialog.getByLabel('Start date').fill(localDate());
	await dialog.getByLabel('End date').fill(localDate(-1));
	await dialog.getByRole('button', { name: 'Apply' }).click();
	await expect(dialog.getByText('The end must not be before the start.')).toBeVisible();
	await expect(dialog.getByLabel('End date')).toHaveAttribute('aria-invalid', 'true');
	await dialog.getByLabel('Start date').fill('');
	await dialog.getByRole('button', { name: 'Apply' }).click();
	await expect(history.noMatch).toBeVisible();
	await history.chip('Event Date: until').click();
	dialog = page.getByRole('dialog', { name: 'Event Date' });
	await dialog.getByLabel('End date').fill('');
	await dialog.getByLabel('Start date').fill(localDate());
	await dialog.getByLabel('Start time').fill('00:00');
	await dialog.getByRole('button', { name: 'Apply' }).click();
	await expect(history.chip('Event Date: from')).toBeVisible();
	await expect(history.rows).toHaveCount(2);
	await history.removeFilter('Event Date');

	// Table settings: Cancel keeps the columns; hide CORE DETAILS, reorder, OK; remembered.
	await page.getByRole('button', { name: 'Table settings' }).click();
	let settings = page.getByRole('dialog', { name: 'Show/hide columns' });
	await expect(settings.getByRole('checkbox')).toHaveCount(11);
	expect(await seriousA11yViolations(page)).toEqual([]);
	await settings.getByRole('checkbox', { name: 'ACTION' }).uncheck();
	await settings.getByRole('button', { name: 'Cancel' }).click();
	expect(await history.headers()).toEqual(DEFAULT_HEADERS);

	await page.getByRole('button', { name: 'Table settings' }).click();
	settings = page.getByRole('dialog', { name: 'Show/hide columns' });
	await settings.getByRole('checkbox', { name: 'CORE DETAILS' }).uncheck();
	await settings.getByRole('checkbox', { name: 'LOG TAGS' }).check();
	await settings.getByRole('button', { name: 'Move PROPERTIES CHANGED up' }).click();
	// The focus stays on the moved column's button, so it can move on.
	await expect(settings.getByRole('button', { name: 'Move PROPERTIES CHANGED up' })).toBeFocused();
	await page.keyboard.press('Enter');
	// Mouse: drag LOG TAGS to the top.
	const item = (name: string) => settings.getByRole('listitem').filter({ hasText: name });
	await item('LOG TAGS').dragTo(item('EVENT ID'));
	await expect(settings.getByRole('button', { name: 'Move LOG TAGS up' })).toBeDisabled();
	await settings.getByRole('button', { name: 'OK' }).click();
	const chosen = ['LOG TAGS', 'ACTOR NAME', 'ACTION', 'PROPERTIES CHANGED', 'ASSET', 'EVENT DATE'];
	await expect.poll(() => history.headers()).toEqual(chosen);
	await page.reload();
	await expect(history.rows).toHaveCount(2);
	expect(await history.headers()).toEqual(chosen);

	// Reset to Default brings the default columns back.
	await page.getByRole('button', { name: 'Table settings' }).click();
	settings = page.getByRole('dialog', { name: 'Show/hide columns' });
	await settings.getByRole('button', { name: 'Reset to Default' }).click();
	await settings.getByRole('button', { name: 'OK' }).click();
	await expect.poll(() => history.headers()).toEqual(DEFAULT_HEADERS);

	// Event Details of the user's creation: facts, JSON per tab, Copy, OK.
	await history.row('User').click();
	const details = page.getByRole('dialog', { name: 'Event Details' });
	await expect(details).toBeVisible();
	await expect(details.getByText('Actor Name')).toBeVisible();
	await expect(details.getByText(DANA.name, { exact: true })).toBeVisible();
	await expect(details.getByText('Event Id')).toBeVisible();
	await expect(details.getByText('Actor Id')).toBeVisible();
	await expect(details.getByText('Type', { exact: true })).toBeVisible();
	await expect(details.getByText('Admin', { exact: true })).toBeVisible();
	const panel = details.getByRole('tabpanel');
	await expect(details.getByRole('tab', { name: 'Core Details' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(panel).toContainText(`"email": "${DANA.email}"`);
	expect(await seriousA11yViolations(page)).toEqual([]);
	await details.getByRole('button', { name: 'Copy' }).click();
	await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(JSON.parse(copied)).toMatchObject({ email: DANA.email, name: DANA.name });

	await details.getByRole('tab', { name: 'Properties Changed' }).click();
	await expect(panel).toHaveAccessibleName('Properties Changed');
	await expect(panel).toContainText('"email"');
	await details.getByRole('button', { name: 'Copy' }).click();
	await expect
		.poll(
			async () => JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as string[]
		)
		.toContain('email');
	// Arrow keys move between the tabs.
	await details.getByRole('tab', { name: 'Properties Changed' }).press('ArrowRight');
	await expect(details.getByRole('tab', { name: 'Extra Details' })).toBeFocused();
	await expect(panel).toHaveText('{}');
	await details.getByRole('tab', { name: 'Log Tags' }).click();
	await expect(panel).toHaveText('[]');
	await details.getByRole('button', { name: 'OK' }).click();
	await expect(details).toHaveCount(0);

	// By keyboard: a row takes the focus, Enter opens it, Escape closes, the focus comes back.
	const firstRow = history.rows.first();
	await firstRow.focus();
	await page.keyboard.press('ArrowDown');
	await expect(history.rows.nth(1)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(details).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(details).toHaveCount(0);
	await expect(history.rows.nth(1)).toBeFocused();
	await expect(history.allShown).toBeVisible();
});

test('a new event appears at once, also when made in another tab', async ({ page, context }) => {
	await freshWorkspace(page);
	const history = new EventHistoryPage(page);
	const accountId = await history.openFor(DANA.organization);
	await expect(history.rows).toHaveCount(2);

	// Another tab of this device changes the account: an Edit event on the same account.
	const other = await context.newPage();
	await other.goto(`/accounts/${accountId}`);
	const chat = other.getByRole('checkbox', { name: 'Allow editing and deleting of messages' });
	await chat.setChecked(!(await chat.isChecked()));

	await expect(history.rows).toHaveCount(3);
	await expect(history.rows.first().getByRole('cell').nth(2)).toHaveText('Edit');
	await expect(history.rows.first().getByRole('cell').nth(3)).toHaveText('Account');
});

test('with sample data: rows load while scrolling to the end; MiVB assets narrow the types', async ({
	page
}) => {
	test.setTimeout(180_000);
	await freshWorkspace(page);
	const dashboard = new DashboardPage(page);
	await dashboard.startLoad('Small');
	await dashboard.loaded('Sample data loaded: 25 accounts, 2,500 users, 20,000 events.', 90_000);
	const history = new EventHistoryPage(page);
	await history.openFor('Müller & Söhne Maschinenbau GmbH');

	// Only the rows in view are in the page, however many events there are.
	await expect(history.rows.first()).toBeVisible();
	const rendered = await history.rows.count();
	expect(rendered).toBeGreaterThan(5);
	expect(rendered).toBeLessThan(80);
	await expect(history.allShown).toHaveCount(0);
	expect(await seriousA11yViolations(page)).toEqual([]);

	// Scrolling down loads page after page until the end line.
	const scroller = history.table.locator('xpath=..');
	await expect
		.poll(
			async () => {
				await scroller.evaluate((el) => el.scrollBy(0, 4000));
				return history.allShown.isVisible();
			},
			{ timeout: 60_000, intervals: [100] }
		)
		.toBe(true);
	const total = await history.table.getAttribute('aria-rowcount');
	expect(Number(total) - 1).toBeGreaterThan(150);
	// Newest first all the way: the last rows are the oldest (90 days of history).
	await expect(history.rows.last()).toBeVisible();

	// Smart filter: with Asset = Phone only Event Type MiVB is offered.
	let dialog = await history.addFilter('Asset');
	await dialog.getByRole('checkbox', { name: 'Phone' }).check();
	await dialog.getByRole('button', { name: 'Apply' }).click();
	await expect(history.rows.first().getByRole('cell').nth(3)).toHaveText('Phone');
	expect(new Set(await history.column('ASSET'))).toEqual(new Set(['Phone']));
	dialog = await history.addFilter('Event Type');
	await history.optionsComplete(dialog);
	await expect(dialog.getByRole('checkbox', { name: 'MiVB' })).toBeVisible();
	await expect(dialog.getByRole('checkbox', { name: 'Admin' })).toHaveCount(0);
	await dialog.getByRole('button', { name: 'Cancel' }).click();

	// And the other way round: with Event Type = Admin, Phone is no longer offered as an asset.
	await history.removeFilter('Asset');
	dialog = await history.addFilter('Event Type');
	await dialog.getByRole('checkbox', { name: 'Admin' }).check();
	await dialog.getByRole('button', { name: 'Apply' }).click();
	dialog = await history.addFilter('Asset');
	await history.optionsComplete(dialog);
	await expect(dialog.getByRole('checkbox', { name: 'User' })).toBeVisible();
	await expect(dialog.getByRole('checkbox', { name: 'Phone' })).toHaveCount(0);
	expect(await seriousA11yViolations(page)).toEqual([]);
});
