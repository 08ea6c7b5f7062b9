/** The users list's Property filter at scale: from choosing "Admins" to the filtered rows. */
import type { Page } from '@playwright/test';
import { armRows, armedResult } from './page-probes';
import { notMeasured, round, type Metric } from './metric';

export async function usersPropertyFilter(page: Page, users: string): Promise<Metric> {
	const name = `Users list, ${users} users: Property filter Admins to rows`;
	const target = '≤ 100 ms';
	try {
		await page.getByRole('button', { name: 'Add Filter' }).click({ timeout: 10_000 });
		await page.getByRole('menuitem', { name: 'Property', exact: true }).click();
		await page.evaluate(armRows, { pathEnd: '/users', text: 'Admin' });
		await page.getByRole('menuitem', { name: 'Admins', exact: true }).click();
		const ms = await page.evaluate(armedResult);
		await page.getByRole('button', { name: 'Remove filter Admins' }).click({ timeout: 10_000 });
		if (Number.isNaN(ms)) return notMeasured(name, 'ms', target, 'no filtered rows within 60 s');
		return { name, value: round(ms), unit: 'ms', target, detail: 'click to rows, in-app' };
	} catch (error) {
		const text = error instanceof Error ? error.message : String(error);
		return notMeasured(name, 'ms', target, text.split('\n')[0]?.slice(0, 160) ?? 'error');
	}
}
