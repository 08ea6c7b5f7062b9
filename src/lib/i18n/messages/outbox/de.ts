import type { AreaMessages } from '../types';
import type { outbox } from './en';

export const de: AreaMessages<typeof outbox> = {
	'email.welcome.subject': 'Willkommen bei {account}',
	'email.welcome.body':
		'Hallo {name},\n\nein Administrator von {account} hat ein Konto für Sie angelegt.\n\nÖffnen Sie diesen Link, um Ihr Passwort festzulegen und die Einrichtung Ihres Kontos abzuschließen:\n{link}\n\nDer Link kann einmal verwendet werden und ist {days} Tage gültig.\n',
	'email.reset.subject': 'Passwort für {account} zurücksetzen',
	'email.reset.body':
		'Hallo {name},\n\nein Administrator von {account} hat das Zurücksetzen Ihres Passworts angefordert.\n\nÖffnen Sie diesen Link, um ein neues Passwort festzulegen:\n{link}\n\nDer Link kann einmal verwendet werden und ist {days} Tage gültig. Wenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.\n',

	'outbox.title': 'Postausgang',
	'outbox.intro':
		'E-Mails werden nicht von diesem Gerät gesendet. Öffnen Sie jede E-Mail in Ihrem E-Mail-Programm oder laden Sie sie herunter und markieren Sie sie dann als gesendet.',
	'outbox.col_to': 'AN',
	'outbox.col_subject': 'BETREFF',
	'outbox.col_kind': 'ART',
	'outbox.col_created': 'ERSTELLT',
	'outbox.col_status': 'STATUS',
	'outbox.col_actions': 'Aktionen',
	'outbox.kind.welcome': 'Willkommens-E-Mail',
	'outbox.kind.password_reset': 'Passwort zurücksetzen',
	'outbox.kind.deployment': 'Bereitstellung',
	'outbox.kind.support_reminder': 'Support-Erinnerung',
	'outbox.status.queued': 'In Warteschlange',
	'outbox.status.sent': 'Gesendet',
	'outbox.sent_at': 'Gesendet am {date}',
	'outbox.view_message': 'Nachricht anzeigen',
	'outbox.message.to': 'An',
	'outbox.message.subject': 'Betreff',
	'outbox.message.created': 'Erstellt',
	'outbox.message.body': 'Nachricht',
	'outbox.open_mail': 'Im E-Mail-Programm öffnen',
	'outbox.download_eml': '.eml herunterladen',
	'outbox.mark_sent': 'Als gesendet markieren',
	'outbox.download_zip': 'Alle als .zip herunterladen',
	'outbox.preparing_zip': 'Die .zip-Datei wird erstellt…',
	'outbox.zip_failed':
		'Die .zip-Datei konnte nicht erstellt werden. Die Details finden Sie unter Benachrichtigungen.',
	'outbox.zip_timeout':
		'Das Erstellen der .zip-Datei hat zu lange gedauert und wurde abgebrochen. Bitte versuchen Sie es erneut.',
	'outbox.empty':
		'Noch keine E-Mails. Willkommens-E-Mails und E-Mails zum Zurücksetzen von Passwörtern erscheinen hier, wenn Benutzer hinzugefügt oder Passwörter zurückgesetzt werden.',
	'outbox.summary.one': '{count} E-Mail, {queued} in Warteschlange',
	'outbox.summary.other': '{count} E-Mails, {queued} in Warteschlange',
	'outbox.pages': 'Seiten des Postausgangs',
	'outbox.previous': 'Zurück',
	'outbox.next': 'Weiter',
	'outbox.range': '{from}–{to} von {total}',
	'outbox.no_permission': 'Sie haben keine Berechtigung, den Postausgang anzuzeigen.',
	'register.title': 'Schließen Sie die Einrichtung Ihres Kontos ab',
	'register.reset_title': 'Wählen Sie ein neues Passwort',
	'register.intro': 'Wählen Sie ein Passwort für {email} ({account}).',
	'register.password': 'Passwort',
	'register.confirm': 'Passwort bestätigen',
	'register.finish': 'Fertig stellen',
	'register.password_short': 'Ihr Passwort muss mindestens 8 Zeichen enthalten.',
	'register.password_mismatch': 'Die Passwörter stimmen nicht überein.',
	'register.checking': 'Ihr Link wird geprüft…',
	'register.invalid_title': 'Link nicht mehr gültig',
	'register.invalid':
		'Dieser Link ist nicht mehr gültig. Bitten Sie Ihren Administrator um eine neue Willkommens-E-Mail.',
	'register.deactivated_title': 'Konto deaktiviert',
	'register.deactivated':
		'Das Konto {account} ist deaktiviert, daher kann dieser Link nicht verwendet werden. Bitten Sie Ihren Administrator, das Konto zu reaktivieren und Ihnen dann eine neue E-Mail zu senden.',
	'register.done': 'Ihr Konto ist bereit. Sie können diese Seite schließen.',
	'register.reset_done': 'Ihr neues Passwort wurde gespeichert. Sie können diese Seite schließen.'
};
