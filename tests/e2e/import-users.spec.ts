import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mainNav, seriousA11yViolations } from './app';
import { globexUsers, UsersPage } from './users-page';

/** Opens More actions → Import Users; the dialog. */
async function openImport(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: 'More actions' }).click();
	await page.getByRole('menuitem', { name: 'Import Users' }).click();
	return page.getByRole('dialog', { name: 'Import Users' });
}

const fixture = (name: string) =>
	fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

test('import the French template: 2 rows in error with their reasons, Upload adds the 3 others, a fixed row follows', async ({
	page
}) => {
	const users = await globexUsers(page);
	const dialog = await openImport(page);
	await expect(
		dialog.getByText('You will be able to review or edit your upload in the next step.')
	).toBeVisible();

	// A file that is not a spreadsheet is named, and nothing else happens.
	await dialog.getByLabel('Upload').setInputFiles(fixture('renamed-pdf.xlsx'));
	await expect(dialog.getByRole('alert')).toHaveText('This file is not a readable spreadsheet.');

	await dialog.getByLabel('Upload').setInputFiles(fixture('template-fr.xlsx'));
	await expect(dialog.getByRole('status')).toContainText('2 rows have errors.');
	const table = dialog.getByRole('table', { name: 'Users to import' });
	await expect(table.getByRole('img', { name: 'Valid', exact: true })).toHaveCount(3);
	await expect(
		table.getByRole('img', {
			name: 'Error: Enter a valid email address, for example name@example.com.'
		})
	).toHaveCount(1);
	await expect(table.getByRole('img', { name: 'Error: Unknown role: Supervisor' })).toHaveCount(1);
	await dialog.getByRole('switch', { name: 'Show only rows with errors' }).check();
	await expect(table.getByRole('row')).toHaveCount(3);
	expect(await seriousA11yViolations(page)).toEqual([]);
	await dialog.getByRole('switch', { name: 'Show only rows with errors' }).uncheck();

	await dialog.getByRole('button', { name: 'Upload' }).click();
	await expect(page.getByText('Import finished: 3 added, 2 need attention.')).toBeVisible();
	await expect(table.getByRole('row')).toHaveCount(3);
	for (const name of ['Zoë Quinn', 'Ann Lee', 'Max Mustermann'])
		await expect(users.row(name)).toHaveCount(1);

	// Fixed in place: valid at once, and the next Upload adds it.
	await table.getByLabel('EMAIL of row 1').fill('bad.mail@example.com');
	await table.getByLabel('EMAIL of row 1').press('Tab');
	await expect(dialog.getByRole('status')).toContainText('1 row has errors.');
	await dialog.getByRole('button', { name: 'Upload' }).click();
	await expect(page.getByText('Import finished: 1 added, 1 need attention.')).toBeVisible();
	await expect(users.row('Bad Mail')).toHaveCount(1);
	await expect(table.getByRole('img', { name: 'Error: Unknown role: Supervisor' })).toHaveCount(1);

	// The tab closes with one row left: reopened, "Resume import" brings it back as it was.
	await expect(
		dialog.getByText('Saved on this device: closing this window loses nothing.')
	).toBeVisible();
	await page.reload();
	await openImport(page);
	await expect(
		dialog.getByText(/^Unfinished import of template-fr\.xlsx, saved [\s\S]*\b1 row$/)
	).toBeVisible();
	await dialog.getByRole('button', { name: 'Resume import' }).click();
	await expect(dialog.getByRole('status')).toContainText('1 row has errors.');
	await expect(table.getByLabel('FIRST NAME of row 1')).toHaveValue('Role');
	await expect(table.getByRole('img', { name: 'Error: Unknown role: Supervisor' })).toHaveCount(1);

	// Cancel asks first; discarded, the draft is gone too.
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await page
		.getByRole('dialog', { name: 'Discard this import?' })
		.getByRole('button', { name: 'Discard' })
		.click();
	await expect(dialog).toBeHidden();
	await openImport(page);
	await expect(
		dialog.getByText('You will be able to review or edit your upload in the next step.')
	).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Resume import' })).toHaveCount(0);
});

test('an import is taken back with Undo while its toast shows', async ({ page }) => {
	const users = await globexUsers(page);
	const dialog = await openImport(page);
	await dialog.getByLabel('Upload').setInputFiles(fixture('google-workspace.csv'));
	await expect(dialog.getByRole('status')).toContainText('No errors found.');
	await dialog.getByRole('button', { name: 'Upload' }).click();
	await expect(dialog).toBeHidden();
	await expect(users.row('Gil Stone')).toHaveCount(1);
	await expect(users.row('Hana Ito')).toHaveCount(1);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('2 imported users removed again.')).toBeVisible();
	await expect(users.row('Gil Stone')).toHaveCount(0);
	await expect(users.row('Hana Ito')).toHaveCount(0);
});

