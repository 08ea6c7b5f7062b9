import type { AreaMessages } from '../types';
import type { outbox } from './en';

export const fr: AreaMessages<typeof outbox> = {
	'email.welcome.subject': 'Bienvenue chez {account}',
	'email.welcome.body':
		"Bonjour {name},\n\nun administrateur de {account} a créé un compte pour vous.\n\nOuvrez ce lien pour choisir votre mot de passe et terminer la création de votre compte :\n{link}\n\nLe lien ne peut être utilisé qu'une fois et reste valable {days} jours.\n",
	'email.reset.subject': 'Réinitialiser votre mot de passe pour {account}',
	'email.reset.body':
		"Bonjour {name},\n\nun administrateur de {account} a demandé la réinitialisation de votre mot de passe.\n\nOuvrez ce lien pour choisir un nouveau mot de passe :\n{link}\n\nLe lien ne peut être utilisé qu'une fois et reste valable {days} jours. Si vous n'attendiez pas cet e-mail, vous pouvez l'ignorer.\n"
};
