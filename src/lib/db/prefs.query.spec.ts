import { describe, expect, it } from 'vitest';
import { deletePref, eventColumnsPrefKey, readPref, writePref } from './prefs.query';

describe('prefs', () => {
	it('stores, replaces and deletes a value per key', async () => {
		const ws = `ws-${crypto.randomUUID()}`;
		const key = eventColumnsPrefKey('person-1');
		expect(key).toBe('eventHistory.columns:person-1');
		expect(await readPref(ws, key)).toBeNull();
		await writePref(ws, key, { order: ['a'], visible: ['a'] });
		await writePref(ws, eventColumnsPrefKey('person-2'), { order: [], visible: [] });
		expect(await readPref(ws, key)).toEqual({ order: ['a'], visible: ['a'] });
		await writePref(ws, key, { order: ['b'], visible: [] });
		expect(await readPref(ws, key)).toEqual({ order: ['b'], visible: [] });
		await deletePref(ws, key);
		expect(await readPref(ws, key)).toBeNull();
		expect(await readPref(ws, eventColumnsPrefKey('person-2'))).toEqual({ order: [], visible: [] });
	});
});
