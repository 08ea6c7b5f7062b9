import type { AreaMessages } from '../types';
import type { dashboard } from './en';

export const de: AreaMessages<typeof dashboard> = {
	'dashboard.view_account': 'Konto anzeigen',
	'dashboard.view_users': 'Benutzer anzeigen',
	'dashboard.add_user': 'Benutzer hinzufügen',
	'dashboard.count_outbox': 'E-Mails im Postausgang',
	'dashboard.sample_title': 'Beispieldaten',
	'dashboard.sample_intro':
		'Testen Sie Switchboard mit realistischen Demodaten: Kundenkonten in mehreren Ländern, Benutzer mit Namen aus sechs Sprachen, Lizenzen und Ereignisse der letzten 90 Tage. Wählen Sie eine kleine Demo oder einen großen Datensatz, der die Konsole im großen Maßstab zeigt. Sie können die Daten jederzeit wieder entfernen.',
	'dashboard.sample_load': 'Beispieldaten laden',
	'dashboard.sample_size': 'Größe',
	'dashboard.sample_small': 'Klein',
	'dashboard.sample_small_hint':
		'{accounts} Kundenkonten in mehreren Ländern, {users} Benutzer mit Namen aus sechs Sprachen, Lizenzen und {events} Ereignisse der letzten 90 Tage. Dauert einige Sekunden.',
	'dashboard.sample_large': 'Groß',
	'dashboard.sample_large_hint':
		'Alles aus „Klein“ und dazu {name}: ein Konto mit {scaleUsers} Benutzern und {scaleEvents} Ereignissen, um die Konsole im großen Maßstab zu sehen. Insgesamt {accounts} Konten, {users} Benutzer und {events} Ereignisse. Dauert einige Minuten.',
	'dashboard.sample_large_add_hint':
		'Fügt den bereits geladenen Beispieldaten {name} hinzu: ein Konto mit {users} Benutzern und {events} Ereignissen, um die Konsole im großen Maßstab zu sehen. Dauert einige Minuten.',
	'dashboard.sample_size_loaded': 'Bereits in diesem Arbeitsbereich geladen.',
	'dashboard.sample_cancel_hint':
		'„Abbrechen“ beendet einen laufenden Ladevorgang und entfernt, was bis dahin geladen wurde.',
	'dashboard.sample_load_button': 'Laden',
	'dashboard.sample_cancelling': 'Wird abgebrochen: Bereits Geladenes wird entfernt…',
	'dashboard.sample_cancelled': 'Laden abgebrochen. Was bis dahin geladen war, wurde entfernt.',
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
	'dashboard.sample_already_loaded': 'Diese Beispieldaten sind bereits geladen.',
	'dashboard.sample_not_loaded': 'Auf diesem Gerät gibt es keine Beispieldaten zum Entfernen.',
	'dashboard.sample_forbidden':
		'Nur Partner-Administratoren können Beispieldaten laden oder entfernen.'
};
