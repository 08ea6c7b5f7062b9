import type { AreaMessages } from '../types';
import type { outbox } from './en';

export const it: AreaMessages<typeof outbox> = {
	'email.welcome.subject': 'Benvenuto in {account}',
	'email.welcome.body':
		"Gentile {name},\n\nun amministratore di {account} ha creato un account per l’utente.\n\nAprire questo link per scegliere la password e completare la creazione dell'account:\n{link}\n\nIl link può essere usato una sola volta ed è valido per {days} giorni.\n",
	'email.reset.subject': 'Reimpostazione della password per {account}',
	'email.reset.body':
		'Gentile {name},\n\nun amministratore di {account} ha richiesto la reimpostazione della password.\n\nAprire questo link per scegliere una nuova password:\n{link}\n\nIl link può essere usato una sola volta ed è valido per {days} giorni. Se non si aspettava questa e-mail, può ignorarla.\n',

	'outbox.title': 'Posta in uscita',
	'outbox.intro':
		'Le e-mail non vengono inviate da questo dispositivo. Aprire ogni e-mail nell’app di posta o scaricarla, quindi segnarla come inviata.',
	'outbox.col_to': 'A',
	'outbox.col_subject': 'OGGETTO',
	'outbox.col_kind': 'TIPO',
	'outbox.col_created': 'CREATA',
	'outbox.col_status': 'STATO',
	'outbox.col_actions': 'Azioni',
	'outbox.kind.welcome': 'E-mail di benvenuto',
	'outbox.kind.password_reset': 'Reimpostazione password',
	'outbox.kind.deployment': 'Implementazione',
	'outbox.kind.support_reminder': 'Promemoria di supporto',
	'outbox.status.queued': 'In coda',
	'outbox.status.sent': 'Inviata',
	'outbox.sent_at': 'Inviata il {date}',
	'outbox.view_message': 'Visualizza messaggio',
	'outbox.message.to': 'A',
	'outbox.message.subject': 'Oggetto',
	'outbox.message.created': 'Creato',
	'outbox.message.body': 'Messaggio',
	'outbox.open_mail': 'Apri nell’app di posta',
	'outbox.download_eml': 'Scarica .eml',
	'outbox.mark_sent': 'Segna come inviata',
	'outbox.download_zip': 'Scarica tutto come .zip',
	'outbox.preparing_zip': 'Creazione del file .zip in corso…',
	'outbox.zip_failed': 'Impossibile creare il file .zip. I dettagli sono nelle Notifiche.',
	'outbox.zip_timeout':
		'La creazione del file .zip ha richiesto troppo tempo ed è stata interrotta. Riprovare.',
	'outbox.empty':
		'Ancora nessuna e-mail. Le e-mail di benvenuto e di reimpostazione della password compaiono qui quando vengono aggiunti utenti o reimpostate password.',
	'outbox.summary.one': '{count} e-mail, {queued} in coda',
	'outbox.summary.other': '{count} e-mail, {queued} in coda',
	'outbox.pages': 'Pagine della posta in uscita',
	'outbox.previous': 'Indietro',
	'outbox.next': 'Avanti',
	'outbox.range': '{from}–{to} di {total}',
	'outbox.no_permission': 'Non si dispone dell’autorizzazione per visualizzare la posta in uscita.',
	'register.title': 'Completare la creazione dell’account',
	'register.reset_title': 'Scegliere una nuova password',
	'register.intro': 'Scegliere una password per {email} ({account}).',
	'register.password': 'Password',
	'register.confirm': 'Conferma password',
	'register.finish': 'Completa',
	'register.password_short': 'La password deve contenere almeno 8 caratteri.',
	'register.password_mismatch': 'Le password non corrispondono.',
	'register.checking': 'Verifica del link in corso…',
	'register.invalid_title': 'Link non più valido',
	'register.invalid':
		'Questo link non è più valido. Chiedere all’amministratore una nuova e-mail di benvenuto.',
	'register.deactivated_title': 'Account disattivato',
	'register.deactivated':
		'L’account {account} è disattivato, quindi questo link non può essere utilizzato. Chiedere all’amministratore di riattivare l’account e poi di inviare una nuova e-mail.',
	'register.done': 'L’account è pronto. Questa pagina può essere chiusa.',
	'register.reset_done': 'La nuova password è stata salvata. Questa pagina può essere chiusa.'
};
