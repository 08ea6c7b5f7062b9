import { expect, test } from './fixtures';
import { DANA, freshWorkspace, mainNav, seriousA11yViolations } from './app';
import { admins, connect, inviteErik, openAccountManagers, openPartnerAccount } from './team';

test('an administrator invites another, who joins on a second device; both see each other in the list, and the link works once', async ({
	page,
	context,
	newContext,
	pageProblems
}) => {
	// The used link's claim is answered 404, which the browser logs as a failed resource.
	pageProblems.allow(/404 \(Not Found\) \(http:\/\/localhost:\d+\/invites\/[^/]+\/[^/]+\/claim/);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await freshWorkspace(page);
	await connect(page);
	await openAccountManagers(page);
	await expect(page.getByRole('tab', { name: 'Administrators (1)' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(page.getByRole('tab', { name: 'Account Managers (0)' })).toBeVisible();
	await expect(admins(page).getByRole('row', { name: /Dana Lee You/ })).toBeVisible();

	await page.getByRole('button', { name: 'Invite Administrator' }).click();
	const linkField = page.getByRole('textbox', { name: 'Invite link' });
	await expect(linkField).toHaveValue(/\/join#[A-Za-z0-9_-]+$/);
	const link = await linkField.inputValue();
	await page.getByRole('button', { name: 'Copy' }).click();
	await expect(page.getByText('Copied. The link works once, for 7 days.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	expect(await seriousA11yViolations(page)).toEqual([]);

	// Erik, on his own device, opens the link.
	const erikDevice = await newContext();
	const erik = await erikDevice.newPage();
	await erik.goto(link);
	await expect(erik.getByRole('heading', { name: 'Join workspace' })).toBeVisible();
	await expect(erik.getByText(DANA.organization).first()).toBeVisible();
	await expect(erik.getByText('Administrator', { exact: true })).toBeVisible();
	expect(await seriousA11yViolations(erik)).toEqual([]);
	await erik.getByLabel('Your name').fill('Erik Berg');
	await erik.getByLabel('Email').fill('erik@example.com');
	await erik.getByRole('button', { name: 'Join' }).click();
	await expect(erik.getByRole('heading', { name: 'Welcome, Erik Berg' })).toBeVisible({
		timeout: 30_000
	});
	await expect(erik.getByRole('button', { name: 'Sync status' })).toHaveAccessibleDescription(
		'Synced'
	);
	// The link's secret does not stay in the address bar.
	expect(new URL(erik.url()).hash).toBe('');

	// Erik sees the workspace's administrators, himself marked.
	await openAccountManagers(erik);
	await expect(erik.getByRole('tab', { name: 'Administrators (2)' })).toBeVisible();
	await expect(admins(erik).getByRole('row', { name: /Erik Berg You/ })).toBeVisible();
	await expect(admins(erik).getByRole('row', { name: /Dana Lee/ })).toBeVisible();
	await erik.getByRole('searchbox', { name: 'Search Users' }).fill('dana');
	await expect(admins(erik).getByRole('row')).toHaveCount(2); // header + Dana
	// And the workspace's accounts arrived with it.
	await mainNav(erik).getByRole('link', { name: 'Accounts', exact: true }).click();
	await expect(erik.getByRole('link', { name: DANA.organization })).toBeVisible();

	// Dana sees Erik appear without reloading.
	await expect(page.getByRole('tab', { name: 'Administrators (2)' })).toBeVisible();
	await expect(admins(page).getByRole('row', { name: /Erik Berg/ })).toBeVisible();

	// The link worked once.
	const third = await (await newContext()).newPage();
	await third.goto(link);
	await third.getByLabel('Your name').fill('Mallory');
	await third.getByLabel('Email').fill('mallory@example.com');
	await third.getByRole('button', { name: 'Join' }).click();
	await expect(third.getByRole('alert')).toHaveText(
		'This invitation was already used. Ask for a new one.'
	);
	await expect(third.getByLabel('Your name')).toHaveValue('Mallory');
});

test('inviting needs a relay: the page says so', async ({ page }) => {
	await freshWorkspace(page);
	await openAccountManagers(page);
	await page.getByRole('button', { name: 'Invite Administrator' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Connect this device to a relay in Settings first: the new administrator gets the workspace through it.'
	);
	await expect(page.getByRole('textbox', { name: 'Invite link' })).toHaveCount(0);
});

test('a pasted text that is not an invite link gets a clear message on the welcome page', async ({
	page
}) => {
	await page.goto('/');
	await page.getByLabel('Invite link').fill('https://example.com/join#nonsense');
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(
		page.getByText(
			'This is not a Switchboard invite link. Copy the whole link from the invitation.'
		)
	).toBeVisible();
	await expect(page.getByLabel('Invite link')).toHaveValue('https://example.com/join#nonsense');
});

test('on the Account page each administrator sees who else is there, and who is editing', async ({
	page,
	newContext
}) => {
	await freshWorkspace(page);
	const erik = await inviteErik(page, newContext);
	await openPartnerAccount(page);
	await openPartnerAccount(erik);
	await expect(page.getByRole('img', { name: 'Erik Berg is viewing' })).toBeVisible();
	await expect(erik.getByRole('img', { name: 'Dana Lee is viewing' })).toBeVisible();
	// Erik puts the cursor in a field of the account: Dana sees him editing.
	await erik.locator('main .panels input').first().focus();
	await expect(page.getByRole('img', { name: 'Erik Berg is editing' })).toBeVisible();
	await erik.locator('main .panels input').first().blur();
	await expect(page.getByRole('img', { name: 'Erik Berg is viewing' })).toBeVisible();
	// He leaves the page: his presence goes with him.
	await mainNav(erik).getByRole('link', { name: 'Dashboard' }).click();
	await expect(page.getByRole('img', { name: /Erik Berg is/ })).toHaveCount(0);
	expect(await seriousA11yViolations(erik)).toEqual([]);
});
