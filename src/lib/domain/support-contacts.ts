import type { SupportContact, UserRole } from './model';
import { isValidEmail, normalizeEmail } from './validation';

/**
 * Support contacts of an account (spec 10, guide 2.9): partner users picked from suggestions, or
 * explicit e-mail addresses typed and confirmed. At least one; no duplicates.
 */
export type ContactError =
	/** A typed address is not an e-mail address ("Contains an invalid email"). */
	| 'invalid_email'
	/** Removing it would leave none ("At least one support contact is required."). */
	| 'last_contact'
	/** Account admins cannot pick or remove partner users. */
	| 'forbidden';

export type ContactResult =
	{ ok: true; contacts: SupportContact[] } | { ok: false; error: ContactError };

/** Who edits the list: a partner may do everything, an account admin only explicit e-mails. */
export type ContactEditor = Extract<UserRole, 'partner' | 'account_admin'>;

/** What a chip shows and its remove button names: the person's name, or the address. */
export function contactLabel(contact: SupportContact): string {
	return contact.kind === 'user' ? contact.name || contact.email : contact.email;
}

/** The same contact: the same partner user, or the same address (case-insensitive) either way. */
export function sameContact(a: SupportContact, b: SupportContact): boolean {
	if (a.kind === 'user' && b.kind === 'user' && a.userId === b.userId) return true;
	return normalizeEmail(a.email) === normalizeEmail(b.email);
}

/** A typed address as a contact, or null when it is not a valid e-mail address. */
export function typedContact(text: string): SupportContact | null {
	const email = text.trim();
	if (!isValidEmail(email)) return null;
	return { kind: 'email', email: normalizeEmail(email) };
}

/** Adds a contact; a duplicate leaves the list as it is. */
export function addContact(
	contacts: readonly SupportContact[],
	contact: SupportContact,
	editor: ContactEditor
): ContactResult {
	if (contact.kind === 'user' && editor !== 'partner') return { ok: false, error: 'forbidden' };
	if (contact.kind === 'email' && !isValidEmail(contact.email))
		return { ok: false, error: 'invalid_email' };
	if (contacts.some((c) => sameContact(c, contact))) return { ok: true, contacts: [...contacts] };
	return { ok: true, contacts: [...contacts, contact] };
}

/** Adds what was typed and confirmed with Enter. */
export function addTypedContact(
	contacts: readonly SupportContact[],
	text: string,
	editor: ContactEditor
): ContactResult {
	const contact = typedContact(text);
	if (!contact) return { ok: false, error: 'invalid_email' };
	return addContact(contacts, contact, editor);
}

/**
 * Removes a contact. `keepOne` (an existing account) refuses to remove the last one; while an
 * account is being created the list may be empty until "Save" asks for one.
 */
export function removeContact(
	contacts: readonly SupportContact[],
	contact: SupportContact,
	editor: ContactEditor,
	keepOne = true
): ContactResult {
	if (!canRemoveContact(contact, editor)) return { ok: false, error: 'forbidden' };
	const rest = contacts.filter((c) => !sameContact(c, contact));
	if (keepOne && rest.length === 0 && contacts.length > 0)
		return { ok: false, error: 'last_contact' };
	return { ok: true, contacts: rest };
}

export function canRemoveContact(contact: SupportContact, editor: ContactEditor): boolean {
	return editor === 'partner' || contact.kind === 'email';
}

/**
 * Whether an editor may turn one list into another: an account admin may add and remove
 * explicit addresses only, so the partner users on the list must stay exactly the same.
 */
export function contactChangeAllowed(
	before: readonly SupportContact[],
	after: readonly SupportContact[],
	editor: ContactEditor
): boolean {
	if (editor === 'partner') return true;
	const users = (list: readonly SupportContact[]) =>
		list
			.flatMap((c) => (c.kind === 'user' ? [c.userId] : []))
			.sort()
			.join(',');
	return users(before) === users(after);
}

/** Drops duplicates and invalid addresses from a list (e.g. one read from an import). */
export function uniqueContacts(contacts: readonly SupportContact[]): SupportContact[] {
	const out: SupportContact[] = [];
	for (const contact of contacts) {
		if (contact.kind === 'email' && !isValidEmail(contact.email)) continue;
		if (!out.some((c) => sameContact(c, contact))) out.push(contact);
	}
	return out;
}