test("a crafted file (CVE-2023-30533) is read off the page, whose Object.prototype stays untouched (the worker's own freeze is proved in workers/import.harden.spec.ts)", async ({
	page
}) => {
	await globexUsers(page);
	const dialog = await openImport(page);
	await dialog.getByLabel('Upload').setInputFiles(fixture('prototype-pollution.xlsx'));
	await expect(dialog.getByRole('status')).toContainText('No errors found.');
	await expect(dialog.getByLabel('EMAIL of row 1')).toHaveValue('mo@example.com');
	expect(
		await page.evaluate(() => Object.keys(Object.prototype).length + ('c' in {} ? 1 : 0))
	).toBe(0);
});

test('a spreadsheet opened with the installed app asks for the account, then opens its preview', async ({
	page
}) => {
	// What the installed app receives from the operating system, through launchQueue.
	await page.addInitScript(() => {
		const win = window as unknown as { launched: (p: unknown) => void };
		// Chromium has its own (read-only) launchQueue, which only an installed app's launch feeds.
		Object.defineProperty(window, 'launchQueue', {
			configurable: true,
			value: { setConsumer: (consumer: (p: unknown) => void) => (win.launched = consumer) }
		});
	});
	const users = await globexUsers(page);
	await mainNav(page).getByRole('link', { name: 'Dashboard' }).click();
	await page.evaluate((text) => {
		const file = new File([text], 'new-hires.csv', { type: 'text/csv' });
		(window as unknown as { launched: (p: unknown) => void }).launched({
			files: [{ getFile: () => Promise.resolve(file) }]
		});
	}, 'FIRST NAME,LAST NAME,EMAIL\nKai,Berg,kai@example.com\n');
	const ask = page.getByRole('dialog', { name: 'Import new-hires.csv' });
	await expect(ask.getByText('Which account are these users for?')).toBeVisible();
	await ask.getByLabel('Account').selectOption({ label: 'Globex Berlin' });
	await ask.getByRole('button', { name: 'Continue' }).click();
	const dialog = page.getByRole('dialog', { name: 'Import Users' });
	await expect(dialog.getByRole('status')).toContainText('No errors found.');
	await expect(dialog.getByLabel('EMAIL of row 1')).toHaveValue('kai@example.com');
	await dialog.getByRole('button', { name: 'Upload' }).click();
	await expect(users.row('Kai Berg')).toHaveCount(1);
});

test('a 50,000-row CSV is read while the page keeps answering clicks', async ({ page }) => {
	await globexUsers(page);
	const dialog = await openImport(page);
	let csv = 'FIRST NAME,LAST NAME,EMAIL,ROLE,MOBILE,EXT,DEPARTMENT,OFFICE\n';
	for (let i = 0; i < 50_000; i += 1)
		csv += `First${i},Last${i},user${i}@example.com,User,,${1000 + i},Sales,Berlin\n`;
	// Every click on the page records how long it waited for the main thread, and whether the
	// file was still being read then.
	await page.evaluate(() => {
		const win = window as unknown as { clicks: { delay: number; reading: boolean }[] };
		win.clicks = [];
		document.addEventListener('click', (event) => {
			const reading = /Reading/.test(
				document.querySelector('dialog [role="status"]')?.textContent ?? ''
			);
			win.clicks.push({ delay: performance.now() - event.timeStamp, reading });
		});
	});
	const box = await dialog.getByRole('heading', { name: 'Import Users' }).boundingBox();
	await dialog.getByLabel('Upload').setInputFiles({
		name: 'staff.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv)
	});
	const reading = dialog.getByText('Reading staff.csv…');
	for (let i = 0; i < 40 && (await reading.count()) > 0; i += 1)
		await page.mouse.click((box?.x ?? 0) + 5, (box?.y ?? 0) + 5);
	await expect(dialog.getByText('50,000 rows')).toBeVisible({ timeout: 30_000 });
	const clicks = await page.evaluate(
		() => (window as unknown as { clicks: { delay: number; reading: boolean }[] }).clicks
	);
	const during = clicks.filter((c) => c.reading);
	expect(during.length).toBeGreaterThan(0);
	for (const click of during) expect(click.delay).toBeLessThan(200);
	await expect(dialog.getByText('Ignored columns: DEPARTMENT, OFFICE')).toBeVisible();
});

