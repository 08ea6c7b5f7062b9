import { describe, expect, it } from 'vitest';
import { classifyFailure } from './failure';

describe('classifyFailure', () => {
	it('knows the storage, timing and permission failures by name', () => {
		expect(classifyFailure(new DOMException('x', 'QuotaExceededError')).kind).toBe('quota');
		expect(classifyFailure(new DOMException('x', 'VersionError')).kind).toBe('version');
		expect(classifyFailure(new DOMException('x', 'TimeoutError')).kind).toBe('timeout');
		expect(classifyFailure(new DOMException('x', 'NotAllowedError')).kind).toBe('not_allowed');
		expect(classifyFailure(new DOMException('x', 'AbortError')).kind).toBe('aborted');
	});

	it('looks through a wrapper (Dexie) at the error underneath', () => {
		const wrapped = Object.assign(new Error('Transaction failed'), {
			name: 'AbortError',
			inner: new DOMException('disk full', 'QuotaExceededError')
		});
		const failure = classifyFailure(wrapped);
		expect(failure.kind).toBe('quota');
		expect(failure.details).toContain('QuotaExceededError: disk full');
		expect(failure.details).toContain('AbortError: Transaction failed');
	});

	it('keeps anything else as unexpected, with its message only in the details', () => {
		const failure = classifyFailure(new TypeError('x is not a function'));
		expect(failure.kind).toBe('unexpected');
		expect(failure.details).toMatch(/^TypeError: x is not a function/);
		expect(classifyFailure('plain text')).toEqual({ kind: 'unexpected', details: 'plain text' });
		expect(classifyFailure(null).kind).toBe('unexpected');
	});
});
