import { describe, expect, it } from 'vitest';
import { checkPostalCode, postalExample } from './postal';

describe('checkPostalCode', () => {
	it.each([
		['US', '12345', '12345'],
		['US', ' 12345-6789 ', '12345-6789'],
		['CA', 'K1A 0B1', 'K1A 0B1'],
		['CA', 'k1a0b1', 'K1A 0B1'],
		['CA', 'h2x 1y4', 'H2X 1Y4'],
		['GB', 'SW1A 1AA', 'SW1A 1AA'],
		['GB', 'sw1a1aa', 'SW1A 1AA'],
		['GB', 'M1 1AE', 'M1 1AE'],
		['GB', 'B33 8TH', 'B33 8TH'],
		['GB', 'CR2 6XH', 'CR2 6XH'],
		['GB', 'DN55 1PT', 'DN55 1PT'],
		['GB', 'W1A 0AX', 'W1A 0AX'],
		['GB', 'EC1A 1BB', 'EC1A 1BB'],
		['DE', '10115', '10115'],
		['FR', '75008', '75008'],
		['IT', '00184', '00184'],
		['ES', '28013', '28013'],
		['NL', '1234 AB', '1234 AB'],
		['NL', '1234ab', '1234 AB'],
		['NL', '1012  jS', '1012 JS'],
		['BE', '1000', '1000'],
		['IE', 'D02 X285', 'D02 X285'],
		['JP', '100-0001', '100-0001'],
		['SE', '114 55', '114 55'],
		['AR', 'c1000aaa', 'c1000aaa'],
		['', '12', '12']
	])('%s accepts %j as %j', (country, typed, stored) => {
		expect(checkPostalCode(country, typed)).toEqual({ ok: true, value: stored });
	});

	it.each([
		['US', '1234'],
		['US', '123456'],
		['US', '12345-678'],
		['US', 'ABCDE'],
		['CA', '123 456'],
		['CA', 'D1A 0B1'],
		['CA', 'K1A 0B'],
		['CA', 'W1A 0B1'],
		['GB', '12345'],
		['GB', 'SW1A'],
		['GB', 'QA1 1AA'],
		['GB', 'SW1A 1CA'],
		['DE', '1011'],
		['DE', '101155'],
		['FR', '7500A'],
		['IT', 'I-00184'],
		['ES', '2801'],
		['NL', '0123 AB'],
		['NL', '1234 A'],
		['NL', '12345'],
		['BE', '1'],
		['BE', '12345678901'],
		['JP', '100_0001'],
		['JP', '-1000'],
		['SE', '114 55 #']
	])('%s rejects %j', (country, typed) => {
		expect(checkPostalCode(country, typed)).toEqual({ ok: false, code: 'invalid' });
	});

	it('asks for a code when none is given, whatever the country', () => {
		expect(checkPostalCode('US', '')).toEqual({ ok: false, code: 'required' });
		expect(checkPostalCode('BE', '   ')).toEqual({ ok: false, code: 'required' });
	});
});

describe('postalExample', () => {
	it('gives an example that passes its own check for every country with a format', () => {
		for (const country of ['US', 'CA', 'GB', 'DE', 'FR', 'IT', 'ES', 'NL']) {
			const example = postalExample(country);
			expect(example).not.toBeNull();
			expect(checkPostalCode(country, example ?? '')).toEqual({ ok: true, value: example });
		}
		expect(postalExample('BE')).toBeNull();
	});
});
