import type { AreaMessages } from '../types';
import type { dashboard } from './en';

export const it: AreaMessages<typeof dashboard> = {
	'dashboard.view_account': 'Visualizza account',
	'dashboard.view_users': 'Visualizza utenti',
	'dashboard.add_user': 'Aggiungi utente',
	'dashboard.count_outbox': 'E-mail in coda nella Posta in uscita',
	'dashboard.sample_title': 'Dati di esempio',
	'dashboard.sample_intro':
		'Provare Switchboard con dati dimostrativi realistici: account cliente in diversi paesi, utenti con nomi in sei lingue, licenze ed eventi degli ultimi 90 giorni. Scegliere una demo piccola o un insieme grande che mostra la console su larga scala. I dati possono essere rimossi in qualsiasi momento.',
	'dashboard.sample_load': 'Carica dati di esempio',
	'dashboard.sample_size': 'Dimensione',
	'dashboard.sample_small': 'Piccola',
	'dashboard.sample_small_hint':
		'{accounts} account cliente in diversi paesi, {users} utenti con nomi in sei lingue, licenze e {events} eventi degli ultimi 90 giorni. Richiede alcuni secondi.',
	'dashboard.sample_large': 'Grande',
	'dashboard.sample_large_hint':
		'Tutto il contenuto di "Piccola" più {name}: un account con {scaleUsers} utenti e {scaleEvents} eventi, per vedere la console su larga scala. In totale {accounts} account, {users} utenti e {events} eventi. Richiede alcuni minuti.',
	'dashboard.sample_large_add_hint':
		'Aggiunge {name} ai dati di esempio già caricati: un account con {users} utenti e {events} eventi, per vedere la console su larga scala. Richiede alcuni minuti.',
	'dashboard.sample_size_loaded': 'Già caricati in questa area di lavoro.',
	'dashboard.sample_cancel_hint':
		'"Annulla" interrompe il caricamento in corso e rimuove quanto caricato fino a quel momento.',
	'dashboard.sample_load_button': 'Carica',
	'dashboard.sample_cancelling': 'Interruzione in corso: rimozione di quanto già caricato…',
	'dashboard.sample_cancelled':
		'Caricamento interrotto. Quanto caricato fino a quel momento è stato rimosso.',
	'dashboard.sample_loading': 'Caricamento dei dati di esempio…',
	'dashboard.sample_removing': 'Rimozione dei dati di esempio…',
	'dashboard.sample_progress': '{done} di {total} record',
	'dashboard.sample_present':
		'Questa area di lavoro contiene dati di esempio. Rimuoverli prima di iniziare a lavorare con gli account cliente reali.',
	'dashboard.sample_remove': 'Rimuovi dati di esempio',
	'dashboard.sample_remove_title': 'Rimuovere i dati di esempio?',
	'dashboard.sample_remove_text':
		'Verranno rimossi da questa area di lavoro gli account cliente di esempio, i loro utenti e la loro cronologia eventi. Tutto il resto rimane invariato.',
	'dashboard.sample_remove_confirm': 'Rimuovi',
	'dashboard.sample_loaded':
		'Dati di esempio caricati: {accounts} account, {users} utenti, {events} eventi.',
	'dashboard.sample_removed': 'Dati di esempio rimossi: {accounts} account, {users} utenti.',
	'dashboard.sample_not_empty':
		'I dati di esempio possono essere caricati solo in un’area di lavoro senza account cliente.',
	'dashboard.sample_already_loaded': 'Questi dati di esempio sono già caricati.',
	'dashboard.sample_not_loaded': 'Su questo dispositivo non ci sono dati di esempio da rimuovere.',
	'dashboard.sample_forbidden':
		'Solo gli amministratori partner possono caricare o rimuovere i dati di esempio.'
};
