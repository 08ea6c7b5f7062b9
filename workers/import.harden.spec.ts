import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'tests/fixtures/import/prototype-pollution.xlsx';

/** Runs the reader in a process of its own (a pollution must not leak into this one). */
function readInOwnProcess(...args: string[]): { polluted: boolean; results: { read: unknown }[] } {
	const out = execFileSync('npx', ['tsx', 'tests/tools/read-hardened.ts', ...args], {
		encoding: 'utf8',
		timeout: 60_000
	});
	return JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
		polluted: boolean;
		results: { read: unknown }[];
	};
}

describe('the import worker against CVE-2023-30533 (spec 12)', () => {
	it('the crafted file does pollute Object.prototype through xlsx 0.18.5 when nothing stops it', () => {
		expect(readInOwnProcess('--unfrozen', FIXTURE).polluted).toBe(true);
	});

	it('with the prototypes frozen first, as the worker does, Object.prototype stays untouched', () => {
		const { polluted, results } = readInOwnProcess(FIXTURE);
		expect(polluted).toBe(false);
		// The file is still read (or named unreadable), never an uncaught error.
		expect(results[0]?.read).toEqual({ rows: 1 });
	});
});
