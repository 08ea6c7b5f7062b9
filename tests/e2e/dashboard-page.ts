import { expect, type Locator, type Page } from '@playwright/test';
import { DANA } from './app';

/** Page object of the dashboard (spec 19, Dashboard and First run). */
export class DashboardPage {
	constructor(readonly page: Page) {}

	heading(name = DANA.name): Locator {
		return this.page.getByRole('heading', { level: 1, name: `Welcome, ${name}` });
	}

	/** The number shown on the tile with this label. */
	count(label: string): Locator {
		return this.page.getByRole('listitem').filter({ hasText: label }).locator('.value');
	}

	get loadButton(): Locator {
		return this.page.getByRole('button', { name: 'Load sample data' });
	}

	get removeButton(): Locator {
		return this.page.getByRole('button', { name: 'Remove sample data' });
	}

	/** The progress bar of a running sample-data load or removal (dialog or card). */
	get progress(): Locator {
		return this.page.getByRole('progressbar');
	}

	get events(): Locator {
		return this.page.getByRole('region', { name: 'Recent events' }).getByRole('table');
	}

	/** The "Load sample data" dialog. */
	get sampleDialog(): Locator {
		return this.page.getByRole('dialog', { name: 'Load sample data' });
	}

	size(name: 'Small' | 'Large'): Locator {
		return this.sampleDialog
			.getByRole('radiogroup', { name: 'Size' })
			.getByRole('radio', { name, exact: true });
	}

	/** Opens the dialog, chooses a size and starts loading. */
	async startLoad(size: 'Small' | 'Large'): Promise<void> {
		await this.loadButton.click();
		await expect(this.sampleDialog).toBeVisible();
		await this.size(size).check();
		await this.sampleDialog.getByRole('button', { name: 'Load', exact: true }).click();
		await expect(this.sampleDialog.getByRole('progressbar')).toBeVisible();
	}

	/** Waits for a started load to finish: the dialog closes and says what was loaded. */
	async loaded(message: string, timeout: number): Promise<void> {
		await expect(this.sampleDialog).toBeHidden({ timeout });
		await expect(this.page.getByRole('status').getByText(message)).toBeVisible();
	}
}
