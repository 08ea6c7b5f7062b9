import { expect, test, type Download, type Locator, type Page } from './fixtures';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { freshWorkspace, mainNav, seriousA11yViolations } from './app';
import { UsersPage, addCustomerAccount } from './users-page';

const COLUMNS = ['TO', 'SUBJECT', 'KIND', 'CREATED', 'STATUS'] as const;

/** Page object of the Outbox (`/outbox`). */
class OutboxPage {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await mainNav(this.page).getByRole('link', { name: 'Outbox' }).click();
		await expect(this.page.getByRole('heading', { name: 'Outbox', level: 1 })).toBeVisible();
	}

	row(recipient: string | RegExp): Locator {
		return this.page.getByRole('row', { name: recipient });
	}

	cell(row: Locator, column: (typeof COLUMNS)[number]): Locator {
		return row.getByRole('cell').nth(COLUMNS.indexOf(column));
	}

	async download(trigger: Locator): Promise<{ name: string; bytes: Buffer }> {
		const [download] = await Promise.all([this.page.waitForEvent('download'), trigger.click()]);
		return { name: download.suggestedFilename(), bytes: await readDownload(download) };
	}
}

/** Page object of the registration page (`/register/<token>`), opened from an e-mail's link. */
class RegisterPage {
	constructor(readonly page: Page) {}

	async finish(password: string, confirm = password): Promise<void> {
		await this.page.getByLabel('Password', { exact: true }).fill(password);
		await this.page.getByLabel('Confirm Password').fill(confirm);
		await this.page.getByRole('button', { name: 'Finish' }).click();
	}
}

async function readDownload(download: Download): Promise<Buffer> {
	const path = await download.path();
	return readFile(path);
}

/** The active profile's workspace and own (partner) account, as stored on this device. */
async function activeProfile(page: Page): Promise<{ workspaceId: string; accountId: string }> {
	return page.evaluate(
		() =>
			new Promise<{ workspaceId: string; accountId: string }>((resolve, reject) => {
				const open = indexedDB.open('switchboard-device');
				open.onerror = () => reject(new Error('no device database'));
				open.onsuccess = () => {
					const tx = open.result.transaction(['profiles', 'settings']);
					const active = tx.objectStore('settings').get('activeProfileId');
					active.onsuccess = () => {
						const id = (active.result as { value: string }).value;
						const profile = tx.objectStore('profiles').get(id);
						profile.onsuccess = () => {
							resolve(profile.result as { workspaceId: string; accountId: string });
							open.result.close();
						};
					};
				};
			})
	);
}

/** Reads a quoted-printable body back into text (soft line breaks and `=XX` escapes). */
function decodeQuotedPrintable(body: string): string {
	const joined = body.replace(/=\r\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < joined.length; i += 1) {
		if (joined[i] === '=') {
			bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
			i += 2;
		} else bytes.push(joined.charCodeAt(i));
	}
	return Buffer.from(bytes).toString('utf8');
}

function parseEml(eml: string): { headers: Map<string, string>; body: string } {
	const split = eml.indexOf('\r\n\r\n');
	const headers = new Map<string, string>();
	for (const line of eml
		.slice(0, split)
		.replace(/\r\n(?=[ \t])/g, '')
		.split('\r\n')) {
		const colon = line.indexOf(':');
		headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
	}
	return { headers, body: decodeQuotedPrintable(eml.slice(split + 4)) };
}

function expectWellFormedEml(eml: string): void {
	// CRLF line endings only, and no header line longer than 78 characters.
	expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	for (const line of eml.slice(0, eml.indexOf('\r\n\r\n')).split('\r\n'))
		expect(line.length).toBeLessThanOrEqual(78);
	const { headers } = parseEml(eml);
	expect(headers.get('date')).toMatch(
		/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d \+0000$/
	);
	expect(headers.get('from')).toBe('Switchboard <no-reply@switchboard.invalid>');
	expect(headers.get('message-id')).toMatch(/^<[\w-]+@switchboard\.invalid>$/);
	expect(headers.get('mime-version')).toBe('1.0');
	expect(headers.get('content-type')).toBe('text/plain; charset=UTF-8');
	expect(headers.get('content-transfer-encoding')).toBe('quoted-printable');
}

