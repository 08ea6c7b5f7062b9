import type { Locale } from './locale';
import { foldText } from './text';

/** Destructive actions that ask the person to type a word (spec 00, rule 2). */
export type ConfirmAction =
	'deactivate' | 'reactivate' | 'delete' | 'remove' | 'revert' | 'convert';

/** The word of each action in each language (glossary); English is always accepted too. */
export const CONFIRM_WORDS: Record<ConfirmAction, Record<Locale, string>> = {
	deactivate: {
		en: 'deactivate',
		de: 'deaktivieren',
		nl: 'deactiveren',
		it: 'disattivare',
		es: 'desactivar',
		fr: 'désactiver'
	},
	reactivate: {
		en: 'reactivate',
		de: 'reaktivieren',
		nl: 'heractiveren',
		it: 'riattivare',
		es: 'reactivar',
		fr: 'réactiver'
	},
	delete: {
		en: 'delete',
		de: 'löschen',
		nl: 'verwijderen',
		it: 'eliminare',
		es: 'eliminar',
		fr: 'supprimer'
	},
	remove: {
		en: 'remove',
		de: 'entfernen',
		nl: 'verwijderen',
		it: 'rimuovere',
		es: 'quitar',
		fr: 'retirer'
	},
	revert: {
		en: 'revert',
		de: 'zurücksetzen',
		nl: 'terugzetten',
		it: 'ripristinare',
		es: 'revertir',
		fr: 'rétablir'
	},
	convert: {
		en: 'convert',
		de: 'umwandeln',
		nl: 'omzetten',
		it: 'convertire',
		es: 'convertir',
		fr: 'convertir'
	}
};

export function confirmWord(action: ConfirmAction, locale: Locale): string {
	return CONFIRM_WORDS[action][locale];
}

/** Whether what was typed confirms the action: trimmed, case- and diacritics-insensitive. */
export function confirms(action: ConfirmAction, locale: Locale, typed: string): boolean {
	const value = foldText(typed);
	if (value === '') return false;
	return value === foldText(CONFIRM_WORDS[action][locale]) || value === CONFIRM_WORDS[action].en;
}
