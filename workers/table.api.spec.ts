import { describe, expect, it } from 'vitest';
import { readUserSheet } from './import.api';
import { TableWriter, tableCsv, tableXlsx, type Table } from './table.api';

const table: Table = {
	sheet: 'Globex Berlin users',
	header: ['VORNAME', 'NACHNAME', 'NAME', 'E-MAIL', 'ROLLE', 'DURCHWAHL', 'MOBIL'],
	rows: [
		[
			'=HYPERLINK("x")',
			'Quinn',
			'=HYPERLINK("x") Quinn',
			'zoe@example.com',
			'Benutzer',
			'201',
			'+49301234567'
		],
		[
			'Jürgen',
			'Müller; Jr.',
			'Jürgen Müller; Jr.',
			'juergen@example.com',
			'Kontoadministrator',
			'',
			''
		]
	]
};

describe('table exports (spec 12, Exports)', () => {
	it('writes the same file from rows handed over a chunk at a time (TableWriter)', () => {
		const many: Table = {
			...table,
			rows: Array.from({ length: 4500 }, (_, i) => [
				`F${i}`,
				'L',
				'',
				`u${i}@example.com`,
				'',
				'',
				''
			])
		};
		for (const format of ['csv', 'xlsx'] as const) {
			const writer = new TableWriter(many, format, ';');
			for (let start = 0; start < many.rows.length; start += 1000)
				writer.add(many.rows.slice(start, start + 1000));
			const streamed = writer.finish();
			if (format === 'csv') expect(streamed).toEqual(tableCsv(many, ';'));
			else {
				const read = readUserSheet(streamed, 'users.xlsx');
				expect('data' in read && read.data.rows.length).toBe(4500);
				expect('data' in read && read.data.rows[4499]?.email).toBe('u4499@example.com');
			}
		}
		const empty = new TableWriter(table, 'csv', ',').finish();
		expect(new TextDecoder().decode(empty)).toBe(
			new TextDecoder().decode(tableCsv({ ...table, rows: [] }, ','))
		);
	});

	it('writes CSV with a BOM, the separator given, formulas neutralized, in chunks with progress', () => {
		const progress: number[] = [];
		const bytes = tableCsv(table, ';', (done) => progress.push(done));
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes.slice(3));
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('VORNAME;NACHNAME;NAME;E-MAIL;ROLLE;DURCHWAHL;MOBIL');
		expect(lines[1]).toBe(
			'"\'=HYPERLINK(""x"")";Quinn;"\'=HYPERLINK(""x"") Quinn";zoe@example.com;Benutzer;201;\'+49301234567'
		);
		expect(lines[2]).toBe(
			'Jürgen;"Müller; Jr.";"Jürgen Müller; Jr.";juergen@example.com;Kontoadministrator;;'
		);
		expect(progress).toEqual([2]);
	});

	it('round-trips: an exported CSV and XLSX import as the rows they were made from', () => {
		for (const [bytes, name] of [
			[tableCsv(table, ';'), 'export.csv'],
			[tableCsv(table, ','), 'export.csv'],
			[tableXlsx(table), 'export.xlsx']
		] as const) {
			const read = readUserSheet(bytes, name);
			expect('data' in read && read.data.rows, name).toEqual([
				{
					firstName: '=HYPERLINK("x")',
					lastName: 'Quinn',
					name: '=HYPERLINK("x") Quinn',
					email: 'zoe@example.com',
					role: 'Benutzer',
					extension: '201',
					mobile: '+49301234567'
				},
				{
					firstName: 'Jürgen',
					lastName: 'Müller; Jr.',
					name: 'Jürgen Müller; Jr.',
					email: 'juergen@example.com',
					role: 'Kontoadministrator',
					extension: '',
					mobile: ''
				}
			]);
		}
	});
});
