import type { AreaMessages } from '../types';
import type { accounts } from './en';

export const it: AreaMessages<typeof accounts> = {
	'accounts.add_button': 'Aggiungi account',

	'account.add_title': 'Aggiungi account',
	'account.field.name': 'Nome cliente',
	'account.field.country': 'Paese',
	'account.field.province': 'Provincia/stato',
	'account.field.address': 'Indirizzo',
	'account.field.city': 'Città',
	'account.field.postal_code': 'Codice postale/CAP',
	'account.field.language': 'Lingua predefinita',
	'account.field.business_type': 'Tipo di attività',
	'account.field.support_contacts': 'Contatti di supporto',
	'account.field.account_id': 'ID account',
	'account.field.cloud_location': 'Posizione nel cloud',
	'account.field.sap': 'Numero cliente SAP',
	'account.field.pbx_type': 'Tipo di PBX',
	'account.choose_country': 'Scegliere un paese',
	'account.choose_province': 'Scegliere uno stato o una provincia',
	'account.business_type.none': 'Non impostato',
	'account.business_type.enterprise': 'Grande impresa',
	'account.business_type.smb': 'Piccola/media impresa',
	'account.business_type.government': 'Pubblica amministrazione',
	'account.business_type.education': 'Istruzione',
	'account.business_type.healthcare': 'Sanità',
	'account.business_type.hospitality': 'Ospitalità',
	'account.business_type.retail': 'Commercio al dettaglio',
	'account.business_type.other': 'Altro',
	'account.cloud.north_america': 'Nord America',
	'account.cloud.europe': 'Europa',
	'account.cloud.asia_pacific': 'Asia-Pacifico',
	'account.sap_hint': "Viene compilato quando all'account viene assegnato un ordine.",

	'account.created': 'Account {name} creato.',
	'account.saved': 'Modifiche salvate.',
	'account.discard_title': 'Ignorare le modifiche?',
	'account.discard_text': 'I dati inseriti per il nuovo account andranno persi.',
	'account.discard': 'Ignora',
	'account.keep_editing': 'Continua a modificare',

	'account.error.name_taken': 'Esiste già un account con questo nome.',
	'account.error.country_invalid': "Scegliere un paese dall'elenco.",
	'account.error.province_invalid': "Scegliere uno stato o una provincia dall'elenco.",
	'account.error.postal_format':
		'Inserire un codice postale valido per questo paese, ad esempio {example}.',
	'account.error.postal_other': 'Inserire da 2 a 10 lettere, cifre, spazi o trattini.',
	'account.error.language_invalid': 'Scegliere una delle lingue.',
	'account.error.business_type_invalid': "Scegliere un tipo di attività dall'elenco.",
	'account.error.contacts_required': 'È necessario almeno un contatto di supporto.',
	'account.error.invalid_email': "Contiene un'e-mail non valida",
	'account.error.forbidden': "Non si dispone dell'autorizzazione per questa operazione.",
	'account.error.not_found': 'Questo account non esiste più.',
	'account.error.deactivated': 'Questo account è disattivato. Riattivarlo per modificarlo.',
	'account.error.read_only': 'Questi campi non possono essere modificati: {fields}',
	'account.error.partner_account': "L'account partner non può essere disattivato né eliminato.",
	'account.error.exists': "Impossibile ripristinare l'account perché esiste di nuovo.",

	'account.panel.customer_info': 'Informazioni cliente',
	'account.panel.support_contacts': 'Contatti di supporto',
	'account.panel.call_services': 'Servizi di chiamata',
	'account.panel.chat': 'Impostazioni chat',
	'account.copy_id': 'Copia ID account',
	'account.id_copied': 'ID account {number} copiato.',
	'account.bandwidth': 'Ottimizzazione della larghezza di banda',
	'account.chat_allow': "Consenti la modifica e l'eliminazione dei messaggi",
	'account.chat_hint':
		"Stabilisce se gli utenti dell'account possono modificare o eliminare i propri messaggi di chat nelle app.",
	'account.loading': 'Caricamento account…',
	'account.not_found_title': 'Account non trovato',
	'account.not_found_text':
		'Questo account non esiste su questo dispositivo oppure è stato eliminato.',
	'account.back': 'Torna agli account',
	'account.partner_note':
		'Questo è l’account partner dell’organizzazione. Non può essere disattivato né eliminato.',
	'account.deactivated_notice':
		'Questo account è disattivato: i suoi utenti non possono accedere e non può essere modificato finché non viene riattivato.',

	'account.deactivate': 'Disattiva',
	'account.reactivate': 'Riattiva',
	'account.delete': 'Elimina',
	'account.deactivate_title': 'Disattivare il cliente?',
	'account.reactivate_title': 'Riattivare il cliente?',
	'account.delete_title': 'Eliminare il cliente?',
	'account.deactivate_text':
		"Disattivando un account cliente, questo non sarà più attivo. È possibile riattivare l'account in seguito.",
	'account.reactivate_text':
		"Questo account cliente è stato disattivato. Per visualizzare, modificare o eliminare l'account, è necessario riattivarlo.",
	'account.delete_text':
		"L'eliminazione di un account rimuove l'account e i suoi utenti. Un gateway collegato viene ripristinato alle impostazioni di fabbrica.",
	'account.deactivated_done': 'Account {name} disattivato.',
	'account.reactivated_done': 'Account {name} riattivato.',
	'account.deleted_done': 'Account {name} eliminato.',
	'account.restored_done': 'Account {name} ripristinato.',

	'contacts.hint_partner':
		"Digitare parte del nome o dell'e-mail di un utente partner per sceglierlo, oppure digitare un indirizzo e-mail e premere Invio.",
	'contacts.hint_admin': 'Digitare un indirizzo e-mail e premere Invio.',
	'contacts.suggestions': 'Utenti partner suggeriti',
	'contacts.current': 'Contatti di supporto attuali',
	'contacts.none': 'Ancora nessun contatto di supporto.',
	'contacts.remove': 'Rimuovi {name}',
	'contacts.partner_user': 'Utente partner',
	'contacts.saved': 'Contatti di supporto salvati.'
};
