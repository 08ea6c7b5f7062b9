import { afterAll, describe, expect, it } from 'vitest';
import type { ShownEvent } from '$lib/domain/events';
import { i18n } from '$lib/i18n/i18n.svelte';
import { actorLabel } from './labels';

function shown(actorId: string, actorName: string, actorGone = false): ShownEvent {
	return {
		id: 'e1',
		accountId: 'a1',
		actorId,
		actorName,
		action: 'Edit',
		eventType: 'Admin',
		asset: 'User',
		assetId: 'u1',
		eventDate: '2026-01-01T00:00:00.000Z',
		propertiesChanged: [],
		coreDetails: {},
		extraDetails: {},
		logTags: [],
		actorGone
	};
}

describe('actorLabel', () => {
	afterAll(() => i18n.use('en'));

	it('shows a person by name, Unknown once gone, and entities by their localized name', async () => {
		expect(actorLabel(shown('u7', 'Ann Smith'))).toBe('Ann Smith');
		expect(actorLabel(shown('u7', 'Ann Smith', true))).toBe('Unknown');
		expect(actorLabel(shown('system', 'System'))).toBe('System');
		await i18n.use('de');
		expect(actorLabel(shown('u7', 'Ann Smith', true))).toBe('Unbekannt');
		expect(actorLabel(shown('solution', 'Solution'))).toBe('Lösung');
		expect(actorLabel(shown('scim', 'SCIM'))).toBe('SCIM');
	});
});
