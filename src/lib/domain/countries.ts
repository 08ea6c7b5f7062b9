import type { CloudLocation } from './model';

/**
 * ISO 3166-1 alpha-2 codes of every officially assigned country (249). Names are not kept here:
 * the UI asks `Intl.DisplayNames` for them in the current language (`i18n.countryName`).
 */
export const COUNTRY_CODES: readonly string[] = [
	'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ',
	'BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ',
	'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ',
	'DE DJ DK DM DO DZ',
	'EC EE EG EH ER ES ET',
	'FI FJ FK FM FO FR',
	'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY',
	'HK HM HN HR HT HU',
	'ID IE IL IM IN IO IQ IR IS IT',
	'JE JM JO JP',
	'KE KG KH KI KM KN KP KR KW KY KZ',
	'LA LB LC LI LK LR LS LT LU LV LY',
	'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ',
	'NA NC NE NF NG NI NL NO NP NR NU NZ',
	'OM',
	'PA PE PF PG PH PK PL PM PN PR PS PT PW PY',
	'QA',
	'RE RO RS RU RW',
	'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ',
	'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ',
	'UA UG UM US UY UZ',
	'VA VC VE VG VI VN VU',
	'WF WS',
	'YE YT',
	'ZA ZM ZW'
]
	.join(' ')
	.split(' ');

const COUNTRY_SET = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
	return COUNTRY_SET.has(value);
}

/** North, Central and South America and the Caribbean (data centres in North America). */
const AMERICAS = new Set(
	(
		'AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GS GT GY HN ' +
		'HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT UM US UY VC VE VG VI'
	).split(' ')
);

/** European countries and territories (data centres in Europe); Türkiye and Cyprus included. */
const EUROPE = new Set(
	(
		'AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI ' +
		'LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA'
	).split(' ')
);

/**
 * Where an account's data lives, chosen from its country when the account is created and never
 * changed afterwards (spec 10): the Americas go to North America, Europe to Europe, every other
 * country to Asia-Pacific.
 */
export function cloudLocationFor(country: string): CloudLocation {
	if (AMERICAS.has(country)) return 'north_america';
	if (EUROPE.has(country)) return 'europe';
	return 'asia_pacific';
}
