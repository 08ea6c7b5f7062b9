import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coalescer } from './coalesce';

describe('Coalescer', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('applies a lone change at once', () => {
		const applied: number[] = [];
		const c = new Coalescer<number>(250, (v) => applied.push(v));
		c.push(1);
		expect(applied).toEqual([1]);
		vi.advanceTimersByTime(1000);
		expect(applied).toEqual([1]);
		c.push(2);
		expect(applied).toEqual([1, 2]);
	});

	it('folds 50 projection batches over 1 s into at most one update per 250 ms window, ending on the latest', () => {
		const applied: number[] = [];
		const c = new Coalescer<number>(250, (v) => applied.push(v));
		for (let batch = 1; batch <= 50; batch += 1) {
			c.push(batch);
			vi.advanceTimersByTime(20);
		}
		vi.advanceTimersByTime(1000);
		// 1 leading + one per elapsed window (1,000 ms / 250 ms) + the trailing one.
		expect(applied.length).toBeLessThanOrEqual(1 + 4 + 1);
		expect(applied[0]).toBe(1);
		expect(applied.at(-1)).toBe(50);
	});

	it('drops what waits when cancelled', () => {
		const applied: number[] = [];
		const c = new Coalescer<number>(250, (v) => applied.push(v));
		c.push(1);
		c.push(2);
		c.cancel();
		vi.advanceTimersByTime(1000);
		expect(applied).toEqual([1]);
	});
});
