import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { freshWorkspace, mainNav, seriousA11yViolations } from './app';
import { addCustomerAccount, globexUsers } from './users-page';

test('Export Users with the UI in German: a semicolon CSV with BOM, formulas written as text, the current search only', async ({
	page
}) => {
	const users = await globexUsers(page);
	await users.addUser({
		firstName: '=HYPERLINK("x")',
		lastName: 'Quinn',
		email: 'zoe@example.com'
	});
	await users.addUser({
		firstName: 'Jürgen',
		lastName: 'Müller',
		email: 'juergen@example.com',
		extension: '201'
	});
	await users.addUser({ firstName: 'Ann', lastName: 'Lee', email: 'ann@other.test' });

	await page.getByLabel('Language', { exact: true }).selectOption('de');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	// Only what the search shows goes out.
	await page.getByRole('searchbox', { name: 'Benutzer suchen' }).fill('example');
	await expect(users.userRows).toHaveCount(2);
	await page.getByRole('button', { name: 'Weitere Aktionen' }).click();
	await page.getByRole('menuitem', { name: 'Benutzer exportieren' }).click();
	const dialog = page.getByRole('dialog', { name: 'Benutzer exportieren' });
	await expect(
		dialog.getByText('2 Benutzer: die aktuelle Suche, Filter oder Auswahl.')
	).toBeVisible();
	await expect(dialog.getByLabel('Trennzeichen')).toHaveValue(';');
	expect(await seriousA11yViolations(page)).toEqual([]);
	const download = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Exportieren' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^Globex Berlin-users-\d{4}-\d{2}-\d{2}\.csv$/);
	await expect(dialog).toBeHidden();

	const bytes = await readFile((await file.path()) ?? '');
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
	expect(lines).toHaveLength(3);
	expect(lines[0]).toBe(
		'VORNAME;NACHNAME;NAME;E-MAIL;ROLLE;DURCHWAHL;MOBIL;REGISTRIERUNG;LIZENZEN;GEÄNDERT AM;GEÄNDERT VON'
	);
	const cells = lines.map((line) => line.split(';'));
	expect(lines.find((l) => l.includes('zoe@example.com'))).toContain(
		'"\'=HYPERLINK(""x"")";Quinn;"\'=HYPERLINK(""x"") Quinn";zoe@example.com;Benutzer;'
	);
	expect(cells.find((c) => c.includes('juergen@example.com'))?.slice(0, 6)).toEqual([
		'Jürgen',
		'Müller',
		'Jürgen Müller',
		'juergen@example.com',
		'Benutzer',
		'201'
	]);
	expect(lines.some((l) => l.includes('ann@other.test'))).toBe(false);

	// The exported file imports back as it was: every row is already a user, nothing is added.
	await page.getByRole('searchbox', { name: 'Benutzer suchen' }).fill('');
	await page.getByRole('button', { name: 'Weitere Aktionen' }).click();
	await page.getByRole('menuitem', { name: 'Benutzer importieren' }).click();
	const importing = page.getByRole('dialog', { name: 'Benutzer importieren' });
	await importing.getByLabel('Hochladen').setInputFiles({
		name: file.suggestedFilename(),
		mimeType: 'text/csv',
		buffer: bytes
	});
	await expect(importing.getByRole('status')).toContainText('2 Zeilen haben Fehler.');
	await expect(
		importing.getByRole('img', { name: 'Fehler: Bereits in diesem Konto verwendet' })
	).toHaveCount(2);
	await expect(importing.getByLabel('VORNAME in Zeile 1')).toHaveValue('=HYPERLINK("x")');
	await expect(importing.getByRole('button', { name: 'Hochladen' })).toBeDisabled();
	await expect(users.userRows).toHaveCount(3);
});

test('Event Details → Export writes the event with all its tabs to a CSV named after the account', async ({
	page
}) => {
	await freshWorkspace(page);
	await addCustomerAccount(page, 'Globex Berlin');
	await mainNav(page).getByRole('link', { name: 'Event History' }).click();
	await page
		.getByRole('row', { name: /Create.*Account/ })
		.first()
		.click();
	const details = page.getByRole('dialog', { name: 'Event Details' });
	const eventId =
		(await details
			.getByText(/^[0-9a-f-]{36}$/)
			.first()
			.textContent()) ?? '';
	const download = page.waitForEvent('download');
	await details.getByRole('button', { name: 'Export' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(
		/^Globex Berlin-event-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.csv$/
	);
	const text = (await readFile((await file.path()) ?? '')).toString('utf8');
	const [header, row] = text
		.replace(/^\ufeff/, '')
		.trimEnd()
		.split('\r\n');
	expect(header).toBe(
		'EVENT ID,ACTOR NAME,ACTOR ID,ACTION,TYPE,ASSET,EVENT DATE,CORE DETAILS,PROPERTIES CHANGED,EXTRA DETAILS,LOG TAGS'
	);
	expect(row?.startsWith(`${eventId},Dana Lee,`)).toBe(true);
	expect(row).toContain('Globex Berlin');
});

test('Event History: ticked rows (by click or Space) export as "Export (N)"', async ({ page }) => {
	const users = await globexUsers(page);
	await users.addUser({ firstName: 'Zoe', lastName: 'Quinn', email: 'zoe@example.com' });
	await users.addUser({ firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' });
	await mainNav(page).getByRole('link', { name: 'Event History' }).click();
	const rows = page.getByRole('row').filter({ has: page.getByRole('checkbox') });
	await expect(rows).toHaveCount(3);
	await expect(page.getByRole('button', { name: /^Export \(/ })).toHaveCount(0);
	await rows.nth(0).getByRole('checkbox').check();
	await expect(page.getByRole('dialog', { name: 'Event Details' })).toHaveCount(0);
	// By keyboard: the row has the focus, Space ticks it.
	await rows.nth(1).focus();
	await page.keyboard.press('Space');
	await expect(rows.nth(1).getByRole('checkbox')).toBeChecked();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export (2)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^Globex Berlin-events-\d{4}-\d{2}-\d{2}\.csv$/);
	const lines = (await readFile((await file.path()) ?? ''))
		.toString('utf8')
		.trimEnd()
		.split('\r\n');
	expect(lines).toHaveLength(3);
	expect(lines.slice(1).every((line) => /,Create,/.test(line) && line.includes('User'))).toBe(true);
	expect(await seriousA11yViolations(page)).toEqual([]);
});
