/**
 * Spreadsheet figures (spec 00 and 12): the work the import and export workers do, measured on
 * the worker functions themselves in Node (the same code the workers run): generated 1,000 /
 * 10,000 / 100,000-row xlsx and csv files read and validated; 100,000 users and 100,000 events
 * written as CSV. The browser-side figures (first rendered preview, longest main-thread task)
 * come with the import dialog.
 */
import * as XLSX from 'xlsx';
import { ImportValidation } from '../../src/lib/domain/import-validation';
import { csvLine } from '../../src/lib/domain/csv';
import { readUserSheet } from '../../workers/import.api';
import { tableCsv } from '../../workers/table.api';
import { median, round, type Metric } from './metric';

const HEADER = ['FIRST NAME', 'LAST NAME', 'NAME', 'EMAIL', 'ROLE', 'MOBILE', 'EXT'];

function rows(count: number): string[][] {
	return Array.from({ length: count }, (_, i) => [
		`First${i}`,
		`Last${i}`,
		'',
		`user${i}@example.com`,
		i % 10 === 0 ? 'Account Admin' : 'User',
		i % 3 === 0 ? `+4930${String(1_000_000 + i)}` : '',
		i < 90_000 ? String(1000 + i) : ''
	]);
}

export function csvFile(count: number): Uint8Array {
	let text = '\ufeff' + csvLine(HEADER, ',');
	for (const row of rows(count)) text += csvLine(row, ',');
	return new TextEncoder().encode(text);
}

export function xlsxFile(count: number): Uint8Array {
	const book = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([HEADER, ...rows(count)]), 'Users');
	return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/**
 * Parse + validate, in ms: the worker's read (which checks each row) and the preview's judgement
 * of the rows against each other (`ImportValidation`, on the page).
 */
function readAndValidate(
	bytes: Uint8Array,
	name: string,
	runs: number
): { ms: number[]; rows: number } {
	const ms: number[] = [];
	let count = 0;
	for (let i = 0; i < runs; i += 1) {
		const started = performance.now();
		const read = readUserSheet(bytes, name);
		if (!('data' in read)) throw new Error(`${name} not read: ${JSON.stringify(read.error)}`);
		const validation = new ImportValidation();
		read.data.rows.forEach((row, i) => validation.set(i + 1, row, read.data.checks[i]));
		ms.push(performance.now() - started);
		count = read.data.rows.length;
	}
	return { ms, rows: count };
}

export function importExportMetrics(): Metric[] {
	const metrics: Metric[] = [];
	const targets: Record<string, string> = {
		'xlsx 10000': '≤ 1,500 ms to preview',
		'csv 100000': '≤ 3,000 ms'
	};
	for (const format of ['csv', 'xlsx'] as const) {
		for (const count of [1_000, 10_000, 100_000]) {
			const bytes = format === 'csv' ? csvFile(count) : xlsxFile(count);
			const { ms, rows: read } = readAndValidate(
				bytes,
				`users.${format}`,
				count >= 100_000 ? 1 : 3
			);
			metrics.push({
				name: `Import: read and validate a ${count.toLocaleString('en')}-row ${format} (worker code, Node)`,
				value: round(median(ms)),
				unit: 'ms',
				target: targets[`${format} ${count}`] ?? '—',
				detail: `${read} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB; runs: ${ms.map((m) => Math.round(m)).join(', ')}`
			});
		}
	}
	const users = rows(100_000).map((r) => [
		...r,
		'Registered',
		'MiVoice Office',
		'2026-12-04 10:00',
		'Dana Lee'
	]);
	const started = performance.now();
	const csv = tableCsv(
		{
			sheet: 'Users',
			header: [...HEADER, 'REGISTRATION', 'LICENSES', 'MODIFIED ON', 'MODIFIED BY'],
			rows: users
		},
		','
	);
	metrics.push({
		name: 'Export 100,000 users to CSV (worker code, Node)',
		value: round(performance.now() - started),
		unit: 'ms',
		target: '≤ 2,000 ms',
		detail: `${(csv.length / 1024 / 1024).toFixed(1)} MB`
	});
	const events = Array.from({ length: 100_000 }, (_, i) => [
		`ev-${i}`,
		'Dana Lee',
		'p-dana',
		'Edit',
		'Console',
		'User',
		'2026-12-04 10:00',
		JSON.stringify({ name: `First${i} Last${i}`, email: `user${i}@example.com` }),
		JSON.stringify(['extension']),
		'{}',
		JSON.stringify(['bulk'])
	]);
	const eventsStarted = performance.now();
	const eventsCsv = tableCsv(
		{ sheet: 'Events', header: Array.from({ length: 11 }, (_, i) => `C${i}`), rows: events },
		','
	);
	metrics.push({
		name: 'Export 100,000 events to CSV (worker code, Node)',
		value: round(performance.now() - eventsStarted),
		unit: 'ms',
		target: '≤ 2,000 ms',
		detail: `${(eventsCsv.length / 1024 / 1024).toFixed(1)} MB`
	});
	return metrics;
}
