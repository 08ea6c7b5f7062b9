import { describe, expect, it } from 'vitest';
import { HybridClock, parseStamp } from './clock';

describe('HybridClock', () => {
	it('orders stamps by time, then counter, then node, as plain strings', () => {
		let now = 1000;
		const a = new HybridClock('a', () => now);
		const s1 = a.now();
		const s2 = a.now();
		now = 2000;
		const s3 = a.now();
		expect([s3, s1, s2].sort()).toEqual([s1, s2, s3]);
	});

	it('stays monotonic when the wall clock goes back', () => {
		let now = 5000;
		const a = new HybridClock('a', () => now);
		const before = a.now();
		now = 1000;
		expect(a.now() > before).toBe(true);
	});

	it('moves past a stamp received from another device', () => {
		const remote = new HybridClock('b', () => 9000).now();
		const local = new HybridClock('a', () => 1000);
		local.receive(remote);
		const next = local.now();
		expect(next > remote).toBe(true);
		expect(parseStamp(next)).toEqual({ wall: 9000, counter: 1, node: 'a' });
	});

	it('is moved at most the drift cap past its wall time by a stamp from the far future', () => {
		let now = 1000;
		const local = new HybridClock('a', () => now, 60_000);
		const far = new HybridClock('b', () => 10_000_000).now();
		expect(local.receive(far)).toEqual({ clamped: true });
		expect(parseStamp(local.now())).toEqual({ wall: 61_000, counter: 1, node: 'a' });
		// Within the cap a stamp is taken as it is.
		now = 100_000;
		const near = new HybridClock('c', () => 130_000).now();
		expect(local.receive(near)).toEqual({ clamped: false });
		expect(parseStamp(local.now())).toEqual({ wall: 130_000, counter: 1, node: 'a' });
	});

	it('ignores a stamp it cannot read', () => {
		const local = new HybridClock('a', () => 1000);
		expect(local.receive('not a stamp')).toEqual({ clamped: false });
		expect(parseStamp(local.now())).toEqual({ wall: 1000, counter: 0, node: 'a' });
	});
});
