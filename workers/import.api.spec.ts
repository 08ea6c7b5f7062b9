import { describe, expect, it } from 'vitest';
import * as CFB from 'cfb';
import * as XLSX from 'xlsx';
import { readUserSheet, MAX_DATA_ROWS, PACK_ROWS, packRead, unpackChunk } from './import.api';

const utf8 = (text: string) => new TextEncoder().encode(text);

function xlsx(
	sheets: {
		name: string;
		rows: unknown[][];
		hidden?: boolean;
		ref?: string;
		hiddenRows?: number[];
	}[]
): Uint8Array {
	const book = XLSX.utils.book_new();
	for (const sheet of sheets) {
		const ws = XLSX.utils.aoa_to_sheet(sheet.rows);
		if (sheet.ref) ws['!ref'] = sheet.ref;
		if (sheet.hiddenRows)
			ws['!rows'] = sheet.hiddenRows.reduce<XLSX.RowInfo[]>((rows, r) => {
				rows[r] = { hidden: true };
				return rows;
			}, []);
		XLSX.utils.book_append_sheet(book, ws, sheet.name);
	}
	book.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) };
	return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('reading an uploaded user list (spec 12)', () => {
	it('checks each row while reading, and packs the rows for the page in chunks that unpack to the same', () => {
		const lines = ['EMAIL,FIRST NAME,EXT'];
		for (let i = 0; i < PACK_ROWS + 2; i += 1) lines.push(`u${i}@example.com,Ann,${200 + i}`);
		lines.push('not an address,,1');
		const read = readUserSheet(utf8(lines.join('\n')), 'users.csv');
		if (!('data' in read)) throw new Error('not read');
		expect(read.data.checks).toHaveLength(read.data.rows.length);
		expect(read.data.checks[0]).toEqual({
			email: 'u0@example.com',
			extension: '200',
			errors: null
		});
		expect(read.data.checks.at(-1)).toEqual({
			email: 'not an address',
			extension: '',
			errors: { email: 'email_invalid', extension: 'extension_invalid', name: 'name_required' }
		});
		const packed = packRead(read);
		if (!('data' in packed)) throw new Error('not packed');
		expect(packed.data.chunks).toHaveLength(2);
		const parts = packed.data.chunks.map(unpackChunk);
		expect(parts.flatMap((p) => p.rows)).toEqual(read.data.rows);
		expect(parts.flatMap((p) => p.checks)).toEqual(read.data.checks);
		expect(packRead({ error: { kind: 'empty' } })).toEqual({ error: { kind: 'empty' } });
	});

	it('reads a semicolon-separated Windows-1252 CSV', () => {
		// "VORNAME;NACHNAME;E-MAIL\r\nZoë;Müller;zoe@example.com" as Excel on Windows saves it.
		const text = 'VORNAME;NACHNAME;E-MAIL\r\nZo\u00eb;M\u00fcller;zoe@example.com\r\n';
		const bytes = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
		const read = readUserSheet(bytes, 'benutzer.csv');
		expect(read).toMatchObject({ data: { encoding: 'windows-1252', delimiter: ';', ignored: [] } });
		expect('data' in read && read.data.rows).toEqual([
			{
				firstName: 'Zoë',
				lastName: 'Müller',
				name: '',
				email: 'zoe@example.com',
				role: '',
				mobile: '',
				extension: ''
			}
		]);
	});

	it('reads a Microsoft Entra bulk-create CSV below its version line, listing what it ignores', () => {
		const csv = [
			'version:v1.0',
			'Name [displayName] Required,User name [userPrincipalName] Required,Initial password [passwordProfile] Required,Block sign in (Yes/No) [accountEnabled] Required,First name [givenName],Last name [surname],Department [department]',
			'Chris Green,chris@contoso.example,Pass1234!,No,Chris,Green,Sales'
		].join('\n');
		const read = readUserSheet(utf8(csv), 'entra.csv');
		expect('data' in read && read.data.rows[0]).toMatchObject({
			name: 'Chris Green',
			email: 'chris@contoso.example',
			firstName: 'Chris',
			lastName: 'Green'
		});
		expect('data' in read && read.data.ignored).toEqual([
			'Initial password [passwordProfile] Required',
			'Block sign in (Yes/No) [accountEnabled] Required',
			'Department [department]'
		]);
	});

	it('reads an xlsx by its cells: cached formula values, hidden rows and sheets skipped, the first sheet with a header', () => {
		const bytes = xlsx([
			{
				name: 'Secret',
				hidden: true,
				rows: [
					['EMAIL', 'NAME'],
					['hidden@example.com', 'Hidden']
				]
			},
			{ name: 'Notes', rows: [['Please fill in the next sheet']] },
			{
				name: 'Users',
				rows: [
					['FIRST NAME', 'LAST NAME', 'EMAIL', 'EXT'],
					['Zoë', 'Quinn', 'zoe@example.com', { t: 'n', v: 204, f: '200+4' }],
					['Skip', 'Me', 'skip@example.com', ''],
					['Ann', 'Lee', 'ann@example.com', '']
				],
				hiddenRows: [2]
			}
		]);
		const read = readUserSheet(bytes, 'users.xlsx');
		expect(read).toMatchObject({ data: { sheet: 'Users' } });
		expect('data' in read && read.data.rows.map((r) => [r.email, r.extension])).toEqual([
			['zoe@example.com', '204'],
			['ann@example.com', '']
		]);
	});

	it('names an encrypted (password-protected) workbook', () => {
		const container = CFB.utils.cfb_new();
		CFB.utils.cfb_add(container, '/EncryptionInfo', new Uint8Array(64));
		CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(64));
		const bytes = new Uint8Array(CFB.write(container, { type: 'array' }) as ArrayBuffer);
		expect(readUserSheet(bytes, 'locked.xlsx')).toEqual({ error: { kind: 'encrypted' } });
	});

	it('does not trust a sheet that claims 1,048,576 rows', () => {
		const bytes = xlsx([
			{
				name: 'Users',
				ref: 'A1:D1048576',
				rows: [
					['EMAIL', 'NAME'],
					['zoe@example.com', 'Zoë Quinn']
				]
			}
		]);
		const started = performance.now();
		const read = readUserSheet(bytes, 'claims-a-million.xlsx');
		expect('data' in read && read.data.rows).toHaveLength(1);
		expect(performance.now() - started).toBeLessThan(5_000);
	});

	it('refuses what it cannot read, with the reason: empty, a renamed PDF, no header, too many rows', () => {
		expect(readUserSheet(new Uint8Array(), 'empty.csv')).toEqual({ error: { kind: 'empty' } });
		expect(readUserSheet(utf8(' \r\n \r\n'), 'blank.csv')).toEqual({ error: { kind: 'empty' } });
		const pdf = utf8('%PDF-1.7\n1 0 obj <<>> endobj\n');
		expect(readUserSheet(pdf, 'users.csv')).toEqual({ error: { kind: 'unreadable' } });
		expect(readUserSheet(pdf, 'users.xlsx')).toEqual({ error: { kind: 'unreadable' } });
		expect(readUserSheet(utf8('PK\u0003\u0004garbage that is no zip'), 'broken.xlsx')).toEqual({
			error: { kind: 'unreadable' }
		});
		expect(readUserSheet(utf8('Department,Office\nSales,Berlin'), 'other.csv')).toEqual({
			error: { kind: 'no_header' }
		});
		const many = `EMAIL,NAME\n${'a@example.com,A\n'.repeat(MAX_DATA_ROWS + 1)}`;
		expect(readUserSheet(utf8(many), 'many.csv')).toEqual({
			error: { kind: 'too_many_rows', limit: MAX_DATA_ROWS }
		});
	});
});
