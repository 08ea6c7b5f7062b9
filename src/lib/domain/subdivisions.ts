/**
 * States, provinces and territories of the countries whose "Province/State" is a select (spec 10):
 * the code after the country part of ISO 3166-2 (`ON` for CA-ON) and the official English name.
 */
export interface Subdivision {
	code: string;
	name: string;
}

const US: Subdivision[] = [
	['AL', 'Alabama'],
	['AK', 'Alaska'],
	['AS', 'American Samoa'],
	['AZ', 'Arizona'],
	['AR', 'Arkansas'],
	['CA', 'California'],
	['CO', 'Colorado'],
	['CT', 'Connecticut'],
	['DE', 'Delaware'],
	['DC', 'District of Columbia'],
	['FL', 'Florida'],
	['GA', 'Georgia'],
	['GU', 'Guam'],
	['HI', 'Hawaii'],
	['ID', 'Idaho'],
	['IL', 'Illinois'],
	['IN', 'Indiana'],
	['IA', 'Iowa'],
	['KS', 'Kansas'],
	['KY', 'Kentucky'],
	['LA', 'Louisiana'],
	['ME', 'Maine'],
	['MD', 'Maryland'],
	['MA', 'Massachusetts'],
	['MI', 'Michigan'],
	['MN', 'Minnesota'],
	['MS', 'Mississippi'],
	['MO', 'Missouri'],
	['MT', 'Montana'],
	['NE', 'Nebraska'],
	['NV', 'Nevada'],
	['NH', 'New Hampshire'],
	['NJ', 'New Jersey'],
	['NM', 'New Mexico'],
	['NY', 'New York'],
	['NC', 'North Carolina'],
	['ND', 'North Dakota'],
	['MP', 'Northern Mariana Islands'],
	['OH', 'Ohio'],
	['OK', 'Oklahoma'],
	['OR', 'Oregon'],
	['PA', 'Pennsylvania'],
	['PR', 'Puerto Rico'],
	['RI', 'Rhode Island'],
	['SC', 'South Carolina'],
	['SD', 'South Dakota'],
	['TN', 'Tennessee'],
	['TX', 'Texas'],
	['VI', 'U.S. Virgin Islands'],
	['UT', 'Utah'],
	['VT', 'Vermont'],
	['VA', 'Virginia'],
	['WA', 'Washington'],
	['WV', 'West Virginia'],
	['WI', 'Wisconsin'],
	['WY', 'Wyoming']
].map(([code = '', name = '']) => ({ code, name }));

const CA: Subdivision[] = [
	['AB', 'Alberta'],
	['BC', 'British Columbia'],
	['MB', 'Manitoba'],
	['NB', 'New Brunswick'],
	['NL', 'Newfoundland and Labrador'],
	['NT', 'Northwest Territories'],
	['NS', 'Nova Scotia'],
	['NU', 'Nunavut'],
	['ON', 'Ontario'],
	['PE', 'Prince Edward Island'],
	['QC', 'Quebec'],
	['SK', 'Saskatchewan'],
	['YT', 'Yukon']
].map(([code = '', name = '']) => ({ code, name }));

const AU: Subdivision[] = [
	['ACT', 'Australian Capital Territory'],
	['NSW', 'New South Wales'],
	['NT', 'Northern Territory'],
	['QLD', 'Queensland'],
	['SA', 'South Australia'],
	['TAS', 'Tasmania'],
	['VIC', 'Victoria'],
	['WA', 'Western Australia']
].map(([code = '', name = '']) => ({ code, name }));

const BY_COUNTRY: Record<string, readonly Subdivision[]> = { US, CA, AU };

/** The subdivisions to choose from, or null when the country's "Province/State" is free text. */
export function subdivisionsOf(country: string): readonly Subdivision[] | null {
	return BY_COUNTRY[country] ?? null;
}

/** The name of a subdivision code of a country with a select; the value itself otherwise. */
export function subdivisionName(country: string, value: string): string {
	return subdivisionsOf(country)?.find((s) => s.code === value)?.name ?? value;
}

/**
 * The stored code for what was entered: for countries with a select, a code or a name (any case,
 * e.g. from an import) becomes the code, and anything else is null (invalid). Free text is kept.
 */
export function normalizeSubdivision(country: string, value: string): string | null {
	const list = subdivisionsOf(country);
	const text = value.trim();
	if (!list || text === '') return text;
	const upper = text.toUpperCase();
	const found = list.find((s) => s.code === upper || s.name.toUpperCase() === upper);
	return found ? found.code : null;
}
