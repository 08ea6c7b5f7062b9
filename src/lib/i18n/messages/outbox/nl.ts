import type { AreaMessages } from '../types';
import type { outbox } from './en';

export const nl: AreaMessages<typeof outbox> = {
	'email.welcome.subject': 'Welkom bij {account}',
	'email.welcome.body':
		'Hallo {name},\n\nEen beheerder van {account} heeft een account voor u aangemaakt.\n\nOpen deze link om uw wachtwoord te kiezen en het aanmaken van uw account te voltooien:\n{link}\n\nDe link kan één keer worden gebruikt en is {days} dagen geldig.\n',
	'email.reset.subject': 'Uw wachtwoord voor {account} opnieuw instellen',
	'email.reset.body':
		'Hallo {name},\n\nEen beheerder van {account} heeft gevraagd uw wachtwoord opnieuw in te stellen.\n\nOpen deze link om een nieuw wachtwoord te kiezen:\n{link}\n\nDe link kan één keer worden gebruikt en is {days} dagen geldig. Als u deze e-mail niet verwachtte, kunt u hem negeren.\n',

	'outbox.title': 'Postvak UIT',
	'outbox.intro':
		'E-mails worden niet vanaf dit apparaat verzonden. Open elke e-mail in uw e-mailapp of download deze en markeer de e-mail daarna als verzonden.',
	'outbox.col_to': 'AAN',
	'outbox.col_subject': 'ONDERWERP',
	'outbox.col_kind': 'SOORT',
	'outbox.col_created': 'AANGEMAAKT',
	'outbox.col_status': 'STATUS',
	'outbox.col_actions': 'Acties',
	'outbox.kind.welcome': 'Welkomstmail',
	'outbox.kind.password_reset': 'Wachtwoord resetten',
	'outbox.kind.deployment': 'Implementatie',
	'outbox.kind.support_reminder': 'Ondersteuningsherinnering',
	'outbox.status.queued': 'In wachtrij',
	'outbox.status.sent': 'Verzonden',
	'outbox.sent_at': 'Verzonden op {date}',
	'outbox.view_message': 'Bericht bekijken',
	'outbox.message.to': 'Aan',
	'outbox.message.subject': 'Onderwerp',
	'outbox.message.created': 'Gemaakt',
	'outbox.message.body': 'Bericht',
	'outbox.open_mail': 'Openen in e-mailapp',
	'outbox.download_eml': '.eml downloaden',
	'outbox.mark_sent': 'Markeren als verzonden',
	'outbox.download_zip': 'Alles downloaden als .zip',
	'outbox.preparing_zip': 'Het .zip-bestand wordt gemaakt…',
	'outbox.zip_failed': 'Het .zip-bestand kon niet worden gemaakt. De details staan bij Meldingen.',
	'outbox.zip_timeout':
		'Het maken van het .zip-bestand duurde te lang en is gestopt. Probeer het opnieuw.',
	'outbox.empty':
		'Nog geen e-mails. Welkomstmails en e-mails om wachtwoorden te resetten verschijnen hier wanneer gebruikers worden toegevoegd of wachtwoorden worden gereset.',
	'outbox.summary.one': '{count} e-mail, {queued} in wachtrij',
	'outbox.summary.other': '{count} e-mails, {queued} in wachtrij',
	'outbox.pages': 'Pagina’s van Postvak UIT',
	'outbox.previous': 'Vorige',
	'outbox.next': 'Volgende',
	'outbox.range': '{from}–{to} van {total}',
	'outbox.no_permission': 'U hebt geen toestemming om Postvak UIT te bekijken.',
	'register.title': 'Voltooi het aanmaken van uw account',
	'register.reset_title': 'Kies een nieuw wachtwoord',
	'register.intro': 'Kies een wachtwoord voor {email} ({account}).',
	'register.password': 'Wachtwoord',
	'register.confirm': 'Wachtwoord bevestigen',
	'register.finish': 'Voltooien',
	'register.password_short': 'Uw wachtwoord moet ten minste 8 tekens lang zijn.',
	'register.password_mismatch': 'De wachtwoorden komen niet overeen.',
	'register.checking': 'Uw link wordt gecontroleerd…',
	'register.invalid_title': 'Link niet meer geldig',
	'register.invalid':
		'Deze link is niet meer geldig. Vraag uw beheerder om een nieuwe welkomstmail.',
	'register.deactivated_title': 'Account gedeactiveerd',
	'register.deactivated':
		'Het account {account} is gedeactiveerd, daarom kan deze link niet worden gebruikt. Vraag uw beheerder het account opnieuw te activeren en u daarna een nieuwe e-mail te sturen.',
	'register.done': 'Uw account is klaar. U kunt deze pagina sluiten.',
	'register.reset_done': 'Uw nieuwe wachtwoord is opgeslagen. U kunt deze pagina sluiten.'
};
