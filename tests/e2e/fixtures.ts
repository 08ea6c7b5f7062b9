/**
 * The one Playwright `test` every end-to-end test uses. It watches every page of every browser
 * context the test opens (the default `context`, and those made with `newContext`) and fails the
 * test on an uncaught page error, a `console.error`, or a Svelte runtime warning (a console
 * message that links `svelte.dev/e/`). A console that throws is a broken console, even when the
 * assertions pass.
 *
 * A test that deliberately cuts the network may expect the browser's own resource errors; it says
 * so with `pageProblems.allow(/pattern/)`, which only ever matches messages of that one test.
 */
import {
	test as base,
	expect,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type ConsoleMessage,
	type Download,
	type Locator,
	type Page
} from '@playwright/test';

export { expect };
export type { Browser, BrowserContext, Download, Locator, Page };

/** What the watcher saw, and the messages a test declared as expected. */
export class PageProblems {
	readonly seen: string[] = [];
	readonly #allowed: RegExp[] = [];

	/** Declares messages this test expects (e.g. a resource the browser could not load offline). */
	allow(pattern: RegExp): void {
		this.#allowed.push(pattern);
	}

	watchContext(context: BrowserContext): void {
		for (const page of context.pages()) this.watchPage(page);
		context.on('page', (page) => this.watchPage(page));
	}

	watchPage(page: Page): void {
		page.on('pageerror', (error) => {
			this.#record(`page error: ${error.stack ?? error.message}`);
		});
		page.on('console', (message: ConsoleMessage) => {
			const text = message.text();
			if (message.type() === 'error') this.#record(`console.error: ${text} (${where(message)})`);
			else if (text.includes('svelte.dev/e/'))
				this.#record(`Svelte runtime warning: ${text} (${where(message)})`);
		});
	}

	#record(problem: string): void {
		if (this.#allowed.some((pattern) => pattern.test(problem))) return;
		this.seen.push(problem);
	}
}

function where(message: ConsoleMessage): string {
	const location = message.location();
	return location.url ? `${location.url}:${location.lineNumber}` : 'no location';
}

interface Fixtures {
	pageProblems: PageProblems;
	/** A new browser context (one more person), watched like the default one. */
	newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

export const test = base.extend<Fixtures>({
	// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
	pageProblems: async ({}, use) => {
		const problems = new PageProblems();
		await use(problems);
		expect(problems.seen, 'page errors, console errors or Svelte warnings').toEqual([]);
	},
	context: async ({ context, pageProblems }, use) => {
		pageProblems.watchContext(context);
		await use(context);
	},
	newContext: async ({ browser, pageProblems }, use) => {
		const opened: BrowserContext[] = [];
		await use(async (options) => {
			const context = await browser.newContext(options);
			pageProblems.watchContext(context);
			opened.push(context);
			return context;
		});
		await Promise.all(opened.map((context) => context.close()));
	}
});
