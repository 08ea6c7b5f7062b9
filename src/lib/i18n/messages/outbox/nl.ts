import type { AreaMessages } from '../types';
import type { outbox } from './en';

export const nl: AreaMessages<typeof outbox> = {
	'email.welcome.subject': 'Welkom bij {account}',
	'email.welcome.body':
		'Hallo {name},\n\neen beheerder van {account} heeft een account voor u aangemaakt.\n\nOpen deze link om uw wachtwoord te kiezen en het aanmaken van uw account te voltooien:\n{link}\n\nDe link kan één keer worden gebruikt en is {days} dagen geldig.\n',
	'email.reset.subject': 'Uw wachtwoord voor {account} opnieuw instellen',
	'email.reset.body':
		'Hallo {name},\n\neen beheerder van {account} heeft gevraagd uw wachtwoord opnieuw in te stellen.\n\nOpen deze link om een nieuw wachtwoord te kiezen:\n{link}\n\nDe link kan één keer worden gebruikt en is {days} dagen geldig. Als u deze e-mail niet verwachtte, kunt u hem negeren.\n'
};
