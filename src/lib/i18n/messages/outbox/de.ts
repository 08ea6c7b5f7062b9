import type { AreaMessages } from '../types';
import type { outbox } from './en';

export const de: AreaMessages<typeof outbox> = {
	'email.welcome.subject': 'Willkommen bei {account}',
	'email.welcome.body':
		'Hallo {name},\n\nein Administrator von {account} hat ein Konto für Sie angelegt.\n\nÖffnen Sie diesen Link, um Ihr Passwort festzulegen und die Einrichtung Ihres Kontos abzuschließen:\n{link}\n\nDer Link kann einmal verwendet werden und ist {days} Tage gültig.\n',
	'email.reset.subject': 'Passwort für {account} zurücksetzen',
	'email.reset.body':
		'Hallo {name},\n\nein Administrator von {account} hat das Zurücksetzen Ihres Passworts angefordert.\n\nÖffnen Sie diesen Link, um ein neues Passwort festzulegen:\n{link}\n\nDer Link kann einmal verwendet werden und ist {days} Tage gültig. Wenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.\n'
};
