import type { AccountErrorCode } from '$lib/domain/account';
import type { BusinessType, CloudLocation } from '$lib/domain/model';
import type { ContactError } from '$lib/domain/support-contacts';
import { postalExample } from '$lib/domain/postal';
import { t, type MessageKey } from '$lib/i18n/i18n.svelte';
import type { AccountError } from '$lib/services/accounts.service';

export const BUSINESS_TYPE_LABELS: Record<BusinessType, MessageKey> = {
	enterprise: 'account.business_type.enterprise',
	smb: 'account.business_type.smb',
	government: 'account.business_type.government',
	education: 'account.business_type.education',
	healthcare: 'account.business_type.healthcare',
	hospitality: 'account.business_type.hospitality',
	retail: 'account.business_type.retail',
	other: 'account.business_type.other'
};

export const CLOUD_LABELS: Record<CloudLocation, MessageKey> = {
	north_america: 'account.cloud.north_america',
	europe: 'account.cloud.europe',
	asia_pacific: 'account.cloud.asia_pacific'
};

const FIELD_ERRORS: Record<Exclude<AccountErrorCode, 'postal_invalid'>, MessageKey> = {
	required: 'errors.required',
	too_long: 'errors.too_long',
	name_taken: 'account.error.name_taken',
	country_invalid: 'account.error.country_invalid',
	province_invalid: 'account.error.province_invalid',
	language_invalid: 'account.error.language_invalid',
	business_type_invalid: 'account.error.business_type_invalid',
	contacts_required: 'account.error.contacts_required'
};

/** The localized message of a field's error; a postal code's names an example of the country. */
export function fieldErrorText(
	code: AccountErrorCode | undefined,
	country = ''
): string | undefined {
	if (!code) return undefined;
	if (code !== 'postal_invalid') return t(FIELD_ERRORS[code]);
	const example = postalExample(country);
	return example ? t('account.error.postal_format', { example }) : t('account.error.postal_other');
}

const CONTACT_ERRORS: Record<ContactError, MessageKey> = {
	invalid_email: 'account.error.invalid_email',
	last_contact: 'account.error.contacts_required',
	forbidden: 'account.error.forbidden'
};

export function contactErrorText(error: ContactError): string {
	return t(CONTACT_ERRORS[error]);
}

/** The message of a refusal that is not about one field (shown as a toast). */
export function accountErrorText(error: AccountError): string {
	switch (error.kind) {
		case 'forbidden':
			return t('account.error.forbidden');
		case 'not_found':
			return t('account.error.not_found');
		case 'deactivated':
			return t('account.error.deactivated');
		case 'read_only':
			return t('account.error.read_only', { fields: error.fields.join(', ') });
		case 'partner_account':
			return t('account.error.partner_account');
		case 'exists':
			return t('account.error.exists');
		case 'invalid':
			return Object.values(error.fields)
				.map((code) => fieldErrorText(code))
				.join(' ');
	}
}
