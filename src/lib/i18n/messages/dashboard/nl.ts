import type { AreaMessages } from '../types';
import type { dashboard } from './en';

export const nl: AreaMessages<typeof dashboard> = {
	'dashboard.view_account': 'Account bekijken',
	'dashboard.view_users': 'Gebruikers bekijken',
	'dashboard.add_user': 'Een gebruiker toevoegen',
	'dashboard.count_outbox': 'E-mails in Postvak UIT',
	'dashboard.sample_title': 'Voorbeeldgegevens',
	'dashboard.sample_intro':
		'Probeer Switchboard uit met een realistische demo: 25 klantaccounts in verschillende landen, 2.500 gebruikers met namen uit zes talen, licenties en 20.000 gebeurtenissen van de afgelopen 90 dagen. U kunt de demo op elk moment weer verwijderen.',
	'dashboard.sample_load': 'Voorbeeldgegevens laden',
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
	'dashboard.sample_not_loaded':
		'Er zijn op dit apparaat geen voorbeeldgegevens om te verwijderen.',
	'dashboard.sample_forbidden':
		'Alleen partnerbeheerders kunnen voorbeeldgegevens laden of verwijderen.'
};
