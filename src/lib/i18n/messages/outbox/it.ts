import type { AreaMessages } from '../types';
import type { outbox } from './en';

export const it: AreaMessages<typeof outbox> = {
	'email.welcome.subject': 'Benvenuto in {account}',
	'email.welcome.body':
		"Gentile {name},\n\nun amministratore di {account} ha creato un account per lei.\n\nAprire questo link per scegliere la password e completare la creazione dell'account:\n{link}\n\nIl link può essere usato una sola volta ed è valido per {days} giorni.\n",
	'email.reset.subject': 'Reimpostazione della password per {account}',
	'email.reset.body':
		'Gentile {name},\n\nun amministratore di {account} ha richiesto la reimpostazione della sua password.\n\nAprire questo link per scegliere una nuova password:\n{link}\n\nIl link può essere usato una sola volta ed è valido per {days} giorni. Se non si aspettava questa e-mail, può ignorarla.\n'
};
