/**
 * The 25 customer accounts of the sample data: fictional companies at real-looking addresses with
 * postal codes in their country's format. Province/State holds the ISO 3166-2 subdivision code
 * where the app offers a select (US, CA, AU), the region's name elsewhere. E-mail domains use the
 * reserved `.example` top-level domain so no sample e-mail can ever reach a real mailbox.
 */
import type { BusinessType } from '$lib/domain/model';

export interface SamplePlace {
	name: string;
	country: string;
	province: string;
	address: string;
	city: string;
	postalCode: string;
	businessType: BusinessType;
	/** Domain of the company's e-mail addresses. */
	domain: string;
	/** Default language when it differs from the country's (e.g. an English-speaking firm in Québec). */
	language?: 'en' | 'de' | 'nl' | 'it' | 'es' | 'fr';
	/** Relative size: how many of the sample users work there. */
	size: number;
}

export const SAMPLE_PLACES: readonly SamplePlace[] = [
	{
		name: 'Northwind Logistics Inc.',
		country: 'US',
		province: 'CA',
		address: '1200 Market Street',
		city: 'San Francisco',
		postalCode: '94103',
		businessType: 'enterprise',
		domain: 'northwind-logistics.example',
		size: 9
	},
	{
		name: 'Blue Ridge Health Partners',
		country: 'US',
		province: 'GA',
		address: '455 Peachtree Street NE',
		city: 'Atlanta',
		postalCode: '30308',
		businessType: 'healthcare',
		domain: 'blueridgehealth.example',
		size: 6
	},
	{
		name: 'Lakeshore School District 42',
		country: 'US',
		province: 'IL',
		address: '88 East Randolph Street',
		city: 'Chicago',
		postalCode: '60601',
		businessType: 'education',
		domain: 'lakeshore-sd42.example',
		size: 5
	},
	{
		name: 'Summit Outfitters',
		country: 'US',
		province: 'TX',
		address: '2100 Congress Avenue',
		city: 'Austin',
		postalCode: '78701',
		businessType: 'retail',
		domain: 'summit-outfitters.example',
		size: 3
	},
	{
		name: 'Harborview Hotels LLC',
		country: 'US',
		province: 'MA',
		address: '75 State Street',
		city: 'Boston',
		postalCode: '02109',
		businessType: 'hospitality',
		domain: 'harborview-hotels.example',
		size: 4
	},
	{
		name: 'Maple Leaf Credit Union',
		country: 'CA',
		province: 'ON',
		address: '150 King Street West',
		city: 'Toronto',
		postalCode: 'M5H 1J9',
		businessType: 'enterprise',
		domain: 'mapleleafcu.example',
		size: 5
	},
	{
		name: 'Boréal Ingénierie inc.',
		country: 'CA',
		province: 'QC',
		address: '1250, boulevard René-Lévesque Ouest',
		city: 'Montréal',
		postalCode: 'H3B 4W8',
		businessType: 'smb',
		domain: 'boreal-ingenierie.example',
		language: 'fr',
		size: 3
	},
	{
		name: 'Pacific Coast Dental Group',
		country: 'CA',
		province: 'BC',
		address: '900 West Georgia Street',
		city: 'Vancouver',
		postalCode: 'V6C 2W6',
		businessType: 'healthcare',
		domain: 'pacificcoastdental.example',
		size: 2
	},
	{
		name: 'Thameside Legal LLP',
		country: 'GB',
		province: 'Greater London',
		address: '25 Old Broad Street',
		city: 'London',
		postalCode: 'EC2N 1HQ',
		businessType: 'smb',
		domain: 'thameside-legal.example',
		size: 4
	},
	{
		name: 'Pennine Precision Engineering Ltd',
		country: 'GB',
		province: 'Greater Manchester',
		address: '14 Deansgate',
		city: 'Manchester',
		postalCode: 'M3 2BW',
		businessType: 'enterprise',
		domain: 'pennine-precision.example',
		size: 5
	},
	{
		name: 'Caledonia Renewables Ltd',
		country: 'GB',
		province: 'Scotland',
		address: '120 George Street',
		city: 'Edinburgh',
		postalCode: 'EH2 4LH',
		businessType: 'enterprise',
		domain: 'caledonia-renewables.example',
		size: 3
	},
	{
		name: 'Müller & Söhne Maschinenbau GmbH',
		country: 'DE',
		province: 'Baden-Württemberg',
		address: 'Königstraße 42',
		city: 'Stuttgart',
		postalCode: '70173',
		businessType: 'enterprise',
		domain: 'mueller-soehne.example',
		size: 8
	},
	{
		name: 'Rheinblick Versicherungen AG',
		country: 'DE',
		province: 'Nordrhein-Westfalen',
		address: 'Konrad-Adenauer-Ufer 3',
		city: 'Köln',
		postalCode: '50668',
		businessType: 'enterprise',
		domain: 'rheinblick-versicherungen.example',
		size: 6
	},
	{
		name: 'Alpenglühen Hotels GmbH',
		country: 'DE',
		province: 'Bayern',
		address: 'Maximilianstraße 17',
		city: 'München',
		postalCode: '80539',
		businessType: 'hospitality',
		domain: 'alpengluehen-hotels.example',
		size: 3
	},
	{
		name: 'Lumière Conseil SAS',
		country: 'FR',
		province: 'Île-de-France',
		address: '18 rue de Rivoli',
		city: 'Paris',
		postalCode: '75004',
		businessType: 'smb',
		domain: 'lumiere-conseil.example',
		size: 4
	},
	{
		name: "Clinique Côte d'Azur",
		country: 'FR',
		province: "Provence-Alpes-Côte d'Azur",
		address: '12 avenue Jean Médecin',
		city: 'Nice',
		postalCode: '06000',
		businessType: 'healthcare',
		domain: 'clinique-cotedazur.example',
		size: 3
	},
	{
		name: 'Officine Lombarde S.p.A.',
		country: 'IT',
		province: 'Lombardia',
		address: 'Corso Buenos Aires 54',
		city: 'Milano',
		postalCode: '20124',
		businessType: 'enterprise',
		domain: 'officine-lombarde.example',
		size: 5
	},
	{
		name: 'Comune di Fiesole',
		country: 'IT',
		province: 'Toscana',
		address: 'Piazza Mino da Fiesole 26',
		city: 'Fiesole',
		postalCode: '50014',
		businessType: 'government',
		domain: 'comune-fiesole.example',
		size: 2
	},
	{
		name: 'Hostelería Peñalara S.L.',
		country: 'ES',
		province: 'Comunidad de Madrid',
		address: 'Calle de Alcalá 120',
		city: 'Madrid',
		postalCode: '28009',
		businessType: 'hospitality',
		domain: 'penalara.example',
		size: 3
	},
	{
		name: 'Construcciones Ibáñez S.A.',
		country: 'ES',
		province: 'Cataluña',
		address: 'Passeig de Gràcia 55',
		city: 'Barcelona',
		postalCode: '08007',
		businessType: 'enterprise',
		domain: 'construcciones-ibanez.example',
		size: 4
	},
	{
		name: 'Van der Berg Logistiek B.V.',
		country: 'NL',
		province: 'Noord-Holland',
		address: 'Keizersgracht 210',
		city: 'Amsterdam',
		postalCode: '1016 DZ',
		businessType: 'enterprise',
		domain: 'vanderberg-logistiek.example',
		size: 5
	},
	{
		name: 'Zeeuwse Zorggroep',
		country: 'NL',
		province: 'Zeeland',
		address: 'Markt 5',
		city: 'Middelburg',
		postalCode: '4331 LJ',
		businessType: 'healthcare',
		domain: 'zeeuwse-zorggroep.example',
		size: 3
	},
	{
		name: 'Treuhand Zürichsee AG',
		country: 'CH',
		province: 'Zürich',
		address: 'Bahnhofstrasse 45',
		city: 'Zürich',
		postalCode: '8001',
		businessType: 'smb',
		domain: 'treuhand-zuerichsee.example',
		size: 2
	},
	{
		name: 'Harbour City Accounting Pty Ltd',
		country: 'AU',
		province: 'NSW',
		address: '200 George Street',
		city: 'Sydney',
		postalCode: '2000',
		businessType: 'smb',
		domain: 'harbourcity-accounting.example',
		size: 3
	},
	{
		name: 'Sakura Trading K.K.',
		country: 'JP',
		province: 'Tokyo',
		address: '1-9-1 Marunouchi, Chiyoda-ku',
		city: 'Tokyo',
		postalCode: '100-0005',
		businessType: 'enterprise',
		domain: 'sakura-trading.example',
		size: 3
	}
];

