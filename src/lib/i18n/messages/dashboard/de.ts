import type { AreaMessages } from '../types';
import type { dashboard } from './en';

export const de: AreaMessages<typeof dashboard> = {
	'dashboard.view_account': 'Konto anzeigen',
	'dashboard.view_users': 'Benutzer anzeigen',
	'dashboard.add_user': 'Benutzer hinzufügen',
	'dashboard.count_outbox': 'E-Mails im Postausgang',
	'dashboard.sample_title': 'Beispieldaten',
	'dashboard.sample_intro':
		'Testen Sie Switchboard mit einer realistischen Demo: 25 Kundenkonten in mehreren Ländern, 2.500 Benutzer mit Namen aus sechs Sprachen, Lizenzen und 20.000 Ereignisse der letzten 90 Tage. Sie können die Demo jederzeit wieder entfernen.',
	'dashboard.sample_load': 'Beispieldaten laden',
	'dashboard.sample_loading': 'Beispieldaten werden geladen…',
	'dashboard.sample_removing': 'Beispieldaten werden entfernt…',
	'dashboard.sample_progress': '{done} von {total} Datensätzen',
	'dashboard.sample_present':
		'Dieser Arbeitsbereich enthält Beispieldaten. Entfernen Sie sie, bevor Sie mit Ihren eigenen Kundenkonten arbeiten.',
	'dashboard.sample_remove': 'Beispieldaten entfernen',
	'dashboard.sample_remove_title': 'Beispieldaten entfernen?',
	'dashboard.sample_remove_text':
		'Dadurch werden die Beispiel-Kundenkonten, ihre Benutzer und ihr Ereignisverlauf aus diesem Arbeitsbereich entfernt. Alles andere bleibt unverändert.',
	'dashboard.sample_remove_confirm': 'Entfernen',
	'dashboard.sample_loaded':
		'Beispieldaten geladen: {accounts} Konten, {users} Benutzer, {events} Ereignisse.',
	'dashboard.sample_removed': 'Beispieldaten entfernt: {accounts} Konten, {users} Benutzer.',
	'dashboard.sample_not_empty':
		'Beispieldaten können nur in einen Arbeitsbereich ohne Kundenkonten geladen werden.',
	'dashboard.sample_not_loaded': 'Auf diesem Gerät gibt es keine Beispieldaten zum Entfernen.',
	'dashboard.sample_forbidden':
		'Nur Partner-Administratoren können Beispieldaten laden oder entfernen.'
};
