import type { AreaMessages } from '../types';
import type { dashboard } from './en';

export const nl: AreaMessages<typeof dashboard> = {
	'dashboard.view_account': 'Account bekijken',
	'dashboard.view_users': 'Gebruikers bekijken',
	'dashboard.add_user': 'Een gebruiker toevoegen',
	'dashboard.count_outbox': 'E-mails in Postvak UIT',
	'dashboard.sample_title': 'Voorbeeldgegevens',
	'dashboard.sample_intro':
		'Probeer Switchboard uit met realistische demogegevens: klantaccounts in verschillende landen, gebruikers met namen uit zes talen, licenties en gebeurtenissen van de afgelopen 90 dagen. Kies een kleine demo of een grote set die de console op schaal laat zien. U kunt de gegevens op elk moment weer verwijderen.',
	'dashboard.sample_load': 'Voorbeeldgegevens laden',
	'dashboard.sample_size': 'Grootte',
	'dashboard.sample_small': 'Klein',
	'dashboard.sample_small_hint':
		'{accounts} klantaccounts in verschillende landen, {users} gebruikers met namen uit zes talen, licenties en {events} gebeurtenissen van de afgelopen 90 dagen. Duurt enkele seconden.',
	'dashboard.sample_large': 'Groot',
	'dashboard.sample_large_hint':
		'Alles uit "Klein", plus {name}: één account met {scaleUsers} gebruikers en {scaleEvents} gebeurtenissen, om de console op schaal te zien. In totaal {accounts} accounts, {users} gebruikers en {events} gebeurtenissen. Duurt enkele minuten.',
	'dashboard.sample_large_add_hint':
		'Voegt {name} toe aan de al geladen voorbeeldgegevens: één account met {users} gebruikers en {events} gebeurtenissen, om de console op schaal te zien. Duurt enkele minuten.',
	'dashboard.sample_size_loaded': 'Al geladen in deze werkruimte.',
	'dashboard.sample_cancel_hint':
		'"Annuleren" stopt het laden en verwijdert wat tot dan toe is geladen.',
	'dashboard.sample_load_button': 'Laden',
	'dashboard.sample_cancelling': 'Wordt gestopt: wat al is geladen, wordt verwijderd…',
	'dashboard.sample_cancelled': 'Laden gestopt. Wat tot dan toe was geladen, is verwijderd.',
	'dashboard.sample_loading': 'Voorbeeldgegevens worden geladen…',
	'dashboard.sample_removing': 'Voorbeeldgegevens worden verwijderd…',
	'dashboard.sample_progress': '{done} van {total} records',
	'dashboard.sample_present':
		'Deze werkruimte bevat voorbeeldgegevens. Verwijder ze voordat u met uw eigen klantaccounts gaat werken.',
	'dashboard.sample_remove': 'Voorbeeldgegevens verwijderen',
	'dashboard.sample_remove_title': 'Voorbeeldgegevens verwijderen?',
	'dashboard.sample_remove_text':
		'Hiermee worden de voorbeeldklantaccounts, hun gebruikers en hun eventgeschiedenis uit deze werkruimte verwijderd. Al het andere blijft zoals het is.',
	'dashboard.sample_remove_confirm': 'Verwijderen',
	'dashboard.sample_loaded':
		'Voorbeeldgegevens geladen: {accounts} accounts, {users} gebruikers, {events} gebeurtenissen.',
	'dashboard.sample_removed':
		'Voorbeeldgegevens verwijderd: {accounts} accounts, {users} gebruikers.',
	'dashboard.sample_not_empty':
		'Voorbeeldgegevens kunnen alleen worden geladen in een werkruimte zonder klantaccounts.',
	'dashboard.sample_already_loaded': 'Deze voorbeeldgegevens zijn al geladen.',
	'dashboard.sample_not_loaded':
		'Er zijn op dit apparaat geen voorbeeldgegevens om te verwijderen.',
	'dashboard.sample_forbidden':
		'Alleen partnerbeheerders kunnen voorbeeldgegevens laden of verwijderen.'
};
