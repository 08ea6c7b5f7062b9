import { describe, expect, it } from 'vitest';
import { conflictEventId, emailKey, seededRandom, settleAccountNumberClash } from './invariants';

describe('invariants after a merge', () => {
	it('compares e-mails of one account without case or spaces, and never across accounts', () => {
		expect(emailKey('a1', ' Dana@Example.com ')).toBe(emailKey('a1', 'dana@example.com'));
		expect(emailKey('a1', 'dana@example.com')).not.toBe(emailKey('a2', 'dana@example.com'));
	});

	it('lets the account created first keep a clashing Account ID and gives the other the same new number on every device', () => {
		const a = { id: 'acct-a', accountNumber: '123456789', created: '0001-0000-dev-a' };
		const b = { id: 'acct-b', accountNumber: '123456789', created: '0002-0000-dev-b' };
		const taken = new Set(['123456789']);
		const one = settleAccountNumberClash([a, b], taken);
		const other = settleAccountNumberClash([b, a], taken);
		expect(one).toEqual(other);
		expect(one.keeper).toBe('acct-a');
		expect(one.renumbered).toHaveLength(1);
		const [moved] = one.renumbered;
		expect(moved?.id).toBe('acct-b');
		expect(moved?.from).toBe('123456789');
		expect(moved?.to).toMatch(/^[1-9]\d{8}$/);
		expect(moved?.to).not.toBe('123456789');
		// Same creation stamp: the lower id keeps it.
		const tie = settleAccountNumberClash([{ ...b, created: a.created }, a], taken);
		expect(tie.keeper).toBe('acct-a');
	});

	it('never gives out a number in use, nor the same new number twice', () => {
		const holders = ['x', 'y', 'z'].map((id) => ({ id, accountNumber: '111111111', created: id }));
		const first = settleAccountNumberClash(holders, new Set(['111111111']));
		const numbers = first.renumbered.map((r) => r.to);
		expect(new Set(numbers).size).toBe(2);
		// The number the generator would pick for y is taken: it picks its next one.
		const blocked = new Set(['111111111', numbers[0] ?? '']);
		const second = settleAccountNumberClash(holders, blocked);
		expect(second.renumbered.map((r) => r.to)).not.toContain(numbers[0]);
	});

	it('seeds the same sequence from the same text, and another from another', () => {
		const a = seededRandom('acct-a');
		const again = seededRandom('acct-a');
		const b = seededRandom('acct-b');
		const seqA = [a(), a(), a()];
		expect([again(), again(), again()]).toEqual(seqA);
		expect([b(), b(), b()]).not.toEqual(seqA);
		for (const n of seqA) expect(n).toBeGreaterThanOrEqual(0);
		expect(conflictEventId('email', ['u2', 'u1'])).toBe(conflictEventId('email', ['u1', 'u2']));
		expect(conflictEventId('email', ['u1', 'u2'])).not.toBe(conflictEventId('email', ['u1', 'u3']));
	});
});
