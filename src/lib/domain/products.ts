/**
 * The licensed products a user can hold (spec 15): Mitel One in three tiers, and MiTeam
 * Meetings. Records keep these ids; people always see the product names.
 */
export const PRODUCT_IDS = [
	'mitel-one-essential',
	'mitel-one-premier',
	'mitel-one-elite',
	'miteam-meetings'
] as const;
export type ProductId = (typeof PRODUCT_IDS)[number];

export function isProductId(value: string): value is ProductId {
	return (PRODUCT_IDS as readonly string[]).includes(value);
}
