import { describe, expect, it } from 'vitest';
import { RowCache } from './row-cache';

const row = (id: string, name = id) => ({ id, name });

describe('RowCache', () => {
	it('keeps at most max rows, dropping the least recently used first', () => {
		const cache = new RowCache<{ id: string; name: string }>(3);
		cache.put([row('a'), row('b'), row('c')]);
		expect(cache.get('a')?.name).toBe('a'); // a is now the most recent
		cache.put([row('d')]);
		expect(cache.size).toBe(3);
		expect(cache.get('b')).toBeUndefined();
		expect(['a', 'c', 'd'].map((id) => cache.get(id)?.id)).toEqual(['a', 'c', 'd']);
		cache.put([row('e'), row('f'), row('g'), row('h')]);
		expect(cache.size).toBe(3);
		expect(['f', 'g', 'h'].map((id) => cache.get(id)?.id)).toEqual(['f', 'g', 'h']);
	});

	it('replaces a row put again and forgets changed rows', () => {
		const cache = new RowCache<{ id: string; name: string }>(10);
		cache.put([row('a', 'old'), row('b')]);
		cache.put([row('a', 'new')]);
		expect(cache.get('a')?.name).toBe('new');
		cache.forget(['a', 'x']);
		expect(cache.get('a')).toBeUndefined();
		expect(cache.get('b')?.name).toBe('b');
		cache.clear();
		expect(cache.size).toBe(0);
	});
});
