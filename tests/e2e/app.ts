import { expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface NewWorkspace {
	name: string;
	email: string;
	organization: string;
}

export const DANA: NewWorkspace = {
	name: 'Dana Lee',
	email: 'dana@example.com',
	organization: 'Acme Telecom'
};

/** Page object of the first-run screen. */
export class WelcomePage {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await this.page.goto('/');
		await expect(this.page.getByRole('heading', { name: 'Welcome to Switchboard' })).toBeVisible();
	}

	async fill(input: NewWorkspace): Promise<void> {
		await this.page.getByLabel('Your name').fill(input.name);
		await this.page.getByLabel('Email').fill(input.email);
		await this.page.getByLabel('Partner organization').fill(input.organization);
	}

	async submit(): Promise<void> {
		await this.page.getByRole('button', { name: 'Create workspace' }).click();
	}

	async create(input: NewWorkspace = DANA): Promise<void> {
		await this.fill(input);
		await this.submit();
		await expect(this.page.getByRole('heading', { name: `Welcome, ${input.name}` })).toBeVisible();
	}
}

/** A fresh workspace, with the dashboard open. */
export async function freshWorkspace(page: Page, input: NewWorkspace = DANA): Promise<void> {
	const welcome = new WelcomePage(page);
	await welcome.open();
	await welcome.create(input);
}

export function mainNav(page: Page) {
	return page.getByRole('navigation', { name: 'Main navigation' });
}

/** Runs axe on the page and returns the serious and critical violations (empty when clean). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						ctx: Document,
						opts: object
					) => Promise<{
						violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
					}>;
				};
			}
		).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			targets: v.nodes.map((n) => JSON.stringify(n.target))
		}));
	});
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

/** Waits until a service worker controls the page (the app shell is cached). */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.waitForFunction(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active !== null && navigator.serviceWorker.controller !== null;
	});
}
