import { BUSINESS_TYPES, type Account, type BusinessType, type SupportContact } from './model';
import { isLocale, type Locale } from './locale';
import { cloudLocationFor, isCountryCode } from './countries';
import { normalizeSubdivision } from './subdivisions';
import { checkPostalCode } from './postal';
import { uniqueContacts } from './support-contacts';
import { foldText } from './text';
import { checkText } from './validation';

/**
 * The customer account form (spec 10, "Add Account" and "Customer Information"): what a person
 * typed, as strings, before validation.
 */
export interface AccountForm {
	name: string;
	country: string;
	province: string;
	address: string;
	city: string;
	postalCode: string;
	defaultLanguage: string;
	businessType: string;
	supportContacts: SupportContact[];
}

export type AccountField = keyof AccountForm;

export type AccountErrorCode =
	| 'required'
	| 'too_long'
	| 'name_taken'
	| 'country_invalid'
	| 'province_invalid'
	| 'postal_invalid'
	| 'language_invalid'
	| 'business_type_invalid'
	| 'contacts_required';

export type AccountErrors = Partial<Record<AccountField, AccountErrorCode>>;

/** The validated, normalized form. */
export interface AccountValues {
	name: string;
	country: string;
	province: string;
	address: string;
	city: string;
	postalCode: string;
	defaultLanguage: Locale;
	businessType: BusinessType | '';
	supportContacts: SupportContact[];
}

export type AccountValidation =
	{ ok: true; value: AccountValues } | { ok: false; errors: AccountErrors };

export const ACCOUNT_NAME_MAX = 100;
export const ADDRESS_MAX = 200;
export const CITY_MAX = 100;
export const PROVINCE_MAX = 100;

/** Fields that identify an account in its events' core details. */
export const ACCOUNT_IDENTITY = ['name', 'accountNumber'] as const;

/** The fields a person may change; everything else (Account ID, Cloud Location, ...) is read-only. */
export const EDITABLE_ACCOUNT_FIELDS = [
	'name',
	'country',
	'province',
	'address',
	'city',
	'postalCode',
	'defaultLanguage',
	'businessType',
	'supportContacts',
	'bandwidthOptimization',
	'chatAllowEditDelete'
] as const;
export type EditableAccountField = (typeof EDITABLE_ACCOUNT_FIELDS)[number];
export type AccountPatch = Partial<Pick<Account, EditableAccountField>>;

/** The fields of the "Customer Information" panel, in the order the form shows them. */
export const CUSTOMER_INFO_FIELDS = [
	'name',
	'country',
	'province',
	'address',
	'city',
	'postalCode',
	'defaultLanguage',
	'businessType'
] as const satisfies readonly AccountField[];

/** The key under which names are compared: trimmed, inner spaces collapsed, case and accents folded. */
export function accountNameKey(name: string): string {
	return foldText(name.trim().replace(/\s+/g, ' '));
}

export function isBusinessType(value: string): value is BusinessType {
	return (BUSINESS_TYPES as readonly string[]).includes(value);
}

export function emptyAccountForm(language: Locale): AccountForm {
	return {
		name: '',
		country: '',
		province: '',
		address: '',
		city: '',
		postalCode: '',
		defaultLanguage: language,
		businessType: '',
		supportContacts: []
	};
}

export function accountFormOf(account: Account): AccountForm {
	return {
		name: account.name,
		country: account.country,
		province: account.province,
		address: account.address,
		city: account.city,
		postalCode: account.postalCode,
		defaultLanguage: account.defaultLanguage,
		businessType: account.businessType,
		supportContacts: account.supportContacts
	};
}

/** Whether a person typed anything into a new account's form (asks "Discard changes?"). */
export function formTouched(form: AccountForm, language: Locale): boolean {
	return changedFields(emptyAccountForm(language), form).length > 0;
}

