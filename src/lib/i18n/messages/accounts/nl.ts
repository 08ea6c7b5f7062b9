import type { AreaMessages } from '../types';
import type { accounts } from './en';

export const nl: AreaMessages<typeof accounts> = {
	'accounts.add_button': 'Account toevoegen',

	'account.add_title': 'Account toevoegen',
	'account.field.name': 'Klantnaam',
	'account.field.country': 'Land',
	'account.field.province': 'Provincie/staat',
	'account.field.address': 'Adres',
	'account.field.city': 'Plaats',
	'account.field.postal_code': 'Postcode',
	'account.field.language': 'Standaardtaal',
	'account.field.business_type': 'Bedrijfstype',
	'account.field.support_contacts': 'Ondersteuningscontacten',
	'account.field.account_id': 'Account-ID',
	'account.field.cloud_location': 'Cloudlocatie',
	'account.field.sap': 'SAP-klantnummer',
	'account.field.pbx_type': 'PBX-type',
	'account.choose_country': 'Kies een land',
	'account.choose_province': 'Kies een staat of provincie',
	'account.business_type.none': 'Niet ingesteld',
	'account.business_type.enterprise': 'Grote onderneming',
	'account.business_type.smb': 'Klein/middelgroot bedrijf',
	'account.business_type.government': 'Overheid',
	'account.business_type.education': 'Onderwijs',
	'account.business_type.healthcare': 'Gezondheidszorg',
	'account.business_type.hospitality': 'Horeca',
	'account.business_type.retail': 'Detailhandel',
	'account.business_type.other': 'Overig',
	'account.cloud.north_america': 'Noord-Amerika',
	'account.cloud.europe': 'Europa',
	'account.cloud.asia_pacific': 'Azië-Pacific',
	'account.sap_hint': 'Wordt ingevuld zodra er een bestelling aan het account is toegewezen.',

	'account.created': 'Account {name} is aangemaakt.',
	'account.saved': 'Wijzigingen opgeslagen.',
	'account.discard_title': 'Wijzigingen verwerpen?',
	'account.discard_text': 'Wat u voor het nieuwe account hebt ingevoerd, gaat verloren.',
	'account.discard': 'Verwerpen',
	'account.keep_editing': 'Verder bewerken',

	'account.error.name_taken': 'Er bestaat al een account met deze naam.',
	'account.error.country_invalid': 'Kies een land uit de lijst.',
	'account.error.province_invalid': 'Kies een staat of provincie uit de lijst.',
	'account.error.postal_format':
		'Voer een geldige postcode voor dit land in, bijvoorbeeld {example}.',
	'account.error.postal_other': 'Voer 2 tot 10 letters, cijfers, spaties of streepjes in.',
	'account.error.language_invalid': 'Kies een van de talen.',
	'account.error.business_type_invalid': 'Kies een bedrijfstype uit de lijst.',
	'account.error.contacts_required': 'Er is ten minste één ondersteuningscontact vereist.',
	'account.error.invalid_email': 'Bevat een ongeldig e-mailadres',
	'account.error.forbidden': 'U hebt geen toestemming om dit te doen.',
	'account.error.not_found': 'Dit account bestaat niet meer.',
	'account.error.deactivated': 'Dit account is gedeactiveerd. Heractiveer het om het te wijzigen.',
	'account.error.read_only': 'Deze velden kunnen niet worden gewijzigd: {fields}',
	'account.error.partner_account':
		'Het partneraccount kan niet worden gedeactiveerd of verwijderd.',
	'account.error.exists': 'Het account kon niet worden hersteld, omdat het inmiddels weer bestaat.',

	'account.panel.customer_info': 'Klantgegevens',
	'account.panel.support_contacts': 'Ondersteuningscontacten',
	'account.panel.call_services': 'Oproepdiensten',
	'account.panel.chat': 'Chatinstellingen',
	'account.copy_id': 'Account-ID kopiëren',
	'account.id_copied': 'Account-ID {number} is gekopieerd.',
	'account.bandwidth': 'Bandbreedte Optimalisering',
	'account.chat_allow': 'Bewerken en verwijderen van berichten toestaan',
	'account.chat_hint':
		'Bepaalt of de gebruikers van het account hun chatberichten in de apps mogen bewerken of verwijderen.',
	'account.loading': 'Account wordt geladen…',
	'account.not_found_title': 'Account niet gevonden',
	'account.not_found_text': 'Dit account bestaat niet op dit apparaat, of het is verwijderd.',
	'account.back': 'Terug naar Accounts',
	'account.partner_note':
		'Dit is uw partneraccount. Het kan niet worden gedeactiveerd of verwijderd.',
	'account.deactivated_notice':
		'Dit account is gedeactiveerd: de gebruikers kunnen zich niet aanmelden en het kan pas worden gewijzigd nadat het opnieuw is geactiveerd.',

	'account.deactivate': 'Deactiveren',
	'account.reactivate': 'Heractiveren',
	'account.delete': 'Verwijderen',
	'account.deactivate_title': 'Klant deactiveren?',
	'account.reactivate_title': 'Klant heractiveren?',
	'account.delete_title': 'Klant verwijderen?',
	'account.deactivate_text':
		'Als u een klantaccount deactiveert, is het niet meer actief. U kunt het account later opnieuw activeren.',
	'account.reactivate_text':
		'Dit klantaccount is gedeactiveerd. Om het account te bekijken, te bewerken of te verwijderen, moet het opnieuw worden geactiveerd.',
	'account.delete_text':
		'Als u een account verwijdert, worden het account en de gebruikers ervan verwijderd. Een verbonden gateway wordt teruggezet naar de fabrieksinstellingen.',
	'account.deactivated_done': 'Account {name} is gedeactiveerd.',
	'account.reactivated_done': 'Account {name} is geheractiveerd.',
	'account.deleted_done': 'Account {name} is verwijderd.',
	'account.restored_done': 'Account {name} is hersteld.',

	'contacts.hint_partner':
		'Typ een deel van de naam of het e-mailadres van een partnergebruiker om deze te kiezen, of typ een e-mailadres en druk op Enter.',
	'contacts.hint_admin': 'Typ een e-mailadres en druk op Enter.',
	'contacts.suggestions': 'Voorgestelde partnergebruikers',
	'contacts.current': 'Huidige ondersteuningscontacten',
	'contacts.none': 'Nog geen ondersteuningscontacten.',
	'contacts.remove': '{name} verwijderen',
	'contacts.partner_user': 'Partnergebruiker',
	'contacts.saved': 'Ondersteuningscontacten opgeslagen.'
};
