import { afterAll, describe, expect, it } from 'vitest';
import { PRODUCT_IDS } from '$lib/domain/products';
import { LOCALES } from '$lib/domain/locale';
import { i18n } from '$lib/i18n/i18n.svelte';
import { licensesText, productLabel } from './labels';

describe('product names', () => {
	afterAll(() => i18n.use('en'));

	it('names every product in every language, never by its id', async () => {
		for (const locale of LOCALES) {
			await i18n.use(locale);
			for (const id of PRODUCT_IDS) {
				const label = productLabel(id);
				expect(label, `${locale} ${id}`).toMatch(
					/^(Mitel One (Essential|Premier|Elite)|MiTeam Meetings)$/
				);
				expect(label).not.toContain('-');
			}
		}
	});

	it('joins a user’s licences by name, and says which ones it does not know', async () => {
		await i18n.use('en');
		expect(licensesText(['mitel-one-elite', 'miteam-meetings'])).toBe(
			'Mitel One Elite, MiTeam Meetings'
		);
		await i18n.use('de');
		expect(productLabel('cx-basic')).toBe('Anderes Produkt (cx-basic)');
	});
});