test('a welcome e-mail goes through the Outbox, and its link registers the user once', async ({
	page
}) => {
	await freshWorkspace(page);
	const { accountId } = await activeProfile(page);

	// The real path: an administrator adds a user, which queues the welcome e-mail.
	await page.goto(`/accounts/${accountId}/users`);
	await page.getByRole('button', { name: 'Add User' }).click();
	await page.getByLabel('First Name').fill('Ann');
	await page.getByLabel('Last Name').fill('Smith');
	await page.getByLabel('Email', { exact: true }).fill('ann@example.com');
	await page.getByRole('button', { name: 'Create' }).click();

	const outbox = new OutboxPage(page);
	await outbox.open();
	for (const column of COLUMNS)
		await expect(page.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
	const row = outbox.row(/ann@example\.com/);
	await expect(outbox.cell(row, 'TO')).toContainText('ann@example.com');
	await expect(outbox.cell(row, 'SUBJECT')).toHaveText('Welcome to Acme Telecom');
	await expect(outbox.cell(row, 'KIND')).toHaveText('Welcome e-mail');
	await expect(outbox.cell(row, 'STATUS')).toHaveText('Queued');
	await expect(row.getByRole('link', { name: 'Open in mail app' })).toHaveAttribute(
		'href',
		/^mailto:ann@example\.com\?subject=Welcome%20to%20Acme%20Telecom&body=Hello%20Ann%2C%0D%0A/
	);
	expect(await seriousA11yViolations(page)).toEqual([]);

	// One e-mail as a file.
	const single = await outbox.download(row.getByRole('button', { name: 'Download .eml' }));
	expect(single.name).toBe('welcome-to-acme-telecom.eml');
	const eml = single.bytes.toString('utf8');
	expectWellFormedEml(eml);
	const { headers, body } = parseEml(eml);
	expect(headers.get('to')).toBe('Ann Smith <ann@example.com>');
	expect(headers.get('subject')).toBe('Welcome to Acme Telecom');
	const link = /https?:\/\/\S+\/register\/[\w-]+/.exec(body)?.[0];
	expect(link).toBeDefined();

	// Sent from the person's own mail app: marked by hand.
	await row.getByRole('button', { name: 'Mark as sent' }).click();
	await expect(outbox.cell(row, 'STATUS')).toContainText('Sent');
	await expect(row.getByRole('button', { name: 'Mark as sent' })).toHaveCount(0);

	// Everything at once.
	const zip = await outbox.download(page.getByRole('button', { name: 'Download all as .zip' }));
	expect(zip.name).toMatch(/^outbox-\d{4}-\d\d-\d\d\.zip$/);
	const files = unzipSync(new Uint8Array(zip.bytes));
	expect(Object.keys(files)).toEqual(['welcome-to-acme-telecom.eml']);
	expect(strFromU8(files['welcome-to-acme-telecom.eml']!)).toBe(eml);

	// The user follows the link from the e-mail.
	await page.goto(link!);
	await expect(page.getByRole('heading', { name: 'Finish creating your account' })).toBeVisible();
	expect(await seriousA11yViolations(page)).toEqual([]);
	const register = new RegisterPage(page);
	await register.finish('1234567');
	await expect(page.getByText('Password must contain at least 8 characters.')).toBeVisible();
	await expect(page.getByLabel('Password', { exact: true })).toHaveValue('1234567');
	await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await register.finish('12345678', '12345679');
	await expect(page.getByText('The passwords do not match.')).toBeVisible();
	await register.finish('12345678');
	await expect(page.getByText('Your account is ready. You can close this page.')).toBeVisible();

	// Single use.
	await page.goto(link!);
	await expect(
		page.getByText('This link is no longer valid. Ask your administrator for a new welcome e-mail.')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Finish' })).toHaveCount(0);
});

test('an e-mail opens in the app with its link clickable; a deactivated account refuses the link', async ({
	page
}) => {
	await freshWorkspace(page);
	await addCustomerAccount(page, 'Initech GmbH');
	const users = new UsersPage(page);
	await users.open();
	await users.addUser({ firstName: 'Ann', lastName: 'Smith', email: 'ann@initech.example' });

	const outbox = new OutboxPage(page);
	await outbox.open();
	const row = outbox.row(/ann@initech\.example/);
	await row.getByRole('button', { name: 'View message' }).click();
	const message = page.getByRole('dialog', { name: 'Welcome to Initech GmbH' });
	await expect(message).toBeVisible();
	await expect(message.getByText('Ann Smith <ann@initech.example>')).toBeVisible();
	const body = message.getByRole('document', { name: 'Message' });
	await expect(body).toContainText('Hello Ann,');
	expect(await seriousA11yViolations(page)).toEqual([]);
	const link = body.getByRole('link', { name: /\/register\// });
	const href = await link.getAttribute('href');
	expect(href).toMatch(/^http:\/\/localhost:\d+\/register\/[\w-]+$/);
	await page.keyboard.press('Escape');
	await expect(message).toBeHidden();
	await row.getByRole('button', { name: 'View message' }).click();
	await link.click();
	await expect(page.getByRole('heading', { name: 'Finish creating your account' })).toBeVisible();

	// The account is deactivated before Ann uses the link: it is refused, saying why.
	await page.goBack();
	await mainNav(page).getByRole('link', { name: 'Accounts', exact: true }).click();
	await page.getByRole('link', { name: 'Initech GmbH' }).click();
	await page.getByRole('button', { name: 'Deactivate', exact: true }).click();
	const deactivate = page.getByRole('dialog', { name: 'Deactivate Customer?' });
	await deactivate.getByRole('textbox').fill('deactivate');
	await deactivate.getByRole('button', { name: 'Deactivate', exact: true }).click();
	await expect(deactivate).toBeHidden();
	await page.goto(href!);
	await expect(page.getByRole('heading', { name: 'Account deactivated' })).toBeVisible();
	await expect(page.getByText(/The account Initech GmbH is deactivated/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Finish' })).toHaveCount(0);
});

test('an empty Outbox and an unknown registration link are explained, accessibly', async ({
	page
}) => {
	await freshWorkspace(page);
	const outbox = new OutboxPage(page);
	await outbox.open();
	for (const column of COLUMNS)
		await expect(page.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
	await expect(page.getByText(/^No e-mails yet\./)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Download all as .zip' })).toBeDisabled();
	expect(await seriousA11yViolations(page)).toEqual([]);

	await page.goto('/register/not-a-real-token');
	await expect(page.getByRole('heading', { name: 'Link no longer valid' })).toBeVisible();
	await expect(
		page.getByText('This link is no longer valid. Ask your administrator for a new welcome e-mail.')
	).toBeVisible();
	await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0);
	expect(await seriousA11yViolations(page)).toEqual([]);
});

/**
 * Fills the Outbox of the active workspace the way a bulk send leaves it: the Outbox is a
 * local-only table of this device, so the test writes its rows directly (no replicated data).
 */
async function seedOutbox(page: Page, count: number): Promise<void> {
	const { workspaceId, accountId } = await activeProfile(page);
	await page.evaluate(
		({ workspaceId, accountId, count }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open(`switchboard-ws-${workspaceId}`);
				open.onerror = () => reject(new Error('no workspace database'));
				open.onsuccess = () => {
					const tx = open.result.transaction('outbox', 'readwrite');
					const store = tx.objectStore('outbox');
					const start = Date.UTC(2026, 0, 1, 8, 0, 0);
					for (let i = 0; i < count; i += 1) {
						const n = String(i).padStart(3, '0');
						store.put({
							id: `seed-${n}`,
							createdAt: new Date(start + i * 60_000).toISOString(),
							status: 'queued',
							sentAt: '',
							kind: i % 2 === 0 ? 'welcome' : 'password_reset',
							accountId,
							userId: `u-${n}`,
							to: `user${n}@example.com`,
							toName: `Jürgen Müller ${n}`,
							subject: i % 2 === 0 ? 'Willkommen bei Müller & Söhne' : 'Passwort zurücksetzen',
							body: `Hallo Jürgen,\n\nÖffnen Sie diesen Link: http://localhost/register/t${n}\n`
						});
					}
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
				};
			}),
		{ workspaceId, accountId, count }
	);
}

test('a large Outbox pages newest first, and exports every e-mail with a distinct file name', async ({
	page
}) => {
	await freshWorkspace(page);
	await seedOutbox(page, 120);
	const outbox = new OutboxPage(page);
	await outbox.open();
	await expect(page.getByText('120 e-mails, 120 queued')).toBeVisible();
	const pages = page.getByRole('navigation', { name: 'Outbox pages' });
	await expect(pages.getByText('Showing 1–50 of 120')).toBeVisible();
	const body = page.getByRole('rowgroup').nth(1);
	await expect(body.getByRole('row')).toHaveCount(50);
	// Newest first.
	await expect(body.getByRole('row').first()).toContainText('user119@example.com');
	await expect(pages.getByRole('button', { name: 'Previous' })).toBeDisabled();

	await pages.getByRole('button', { name: 'Next' }).click();
	await pages.getByRole('button', { name: 'Next' }).click();
	await expect(pages.getByText('Showing 101–120 of 120')).toBeVisible();
	await expect(body.getByRole('row')).toHaveCount(20);
	await expect(pages.getByRole('button', { name: 'Next' })).toBeDisabled();
	const oldest = outbox.row(/user000@example\.com/);
	await expect(outbox.cell(oldest, 'KIND')).toHaveText('Welcome e-mail');
	await expect(outbox.cell(outbox.row(/user001@example\.com/), 'KIND')).toHaveText(
		'Password reset'
	);

	// A German e-mail as a file: encoded headers, accents intact.
	const file = await outbox.download(oldest.getByRole('button', { name: 'Download .eml' }));
	expect(file.name).toBe('willkommen-bei-muller-sohne.eml');
	const eml = file.bytes.toString('utf8');
	expectWellFormedEml(eml);
	expect(eml).toContain('\r\nTo: =?UTF-8?B?');
	expect(eml).toContain('\r\nSubject: =?UTF-8?B?');
	expect(parseEml(eml).body).toContain('Öffnen Sie diesen Link: http://localhost/register/t000');

	await oldest.getByRole('button', { name: 'Mark as sent' }).click();
	await expect(outbox.cell(oldest, 'STATUS')).toContainText('Sent');
	await expect(page.getByText('120 e-mails, 119 queued')).toBeVisible();
	await pages.getByRole('button', { name: 'Previous' }).click();
	await expect(pages.getByText('Showing 51–100 of 120')).toBeVisible();

	const zip = await outbox.download(page.getByRole('button', { name: 'Download all as .zip' }));
	const names = Object.keys(unzipSync(new Uint8Array(zip.bytes)));
	expect(names).toHaveLength(120);
	expect(new Set(names).size).toBe(120);
	expect(names).toContain('willkommen-bei-muller-sohne-60.eml');
	expect(names).toContain('passwort-zurucksetzen-60.eml');
	expect(await seriousA11yViolations(page)).toEqual([]);
});