test('the preview follows the account: a user added meanwhile in another tab makes a row taken at once', async ({
	page,
	context
}) => {
	const users = await globexUsers(page);
	await users.addUser({
		firstName: 'Ann',
		lastName: 'Lee',
		email: 'ann@example.com',
		extension: '204'
	});
	const dialog = await openImport(page);
	await dialog.getByLabel('Upload').setInputFiles({
		name: 'team.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			[
				'FIRST NAME,LAST NAME,EMAIL,EXTENSION',
				'Ann,Lee,ANN@example.com,',
				'Bo,Berg,bo@example.com,204',
				'Cy,Dahl,cy@example.com,205'
			].join('\n')
		)
	});
	const table = dialog.getByRole('table', { name: 'Users to import' });
	await expect(dialog.getByRole('status')).toContainText('2 rows have errors.');
	await expect(table.getByRole('img', { name: 'Error: Already used in this account' })).toHaveCount(
		1
	);
	await expect(
		table.getByRole('img', { name: 'Error: This extension is already used in this account.' })
	).toHaveCount(1);

	// Another tab of this device adds Cy: the preview's third row is taken too.
	const other = await context.newPage();
	await other.goto(page.url());
	const otherUsers = new UsersPage(other);
	await otherUsers.addUser({ firstName: 'Cy', lastName: 'Dahl', email: 'cy@example.com' });
	await expect(dialog.getByRole('status')).toContainText('3 rows have errors.');
	await expect(table.getByRole('img', { name: 'Error: Already used in this account' })).toHaveCount(
		2
	);

	// Fixed in place: only that row is judged again.
	await table.getByLabel('EMAIL of row 1').fill('ann.lee@example.com');
	await table.getByLabel('EMAIL of row 1').press('Tab');
	await expect(dialog.getByRole('status')).toContainText('2 rows have errors.');
	await expect(table.getByRole('img', { name: 'Valid', exact: true })).toHaveCount(1);
	await other.close();
});

test('a file crafted to make the parser backtrack for minutes is stopped by the time budget while the page answers clicks; the next file is read', async ({
	page
}) => {
	test.setTimeout(90_000);
	await globexUsers(page);
	const dialog = await openImport(page);
	await page.evaluate(() => {
		const win = window as unknown as { clicks: number[] };
		win.clicks = [];
		document.addEventListener('click', (event) =>
			win.clicks.push(performance.now() - event.timeStamp)
		);
	});
	const started = Date.now();
	await dialog.getByLabel('Upload').setInputFiles(fixture('pathological-backtracking.xlsx'));
	const reading = dialog.getByText('Reading pathological-backtracking.xlsx…');
	await expect(reading).toBeVisible();
	const heading = await dialog.getByRole('heading', { name: 'Import Users' }).boundingBox();
	let clicked = 0;
	while ((await reading.count()) > 0 && clicked < 60) {
		await page.mouse.click((heading?.x ?? 0) + 5, (heading?.y ?? 0) + 5);
		clicked += 1;
		await page.waitForTimeout(250);
	}
	await expect(dialog.getByRole('alert')).toHaveText('The file could not be read in time.');
	// Stopped by the 20-second budget, not by the parser finishing or failing early.
	expect(Date.now() - started).toBeGreaterThanOrEqual(19_000);
	const delays = await page.evaluate(() => (window as unknown as { clicks: number[] }).clicks);
	expect(delays.length).toBeGreaterThan(20);
	// The parse holds a core of its own: a click may wait for the machine (the tests run two at a
	// time on two cores), never for the parse, which would hold it 20 s.
	for (const delay of delays) expect(delay).toBeLessThan(500);

	// A new worker reads the next file.
	await dialog.getByLabel('Upload').setInputFiles(fixture('prototype-pollution.xlsx'));
	await expect(dialog.getByLabel('EMAIL of row 1')).toHaveValue('mo@example.com');
});

test('an import closed while its file is read shows and keeps nothing of it', async ({ page }) => {
	await globexUsers(page);
	const dialog = await openImport(page);
	let csv = 'FIRST NAME,LAST NAME,EMAIL\n';
	for (let i = 0; i < 30_000; i += 1) csv += `First${i},Last${i},user${i}@example.com\n`;
	await dialog.getByLabel('Upload').setInputFiles({
		name: 'late.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv)
	});
	await expect(dialog.getByText('Reading late.csv…')).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	// Long enough for the read to have ended and a draft to have been saved.
	await page.waitForTimeout(3000);
	await openImport(page);
	await expect(
		dialog.getByText('You will be able to review or edit your upload in the next step.')
	).toBeVisible();
	await expect(dialog.getByRole('table', { name: 'Users to import' })).toHaveCount(0);
	await page.reload();
	await openImport(page);
	await expect(
		dialog.getByText('You will be able to review or edit your upload in the next step.')
	).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Resume import' })).toHaveCount(0);
});
