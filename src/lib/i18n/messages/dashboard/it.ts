import type { AreaMessages } from '../types';
import type { dashboard } from './en';

export const it: AreaMessages<typeof dashboard> = {
	'dashboard.view_account': 'Visualizza account',
	'dashboard.view_users': 'Visualizza utenti',
	'dashboard.add_user': 'Aggiungi utente',
	'dashboard.count_outbox': 'E-mail in coda nella Posta in uscita',
	'dashboard.sample_title': 'Dati di esempio',
	'dashboard.sample_intro':
		'Provare Switchboard con una demo realistica: 25 account cliente in diversi paesi, 2.500 utenti con nomi in sei lingue, licenze e 20.000 eventi degli ultimi 90 giorni. La demo può essere rimossa in qualsiasi momento.',
	'dashboard.sample_load': 'Carica dati di esempio',
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
	'dashboard.sample_not_loaded': 'Su questo dispositivo non ci sono dati di esempio da rimuovere.',
	'dashboard.sample_forbidden':
		'Solo gli amministratori partner possono caricare o rimuovere i dati di esempio.'
};
