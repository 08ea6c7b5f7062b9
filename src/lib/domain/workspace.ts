import type { Account, User, Workspace } from './model';
import type { Locale } from './locale';
import { accountFromDirectory } from './directory';
import {
	checkEmail,
	checkText,
	normalizeEmail,
	type FieldErrors,
	type Validated
} from './validation';

export interface CreateWorkspaceInput {
	name: string;
	email: string;
	organization: string;
}

export type CreateWorkspaceField = keyof CreateWorkspaceInput;

export const NAME_MAX = 100;
export const ORGANIZATION_MAX = 100;

/** Validates the first-run form; returns trimmed values or one error code per field. */
export function validateCreateWorkspace(
	input: CreateWorkspaceInput
): Validated<CreateWorkspaceInput, CreateWorkspaceField> {
	const name = checkText(input.name, { required: true, max: NAME_MAX });
	const email = checkEmail(input.email);
	const organization = checkText(input.organization, { required: true, max: ORGANIZATION_MAX });
	const errors: FieldErrors<CreateWorkspaceField> = {};
	if (name.code) errors.name = name.code;
	if (email.code) errors.email = email.code;
	if (organization.code) errors.organization = organization.code;
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: {
			name: name.value,
			email: normalizeEmail(email.value),
			organization: organization.value
		}
	};
}

export interface JoinInput {
	name: string;
	email: string;
}

export type JoinField = keyof JoinInput;

/** Validates the "Join workspace" form (the same rules as the first-run form's name and e-mail). */
export function validateJoin(input: JoinInput): Validated<JoinInput, JoinField> {
	const checked = validateCreateWorkspace({ ...input, organization: 'joined' });
	if (!checked.ok) {
		const errors: FieldErrors<JoinField> = {};
		if (checked.errors.name) errors.name = checked.errors.name;
		if (checked.errors.email) errors.email = checked.errors.email;
		return { ok: false, errors };
	}
	return { ok: true, value: { name: checked.value.name, email: checked.value.email } };
}

/** A partner administrator's user record (first admin of a workspace, or one who joined). */
export function newPartnerAdmin(
	input: JoinInput,
	ids: { personId: string; partnerAccountId: string; now: string }
): User {
	const { firstName, lastName } = splitName(input.name);
	return {
		id: ids.personId,
		accountId: ids.partnerAccountId,
		firstName,
		lastName,
		name: input.name,
		email: input.email,
		role: 'partner',
		source: 'console',
		registration: 'registered',
		active: true,
		extension: '',
		mobile: '',
		licenses: [],
		micloudConnected: false,
		iotConnected: false,
		registrationTokenHash: '',
		registrationTokenExpiresAt: '',
		password: null,
		scim: null,
		createdAt: ids.now,
		modifiedAt: ids.now,
		modifiedBy: ids.personId,
		modifiedByName: input.name
	};
}

/** Splits a full name into first and last name (the last word is the last name). */
export function splitName(full: string): { firstName: string; lastName: string } {
	const parts = full.trim().split(/\s+/);
	if (parts.length < 2) return { firstName: parts[0] ?? '', lastName: '' };
	return { firstName: parts.slice(0, -1).join(' '), lastName: parts[parts.length - 1] ?? '' };
}

/**
 * A fresh 9-digit Account ID not in `taken`. `random` returns integers in [0, 1e9); the first
 * digit is never 0 so IDs keep their 9 digits in spreadsheets.
 */
export function newAccountNumber(
	taken: { has(number: string): boolean },
	random: () => number
): string {
	for (let attempt = 0; attempt < 1000; attempt += 1) {
		const candidate = String(100_000_000 + (random() % 900_000_000));
		if (!taken.has(candidate)) return candidate;
	}
	throw new Error('No free Account ID found');
}

export interface NewWorkspaceIds {
	workspaceId: string;
	partnerAccountId: string;
	personId: string;
	accountNumber: string;
	now: string;
	locale: Locale;
	publicKey: JsonWebKey;
}

/** The records that make up a new workspace: the workspace, its partner account and its first admin. */
export function newWorkspaceRecords(
	input: CreateWorkspaceInput,
	ids: NewWorkspaceIds
): { workspace: Workspace; account: Account; person: User } {
	const by = { modifiedAt: ids.now, modifiedBy: ids.personId, modifiedByName: input.name };
	return {
		workspace: {
			id: ids.workspaceId,
			name: input.organization,
			partnerAccountId: ids.partnerAccountId,
			createdAt: ids.now,
			createdBy: ids.personId,
			publicKey: ids.publicKey
		},
		// The partner account: its name, the rest filled in on its Account Information page.
		account: accountFromDirectory(
			{
				id: ids.partnerAccountId,
				accountNumber: ids.accountNumber,
				name: input.organization,
				status: 'active',
				isPartner: true,
				country: '',
				createdAt: ids.now,
				createdBy: ids.personId,
				...by
			},
			ids.locale
		),
		person: newPartnerAdmin(input, ids)
	};
}
