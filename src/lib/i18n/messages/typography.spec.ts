/**
 * The glossary's "Voice, register and typography" rules, checked over every message, so a new
 * string written the old way fails here (../shared/i18n/glossary.md).
 */
import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it as italian } from './it';
import { nl } from './nl';

const entries = (messages: Record<string, string>) => Object.entries(messages);

describe('Italian uses the impersonal form', () => {
	// Lei/tu/voi forms of the verbs and pronouns the app would use when addressing the person.
	const PERSONAL =
		/\b(Lei|Suo|Sua|Suoi|Sue|tuo|tua|tuoi|tue|vostro|vostra|vostri|vostre|Apra|Scelga|Inserisca|Digiti|Chieda|Provi|Riprovi|Lasci|Trascini|Clicchi|Selezioni|Verifichi|Controlli|Attenda|Rimuova|Può chiudere|Non ha accesso|Non dispone)\b/;
	it('in every message', () => {
		expect(entries(italian).filter(([, text]) => PERSONAL.test(text))).toEqual([]);
	});

	it('calls Undo "Annulla"', () => {
		expect(italian['common.undo']).toBe('Annulla');
	});
});

describe('the full-name column does not read like the first-name field', () => {
	it('is NOME COMPLETO in Italian and NOMBRE COMPLETO in Spanish', () => {
		expect(italian['users.col.name']).toBe('NOME COMPLETO');
		expect(es['users.col.name']).toBe('NOMBRE COMPLETO');
	});
});

describe('French typography', () => {
	// A narrow no-break space before : ; ? ! and inside « »; one apostrophe style (’).
	const RULES: [string, RegExp][] = [
		['no narrow no-break space before ; ? !', /[^\u202f][;?!]/],
		['a plain space before :', /[ \u00a0]:/],
		['no narrow no-break space inside « »', /«[^\u202f]|[^\u202f]»/],
		['a straight apostrophe', /'/]
	];
	it('in every message', () => {
		const broken = entries(fr).flatMap(([key, text]) =>
			RULES.filter(([, rule]) => rule.test(text)).map(([why]) => `${key}: ${why}`)
		);
		expect(broken).toEqual([]);
	});
});

describe('letters', () => {
	it.each([
		['nl', nl],
		['es', es],
		['fr', fr],
		['en', en]
	] as const)(
		'%s: the sentence after the salutation starts with a capital',
		(_locale, messages) => {
			for (const key of ['email.welcome.body', 'email.reset.body'] as const) {
				const afterSalutation = messages[key].split('\n\n')[1] ?? '';
				expect(afterSalutation.charAt(0), key).toMatch(/\p{Lu}/u);
			}
		}
	);
});

describe('confirmation words are quoted in each language’s style', () => {
	it('quotes {word} in the instruction', () => {
		expect(de['confirm.instruction']).toContain('„{word}“');
		expect(fr['confirm.instruction']).toContain('«\u202f{word}\u202f»');
		expect(es['confirm.instruction']).toContain('«{word}»');
		expect(nl['confirm.instruction']).toContain('"{word}"');
		expect(italian['confirm.instruction']).toContain('"{word}"');
	});
});
