import { describe, expect, it } from 'vitest';
import {
	cleanCell,
	csvCell,
	csvLine,
	decodeText,
	detectEncoding,
	neutralizeFormula,
	restoreNeutralized,
	separatorFor,
	sniffDelimiter
} from './csv';
import { LOCALES } from './locale';

const bytes = (...values: number[]) => new Uint8Array(values);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
	const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
	const view = new DataView(out.buffer);
	let at = 0;
	if (bom) {
		view.setUint16(0, 0xfeff, littleEndian);
		at = 2;
	}
	for (let i = 0; i < text.length; i += 1)
		view.setUint16(at + i * 2, text.charCodeAt(i), littleEndian);
	return out;
}

describe('CSV out (spec 12, Exports)', () => {
	it('separates by language: a comma in English, a semicolon in the others', () => {
		expect(LOCALES.map((l) => [l, separatorFor(l)])).toEqual([
			['en', ','],
			['de', ';'],
			['nl', ';'],
			['it', ';'],
			['es', ';'],
			['fr', ';']
		]);
	});

	it('neutralizes every formula start and quotes what needs it', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r', '\0'])
			expect(neutralizeFormula(`${start}1`)).toBe(`'${start}1`);
		expect(neutralizeFormula('Zoë')).toBe('Zoë');
		expect(csvCell('=HYPERLINK("x")', ';')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvCell('Lee; Dana', ';')).toBe('"Lee; Dana"');
		expect(csvCell('Lee; Dana', ',')).toBe('Lee; Dana');
		expect(csvCell('two\nlines', ',')).toBe('"two\nlines"');
		expect(csvLine(['a', 'b,c', ''], ',')).toBe('a,"b,c",\r\n');
	});

	it('reads an exported cell back as it was', () => {
		expect(restoreNeutralized(neutralizeFormula('=HYPERLINK("x")'))).toBe('=HYPERLINK("x")');
		expect(restoreNeutralized("'quoted'")).toBe("'quoted'");
		expect(cleanCell("  '+49 30 1234  ")).toBe('+49 30 1234');
	});
});

describe('text files in (spec 12, Reading the file)', () => {
	it('detects UTF-8 with and without BOM, UTF-16 both ways, and Windows-1252', () => {
		expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x5a, 0x6f, 0xc3, 0xab))).toEqual({
			text: 'Zoë',
			encoding: 'utf-8'
		});
		expect(decodeText(new TextEncoder().encode('Zoë;Müller'))).toEqual({
			text: 'Zoë;Müller',
			encoding: 'utf-8'
		});
		expect(decodeText(utf16('Zoë;Müller', true, true))).toEqual({
			text: 'Zoë;Müller',
			encoding: 'utf-16le'
		});
		expect(decodeText(utf16('Zoë;Müller', false, true)).text).toBe('Zoë;Müller');
		expect(detectEncoding(utf16('EMAIL;NAME', true, false)).encoding).toBe('utf-16le');
		expect(detectEncoding(utf16('EMAIL;NAME', false, false)).encoding).toBe('utf-16be');
		// "Zoë;Müller" as Excel on Windows saves it.
		expect(decodeText(bytes(0x5a, 0x6f, 0xeb, 0x3b, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72))).toEqual({
			text: 'Zoë;Müller',
			encoding: 'windows-1252'
		});
	});

	it('sniffs the delimiter, outside quotes, on the lines that agree', () => {
		expect(sniffDelimiter('FIRST NAME,LAST NAME,EMAIL\r\nZoe,Quinn,z@x.example\r\n')).toBe(',');
		expect(sniffDelimiter('VORNAME;NACHNAME;E-MAIL\nZoë;Müller, Dr.;z@x.example\n')).toBe(';');
		expect(sniffDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
		expect(sniffDelimiter('"Lee, Dana";dana@x.example\n"Park, Chris";chris@x.example')).toBe(';');
		expect(sniffDelimiter('EMAIL\nz@x.example')).toBe(',');
	});

	it('cleans cells: zero-width and control characters gone, trimmed', () => {
		expect(cleanCell('\u200b Zoë\u0007 \u00a0')).toBe('Zoë');
		expect(cleanCell('\ufeffEMAIL')).toBe('EMAIL');
	});
});
