import type { AreaMessages } from '../types';
import type { outbox } from './en';

export const fr: AreaMessages<typeof outbox> = {
	'email.welcome.subject': 'Bienvenue chez {account}',
	'email.welcome.body':
		'Bonjour {name},\n\nUn administrateur de {account} a créé un compte pour vous.\n\nOuvrez ce lien pour choisir votre mot de passe et terminer la création de votre compte :\n{link}\n\nLe lien ne peut être utilisé qu’une fois et reste valable {days} jours.\n',
	'email.reset.subject': 'Réinitialiser votre mot de passe pour {account}',
	'email.reset.body':
		'Bonjour {name},\n\nUn administrateur de {account} a demandé la réinitialisation de votre mot de passe.\n\nOuvrez ce lien pour choisir un nouveau mot de passe :\n{link}\n\nLe lien ne peut être utilisé qu’une fois et reste valable {days} jours. Si vous n’attendiez pas cet e-mail, vous pouvez l’ignorer.\n',

	'outbox.title': 'Boîte d’envoi',
	'outbox.intro':
		'Les e-mails ne sont pas envoyés depuis cet appareil. Ouvrez chacun d’eux dans votre messagerie ou téléchargez-le, puis marquez-le comme envoyé.',
	'outbox.col_to': 'À',
	'outbox.col_subject': 'OBJET',
	'outbox.col_kind': 'TYPE',
	'outbox.col_created': 'CRÉÉ',
	'outbox.col_status': 'STATUT',
	'outbox.col_actions': 'Actions',
	'outbox.kind.welcome': 'E-mail de bienvenue',
	'outbox.kind.password_reset': 'Réinitialisation du mot de passe',
	'outbox.kind.deployment': 'Déploiement',
	'outbox.kind.support_reminder': 'Rappel d’assistance',
	'outbox.status.queued': 'En attente',
	'outbox.status.sent': 'Envoyé',
	'outbox.sent_at': 'Envoyé le {date}',
	'outbox.view_message': 'Afficher le message',
	'outbox.message.to': 'À',
	'outbox.message.subject': 'Objet',
	'outbox.message.created': 'Créé',
	'outbox.message.body': 'Message',
	'outbox.open_mail': 'Ouvrir dans la messagerie',
	'outbox.download_eml': 'Télécharger le .eml',
	'outbox.mark_sent': 'Marquer comme envoyé',
	'outbox.download_zip': 'Tout télécharger en .zip',
	'outbox.preparing_zip': 'Préparation du fichier .zip…',
	'outbox.zip_failed':
		'Le fichier .zip n’a pas pu être créé. Les détails se trouvent dans Notifications.',
	'outbox.zip_timeout':
		'La création du fichier .zip a pris trop de temps et a été arrêtée. Veuillez réessayer.',
	'outbox.empty':
		'Aucun e-mail pour l’instant. Les e-mails de bienvenue et de réinitialisation du mot de passe apparaissent ici lorsque des utilisateurs sont ajoutés ou que des mots de passe sont réinitialisés.',
	'outbox.summary.one': '{count} e-mail, {queued} en attente',
	'outbox.summary.other': '{count} e-mails, {queued} en attente',
	'outbox.pages': 'Pages de la boîte d’envoi',
	'outbox.previous': 'Précédent',
	'outbox.next': 'Suivant',
	'outbox.range': '{from}–{to} sur {total}',
	'outbox.no_permission': 'Vous n’avez pas l’autorisation d’afficher la boîte d’envoi.',
	'register.title': 'Terminer de créer votre compte',
	'register.reset_title': 'Choisissez un nouveau mot de passe',
	'register.intro': 'Choisissez un mot de passe pour {email} ({account}).',
	'register.password': 'Mot de passe',
	'register.confirm': 'Confirmer le mot de passe',
	'register.finish': 'Terminer',
	'register.password_short': 'Le mot de passe doit contenir au moins 8 caractères.',
	'register.password_mismatch': 'Les mots de passe ne correspondent pas.',
	'register.checking': 'Vérification de votre lien…',
	'register.invalid_title': 'Ce lien n’est plus valide',
	'register.invalid':
		'Ce lien n’est plus valide. Demandez un nouvel e-mail de bienvenue à votre administrateur.',
	'register.deactivated_title': 'Compte désactivé',
	'register.deactivated':
		'Le compte {account} est désactivé : ce lien ne peut donc pas être utilisé. Demandez à votre administrateur de réactiver le compte, puis de vous envoyer un nouvel e-mail.',
	'register.done': 'Votre compte est prêt. Vous pouvez fermer cette page.',
	'register.reset_done': 'Votre nouveau mot de passe est enregistré. Vous pouvez fermer cette page.'
};
