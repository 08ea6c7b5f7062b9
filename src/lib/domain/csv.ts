/**
 * Text files in and out (spec 12): what CSV the exports write (UTF-8 with BOM, the separator of
 * the language, formula injection neutralized) and how an uploaded text file is read (its
 * encoding and delimiter detected, its cells cleaned).
 */
import type { Locale } from './locale';

export type Separator = ',' | ';' | '\t';

/** Exports start with it, so spreadsheet programs read them as UTF-8. */
export const BOM = '\uFEFF';

/** `,` for English, `;` where spreadsheet programs expect it (de, nl, it, es, fr). */
export function separatorFor(locale: Locale): ',' | ';' {
	return locale === 'en' ? ',' : ';';
}

// A cell a spreadsheet program would run as a formula (OWASP ASVS 5.0 V1.2.10).
const FORMULA_START = /^[=+\-@\t\r\0]/;

/** `'=HYPERLINK("x")` for `=HYPERLINK("x")`: written as text, never run. */
export function neutralizeFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The value an exported (neutralized) cell stood for: an import of an export changes nothing. */
export function restoreNeutralized(text: string): string {
	return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** One CSV cell: neutralized, and quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: string, separator: Separator): string {
	const safe = neutralizeFormula(value);
	if (safe.includes(separator) || /["\r\n]/.test(safe)) return `"${safe.replace(/"/g, '""')}"`;
	return safe;
}

/** One CSV line (CRLF, as RFC 4180 and spreadsheet programs expect). */
export function csvLine(cells: readonly string[], separator: Separator): string {
	return `${cells.map((cell) => csvCell(cell, separator)).join(separator)}\r\n`;
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The encoding of an uploaded text file: a byte-order mark says it; without one, UTF-16 shows as
 * zero bytes in every other position, and text that is not valid UTF-8 is Windows-1252 (what
 * Excel on Windows writes as "CSV").
 */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; bom: number } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { encoding: 'utf-8', bom: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
	const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < sample.length; i += 1)
		if (sample[i] === 0) {
			if (i % 2 === 0) evenZeros += 1;
			else oddZeros += 1;
		}
	const half = sample.length / 2;
	if (half > 0 && oddZeros > half * 0.3 && evenZeros < half * 0.05)
		return { encoding: 'utf-16le', bom: 0 };
	if (half > 0 && evenZeros > half * 0.3 && oddZeros < half * 0.05)
		return { encoding: 'utf-16be', bom: 0 };
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { encoding: 'utf-8', bom: 0 };
	} catch {
		return { encoding: 'windows-1252', bom: 0 };
	}
}

/** The text of an uploaded file, in the encoding detected, without its byte-order mark. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
	const { encoding, bom } = detectEncoding(bytes);
	return { text: new TextDecoder(encoding).decode(bytes.subarray(bom)), encoding };
}

/**
 * The delimiter of a delimited text: the one of `,` `;` tab that splits the first lines (outside
 * quotes) into the same number of cells, most cells first. A comma when nothing splits.
 */
export function sniffDelimiter(text: string): Separator {
	const lines = firstLines(text, 10);
	let best: Separator = ',';
	let bestScore = 0;
	for (const candidate of [',', ';', '\t'] as const) {
		const counts = lines.map((line) => countOutsideQuotes(line, candidate));
		const first = counts[0] ?? 0;
		if (first === 0) continue;
		const consistent = counts.filter((c) => c === first).length;
		const score = consistent * 1000 + first;
		if (score > bestScore) {
			best = candidate;
			bestScore = score;
		}
	}
	return best;
}

function firstLines(text: string, count: number): string[] {
	const lines: string[] = [];
	let start = 0;
	let quoted = false;
	for (let i = 0; i < text.length && lines.length < count; i += 1) {
		const ch = text[i];
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === '\n' || ch === '\r')) {
			if (i > start) lines.push(text.slice(start, i));
			start = i + 1;
		}
	}
	if (lines.length < count && start < text.length) lines.push(text.slice(start));
	return lines.filter((line) => line.trim() !== '');
}

function countOutsideQuotes(line: string, delimiter: string): number {
	let quoted = false;
	let count = 0;
	for (const ch of line) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && ch === delimiter) count += 1;
	}
	return count;
}

// Zero-width characters and controls (line breaks and tabs inside a cell included): removing
// control characters is the point here.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g;

/** A cell as the import uses it: invisible characters removed, trimmed, an export's quote undone. */
export function cleanCell(value: string): string {
	return restoreNeutralized(value.replace(INVISIBLE, '').trim());
}
