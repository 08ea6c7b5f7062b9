import type { AreaMessages } from '../types';
import type { accounts } from './en';

export const de: AreaMessages<typeof accounts> = {
	'accounts.add_button': 'Konto hinzufügen',

	'account.add_title': 'Konto hinzufügen',
	'account.field.name': 'Kundenname',
	'account.field.country': 'Land',
	'account.field.province': 'Provinz/Staat',
	'account.field.address': 'Adresse',
	'account.field.city': 'Stadt',
	'account.field.postal_code': 'Postleitzahl',
	'account.field.language': 'Standardsprache',
	'account.field.business_type': 'Geschäftstyp',
	'account.field.support_contacts': 'Supportkontakte',
	'account.field.account_id': 'Konto-ID',
	'account.field.cloud_location': 'Cloud-Standort',
	'account.field.sap': 'SAP-Kundennummer',
	'account.field.pbx_type': 'PBX-Typ',
	'account.choose_country': 'Land auswählen',
	'account.choose_province': 'Bundesstaat oder Provinz auswählen',
	'account.business_type.none': 'Nicht festgelegt',
	'account.business_type.enterprise': 'Großunternehmen',
	'account.business_type.smb': 'Kleine und mittlere Unternehmen',
	'account.business_type.government': 'Behörde',
	'account.business_type.education': 'Bildung',
	'account.business_type.healthcare': 'Gesundheitswesen',
	'account.business_type.hospitality': 'Gastgewerbe',
	'account.business_type.retail': 'Einzelhandel',
	'account.business_type.other': 'Sonstiges',
	'account.cloud.north_america': 'Nordamerika',
	'account.cloud.europe': 'Europa',
	'account.cloud.asia_pacific': 'Asien-Pazifik',
	'account.sap_hint': 'Wird ausgefüllt, sobald dem Konto eine Bestellung zugewiesen wird.',

	'account.created': 'Konto {name} wurde angelegt.',
	'account.saved': 'Änderungen gespeichert.',
	'account.discard_title': 'Änderungen verwerfen?',
	'account.discard_text': 'Ihre Eingaben für das neue Konto gehen verloren.',
	'account.discard': 'Verwerfen',
	'account.keep_editing': 'Weiter bearbeiten',

	'account.error.name_taken': 'Es gibt bereits ein Konto mit diesem Namen.',
	'account.error.country_invalid': 'Wählen Sie ein Land aus der Liste.',
	'account.error.province_invalid': 'Wählen Sie einen Bundesstaat oder eine Provinz aus der Liste.',
	'account.error.postal_format':
		'Geben Sie eine für dieses Land gültige Postleitzahl ein, zum Beispiel {example}.',
	'account.error.postal_other':
		'Geben Sie 2 bis 10 Buchstaben, Ziffern, Leerzeichen oder Bindestriche ein.',
	'account.error.language_invalid': 'Wählen Sie eine der Sprachen.',
	'account.error.business_type_invalid': 'Wählen Sie einen Geschäftstyp aus der Liste.',
	'account.error.contacts_required': 'Mindestens ein Supportkontakt ist erforderlich.',
	'account.error.invalid_email': 'Enthält eine ungültige E-Mail',
	'account.error.forbidden': 'Sie haben keine Berechtigung für diese Aktion.',
	'account.error.not_found': 'Dieses Konto existiert nicht mehr.',
	'account.error.deactivated':
		'Dieses Konto ist deaktiviert. Aktivieren Sie es erneut, um es zu ändern.',
	'account.error.read_only': 'Diese Felder können nicht geändert werden: {fields}',
	'account.error.partner_account': 'Das Partnerkonto kann weder deaktiviert noch gelöscht werden.',
	'account.error.exists':
		'Das Konto konnte nicht wiederhergestellt werden, da es inzwischen wieder existiert.',

	'account.panel.customer_info': 'Kundeninformationen',
	'account.panel.support_contacts': 'Supportkontakte',
	'account.panel.call_services': 'Anrufdienste',
	'account.panel.chat': 'Chat-Einstellungen',
	'account.copy_id': 'Konto-ID kopieren',
	'account.id_copied': 'Konto-ID {number} wurde kopiert.',
	'account.bandwidth': 'Bandbreitenoptimierung',
	'account.chat_allow': 'Bearbeiten und Löschen von Meldungen erlauben',
	'account.chat_hint':
		'Legt fest, ob die Benutzer des Kontos ihre Chat-Nachrichten in den Apps bearbeiten oder löschen dürfen.',
	'account.loading': 'Konto wird geladen…',
	'account.not_found_title': 'Konto nicht gefunden',
	'account.not_found_text':
		'Dieses Konto ist auf diesem Gerät nicht vorhanden oder wurde gelöscht.',
	'account.back': 'Zurück zu den Konten',
	'account.partner_note':
		'Dies ist Ihr Partnerkonto. Es kann weder deaktiviert noch gelöscht werden.',
	'account.deactivated_notice':
		'Dieses Konto ist deaktiviert: Seine Benutzer können sich nicht anmelden, und es kann erst nach der erneuten Aktivierung geändert werden.',

	'account.deactivate': 'Deaktivieren',
	'account.reactivate': 'Erneut aktivieren',
	'account.delete': 'Löschen',
	'account.deactivate_title': 'Kunden deaktivieren?',
	'account.reactivate_title': 'Kunden erneut aktivieren?',
	'account.delete_title': 'Kunden löschen?',
	'account.deactivate_text':
		'Wenn Sie ein Kundenkonto deaktivieren, ist es nicht mehr aktiv. Sie können das Konto später erneut aktivieren.',
	'account.reactivate_text':
		'Dieses Kundenkonto wurde deaktiviert. Um das Konto anzuzeigen, zu bearbeiten oder zu löschen, muss es erneut aktiviert werden.',
	'account.delete_text':
		'Wenn Sie ein Konto löschen, werden das Konto und seine Benutzer entfernt. Ein verbundenes Gateway wird auf die Werkseinstellungen zurückgesetzt.',
	'account.deactivated_done': 'Konto {name} wurde deaktiviert.',
	'account.reactivated_done': 'Konto {name} wurde erneut aktiviert.',
	'account.deleted_done': 'Konto {name} wurde gelöscht.',
	'account.restored_done': 'Konto {name} wurde wiederhergestellt.',

	'contacts.hint_partner':
		'Geben Sie einen Teil des Namens oder der E-Mail-Adresse eines Partnerbenutzers ein, um ihn auszuwählen, oder geben Sie eine E-Mail-Adresse ein und drücken Sie die Eingabetaste.',
	'contacts.hint_admin': 'Geben Sie eine E-Mail-Adresse ein und drücken Sie die Eingabetaste.',
	'contacts.suggestions': 'Vorgeschlagene Partnerbenutzer',
	'contacts.current': 'Aktuelle Supportkontakte',
	'contacts.none': 'Noch keine Supportkontakte.',
	'contacts.remove': '{name} entfernen',
	'contacts.partner_user': 'Partnerbenutzer',
	'contacts.saved': 'Supportkontakte gespeichert.'
};