/** The fields whose value differs between two forms. */
export function changedFields(before: AccountForm, after: AccountForm): AccountField[] {
	const fields = Object.keys(before) as AccountField[];
	return fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

/**
 * The errors found on the values `then` that still apply to `now`: a field's error goes as soon
 * as the field changes, and the province's and postal code's also when the country changes.
 */
export function errorsStillValid(
	errors: AccountErrors,
	then: AccountForm,
	now: AccountForm
): AccountErrors {
	const changed = changedFields(then, now);
	if (changed.includes('country')) changed.push('province', 'postalCode');
	const out: AccountErrors = {};
	for (const [field, code] of Object.entries(errors) as [AccountField, AccountErrorCode][])
		if (!changed.includes(field)) out[field] = code;
	return out;
}

export interface ValidateOptions {
	/** Another account of the workspace already has this name (case- and accent-insensitive). */
	nameTaken: boolean;
	/** Customer accounts need at least one support contact; the partner account has none. */
	requireContacts: boolean;
}

/** `checkText` for account fields: its only failures are `required` and `too_long`. */
function text(
	value: string,
	opts: { required: boolean; max: number }
): { value: string; code?: 'required' | 'too_long' } {
	const checked = checkText(value, opts);
	if (checked.code === 'required' || checked.code === 'too_long')
		return { value: checked.value, code: checked.code };
	return { value: checked.value };
}

/** Every field checked: normalized values of the valid fields, an error code for the others. */
function checkFields(
	form: AccountForm,
	opts: ValidateOptions
): { values: Partial<AccountValues>; errors: AccountErrors } {
	const values: Partial<AccountValues> = {};
	const errors: AccountErrors = {};
	const name = text(form.name, { required: true, max: ACCOUNT_NAME_MAX });
	if (name.code) errors.name = name.code;
	else if (opts.nameTaken) errors.name = 'name_taken';
	else values.name = name.value;

	const country = form.country.trim().toUpperCase();
	if (country === '') errors.country = 'required';
	else if (!isCountryCode(country)) errors.country = 'country_invalid';
	else values.country = country;

	const province = text(form.province, { required: false, max: PROVINCE_MAX });
	if (province.code) errors.province = province.code;
	else {
		// Without a valid country the province cannot be judged; the country's error says why.
		const code = normalizeSubdivision(values.country ?? '', province.value);
		if (code === null) errors.province = 'province_invalid';
		else values.province = code;
	}

	const address = text(form.address, { required: true, max: ADDRESS_MAX });
	if (address.code) errors.address = address.code;
	else values.address = address.value;
	const city = text(form.city, { required: true, max: CITY_MAX });
	if (city.code) errors.city = city.code;
	else values.city = city.value;

	// The format depends on the country; without a valid country only presence is checked.
	const postal = checkPostalCode(values.country ?? '', form.postalCode);
	if (postal.ok) values.postalCode = postal.value;
	else if (postal.code === 'required') errors.postalCode = 'required';
	else if (values.country) errors.postalCode = 'postal_invalid';

	if (isLocale(form.defaultLanguage)) values.defaultLanguage = form.defaultLanguage;
	else errors.defaultLanguage = 'language_invalid';

	if (form.businessType === '') values.businessType = '';
	else if (isBusinessType(form.businessType)) values.businessType = form.businessType;
	else errors.businessType = 'business_type_invalid';

	const contacts = uniqueContacts(form.supportContacts);
	if (opts.requireContacts && contacts.length === 0) errors.supportContacts = 'contacts_required';
	else values.supportContacts = contacts;
	return { values, errors };
}

function complete(values: Partial<AccountValues>): values is AccountValues {
	const keys: (keyof AccountValues)[] = [...CUSTOMER_INFO_FIELDS, 'supportContacts'];
	return keys.every((key) => values[key] !== undefined);
}

/** Validates the whole form; returns normalized values, or one error code per field. */
export function validateAccount(form: AccountForm, opts: ValidateOptions): AccountValidation {
	const { values, errors } = checkFields(form, opts);
	if (Object.keys(errors).length > 0 || !complete(values)) return { ok: false, errors };
	return { ok: true, value: values };
}

/**
 * Validates a change of an existing account and returns the patch of what really changes. Only
 * the changed fields (and those that depend on them: the province and postal code follow the
 * country) may fail, so an account whose older data does not meet today's rules can still be
 * changed elsewhere.
 */
export function validateAccountChange(
	current: Account,
	form: AccountForm,
	opts: ValidateOptions
): { ok: true; patch: AccountPatch } | { ok: false; errors: AccountErrors } {
	const before = accountFormOf(current);
	const relevant = new Set<AccountField>(changedFields(before, form));
	if (relevant.has('country')) {
		relevant.add('province');
		relevant.add('postalCode');
	}
	const { values, errors } = checkFields(form, {
		...opts,
		nameTaken: opts.nameTaken && relevant.has('name')
	});
	const shown: AccountErrors = {};
	for (const field of relevant) if (errors[field]) shown[field] = errors[field];
	if (Object.keys(shown).length > 0) return { ok: false, errors: shown };
	const patch: AccountPatch = {};
	for (const field of relevant) {
		const value = values[field];
		if (value !== undefined && JSON.stringify(value) !== JSON.stringify(current[field]))
			Object.assign(patch, { [field]: value });
	}
	return { ok: true, patch };
}

export interface NewAccountIds {
	id: string;
	accountNumber: string;
	now: string;
	actor: { id: string; name: string };
}

/** A new customer account from validated values; the cloud location follows the country. */
export function newAccountRecord(values: AccountValues, ids: NewAccountIds): Account {
	return {
		id: ids.id,
		accountNumber: ids.accountNumber,
		name: values.name,
		status: 'active',
		isPartner: false,
		country: values.country,
		province: values.province,
		address: values.address,
		city: values.city,
		postalCode: values.postalCode,
		defaultLanguage: values.defaultLanguage,
		businessType: values.businessType,
		cloudLocation: cloudLocationFor(values.country),
		sapCustomerNumber: '',
		pbxType: '',
		supportContacts: values.supportContacts,
		bandwidthOptimization: false,
		chatAllowEditDelete: true,
		createdAt: ids.now,
		createdBy: ids.actor.id,
		modifiedAt: ids.now,
		modifiedBy: ids.actor.id,
		modifiedByName: ids.actor.name
	};
}

/** The names of fields in a patch that nobody may change (Account ID, status, Cloud Location, ...). */
export function readOnlyFields(patch: object): string[] {
	const editable: readonly string[] = EDITABLE_ACCOUNT_FIELDS;
	return Object.keys(patch).filter((key) => !editable.includes(key));
}