/** The language of a country when Switchboard speaks it, else English. */
export function sampleLanguage(country: string): 'en' | 'de' | 'nl' | 'it' | 'es' | 'fr' {
	const byCountry: Record<string, 'de' | 'nl' | 'it' | 'es' | 'fr'> = {
		DE: 'de',
		AT: 'de',
		CH: 'de',
		NL: 'nl',
		BE: 'nl',
		IT: 'it',
		ES: 'es',
		FR: 'fr'
	};
	return byCountry[country] ?? 'en';
}

/** Mobile numbers in the ranges reserved for drama and tests where a country has one. */
export const MOBILE_PREFIX: Record<string, { prefix: string; digits: number }> = {
	US: { prefix: '+1202555', digits: 4 },
	CA: { prefix: '+1416555', digits: 4 },
	GB: { prefix: '+447700900', digits: 3 },
	DE: { prefix: '+49151', digits: 8 },
	FR: { prefix: '+336', digits: 8 },
	IT: { prefix: '+39347', digits: 7 },
	ES: { prefix: '+346', digits: 8 },
	NL: { prefix: '+316', digits: 8 },
	CH: { prefix: '+4179', digits: 7 },
	AU: { prefix: '+614', digits: 8 },
	JP: { prefix: '+8190', digits: 8 }
};
