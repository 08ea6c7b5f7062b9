/**
 * Fails when any language misses a key, has a key English does not, breaks a {placeholder}, or
 * leaves a message empty, and when a key is used nowhere in the app. Run by `npm test`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { en } from '../../src/lib/i18n/messages/en';
import { de } from '../../src/lib/i18n/messages/de';
import { nl } from '../../src/lib/i18n/messages/nl';
import { it } from '../../src/lib/i18n/messages/it';
import { es } from '../../src/lib/i18n/messages/es';
import { fr } from '../../src/lib/i18n/messages/fr';

const ROOT = join(import.meta.dirname, '..', '..');
const MESSAGES_DIR = join(ROOT, 'src', 'lib', 'i18n', 'messages');
const catalogs: Record<string, Record<string, string>> = { de, nl, it, es, fr };
const problems: string[] = [];

function placeholders(text: string): string {
	return [...text.matchAll(/\{(\w+)\}/g)]
		.map((m) => m[1])
		.sort()
		.join(',');
}

const keys = Object.keys(en) as (keyof typeof en)[];
for (const key of keys) if (!en[key].trim()) problems.push(`en: ${key} is empty`);
for (const [lang, catalog] of Object.entries(catalogs)) {
	for (const key of keys) {
		const text = catalog[key];
		if (text === undefined) problems.push(`${lang}: missing ${key}`);
		else if (!text.trim()) problems.push(`${lang}: ${key} is empty`);
		else if (placeholders(text) !== placeholders(en[key]))
			problems.push(
				`${lang}: ${key} has placeholders {${placeholders(text)}}, English {${placeholders(en[key])}}`
			);
	}
	for (const key of Object.keys(catalog))
		if (!(key in en)) problems.push(`${lang}: ${key} is not an English key`);
}

function sourceFiles(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (path.startsWith(MESSAGES_DIR)) continue;
		if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
		else if (/\.(ts|svelte)$/.test(name) && !name.endsWith('.spec.ts')) out.push(path);
	}
	return out;
}

// A key counts as used when it stands in the code as a string literal; a plural message
// (`x.one` / `x.other`) when its base `x` does.
const code = sourceFiles(join(ROOT, 'src'))
	.map((file) => readFileSync(file, 'utf8'))
	.join('\n');
const unused = keys.filter((key) => {
	const base = key.replace(/\.(one|other)$/, '');
	return !code.includes(`'${key}'`) && !code.includes(`'${base}'`);
});
for (const key of unused) problems.push(`unused key: ${key}`);

if (problems.length > 0) {
	console.error(`i18n check failed (${problems.length} problems):`);
	for (const p of problems) console.error(`  ${p}`);
	process.exit(1);
}
console.log(
	`i18n check passed: ${keys.length} keys in ${Object.keys(catalogs).length + 1} languages, all used (${relative(ROOT, MESSAGES_DIR)}).`
);
