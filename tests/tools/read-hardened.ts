/**
 * Reads fixture files the way the import worker does, in a process of its own: the built-in
 * prototypes frozen first (unless `--unfrozen`), then the parser loaded. Prints what was read and
 * whether `Object.prototype` gained anything. Used by workers/import.harden.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { freezePrototypes } from '../../workers/harden';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!process.argv.includes('--unfrozen')) freezePrototypes();
const { readUserSheet } = await import('../../workers/import.api');
const results = files.map((file) => {
	const read = readUserSheet(new Uint8Array(readFileSync(file)), basename(file));
	return { file: basename(file), read: 'data' in read ? { rows: read.data.rows.length } : read };
});
const probe: Record<string, unknown> = {};
console.log(
	JSON.stringify({ polluted: Object.keys(Object.prototype).length > 0 || 'c' in probe, results })
);
