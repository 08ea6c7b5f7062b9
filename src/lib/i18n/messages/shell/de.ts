import type { AreaMessages } from '../types';
import type { shell } from './en';

export const de: AreaMessages<typeof shell> = {
	'app.name': 'Switchboard',
	'app.loading': 'Switchboard wird geladen…',
	'app.skip_to_content': 'Zum Hauptinhalt springen',

	'welcome.title': 'Willkommen bei Switchboard',
	'welcome.intro':
		'Verwalten Sie Kundenkonten, Benutzer und Lizenzen auf diesem Gerät – online oder offline. Ihre Daten bleiben in diesem Browser, bis Sie sie synchronisieren.',
	'welcome.create_title': 'Arbeitsbereich erstellen',
	'welcome.create_intro':
		'Legen Sie einen neuen Partner-Arbeitsbereich an. Sie werden dessen erster Partneradministrator.',
	'welcome.your_name': 'Ihr Name',
	'welcome.email': 'E-Mail',
	'welcome.organization': 'Partnerorganisation',
	'welcome.create_button': 'Arbeitsbereich erstellen',
	'welcome.creating': 'Arbeitsbereich wird erstellt…',
	'welcome.profiles_title': 'Profile auf diesem Gerät',
	'welcome.continue_as': 'Weiter als {name}',
	'welcome.profile_detail': '{email} · {workspace}',

	'errors.required': 'Dieses Feld ist erforderlich.',
	'errors.too_long': 'Dieser Text ist zu lang.',
	'errors.email_invalid':
		'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.',
	'errors.quota':
		'Auf diesem Gerät ist kein Speicherplatz mehr frei. Geben Sie Speicherplatz frei und versuchen Sie es dann erneut. Es wurde nichts gespeichert.',
	'errors.version':
		'Switchboard wurde in einem anderen Tab aktualisiert. Laden Sie diesen Tab neu, um fortzufahren.',
	'errors.unexpected':
		'Ein Fehler ist aufgetreten. Bereits Gespeichertes bleibt erhalten; die Details finden Sie unter Benachrichtigungen.',
	'errors.timeout':
		'Der Vorgang hat zu lange gedauert und wurde abgebrochen. Versuchen Sie es erneut.',
	'errors.not_allowed':
		'Der Browser hat dies nicht erlaubt. Prüfen Sie die Berechtigungen dieser Website und versuchen Sie es erneut.',
	'errors.reload': 'Neu laden',

	'nav.main': 'Hauptnavigation',
	'nav.dashboard': 'Dashboard',
	'nav.accounts': 'Konten',
	'nav.settings': 'Einstellungen',
	'nav.outbox': 'Postausgang',
	'nav.account': 'Konto',
	'nav.users': 'Benutzer',
	'nav.support': 'Support',
	'nav.event_history': 'Ereignisverlauf',
	'nav.account_section': 'Kundenkonto',

	'sync.status': 'Synchronisierungsstatus',
	'sync.synced': 'Synchronisiert',
	'sync.syncing': 'Wird synchronisiert…',
	'sync.offline': 'Offline',
	'sync.not_syncing': 'Keine Synchronisierung',
	'sync.error': 'Synchronisierungsfehler',
	'sync.pending.one': '{count} Änderung ausstehend',
	'sync.pending.other': '{count} Änderungen ausstehend',
	'sync.details_title': 'Synchronisierung und Speicher',
	'sync.relay': 'Relay-Server',
	'sync.no_relay':
		'Kein Relay-Server konfiguriert: Alle Daten bleiben ausschließlich auf diesem Gerät.',
	'sync.last_sync': 'Letzte erfolgreiche Synchronisierung',
	'sync.never': 'Nie',
	'sync.pending_label': 'Ausstehende Änderungen',
	'sync.retry': 'Jetzt erneut versuchen',
	'sync.storage': 'Speicher',
	'storage.persistent': 'Der Speicher ist dauerhaft',
	'storage.keep': 'Daten auf diesem Gerät behalten',
	'storage.not_persistent':
		'Der Browser kann diese Daten löschen, wenn der Speicherplatz auf dem Gerät knapp wird.',
	'storage.usage': '{used} von {quota} belegt',
	'storage.unknown': 'Dieser Browser gibt die Speichernutzung nicht an.',
	'storage.denied': 'Der Browser hat dauerhaften Speicher für diese Website nicht zugelassen.',

	'notifications.button': 'Benachrichtigungen',
	'notifications.title': 'Benachrichtigungen',
	'notifications.empty': 'Keine Benachrichtigungen.',
	'notifications.dismiss_all': 'Alle ausblenden',
	'notifications.delete': 'Benachrichtigung löschen',
	'notifications.view_details': 'Details anzeigen',
	'notifications.hide_details': 'Details ausblenden',
	'notifications.unread.one': '{count} ungelesene Benachrichtigung',
	'notifications.unread.other': '{count} ungelesene Benachrichtigungen',
	'notify.bulk_finished': '{account}: {summary}',
	'notify.bulk_failed': '{account}: Die Aktion ist fehlgeschlagen: {summary}',
	'notify.workspace_created': 'Arbeitsbereich {name} wurde erstellt.',
	'notify.storage_denied':
		'Dieser Browser kann Switchboard-Daten löschen, wenn der Speicherplatz knapp wird. Öffnen Sie den Synchronisierungsstatus, um es erneut zu versuchen.',

	'avatar.menu': 'Profilmenü',
	'avatar.signed_in_as': 'Angemeldet als {name}',
	'avatar.switch_profile': 'Profil wechseln',
	'avatar.sign_out': 'Abmelden',
	'profiles.title': 'Profil wechseln',
	'profiles.current': 'aktuell',
	'profiles.add': 'Weiteren Arbeitsbereich erstellen',
	'common.close': 'Schließen',
	'common.save': 'Speichern',
	'common.undo': 'Rückgängig',
	'confirm.instruction': 'Geben Sie „{word}“ in das Feld unten ein, um fortzufahren.',
	'confirm.label': 'Zur Bestätigung {word} eingeben',
	'common.cancel': 'Abbrechen',
	'common.none': '—',

	'footer.language': 'Sprache',

	'dashboard.title': 'Dashboard',
	'dashboard.greeting': 'Willkommen, {name}',
	'dashboard.subtitle': 'Partner-Arbeitsbereich {workspace}',
	'dashboard.counts': 'Auf einen Blick',
	'dashboard.count_accounts': 'Kundenkonten',
	'dashboard.count_users': 'Benutzer',
	'dashboard.count_pending': 'Nicht synchronisierte Änderungen',
	'dashboard.view_accounts': 'Konten anzeigen',
	'dashboard.recent_events': 'Letzte Ereignisse',
	'dashboard.no_events': 'Noch keine Ereignisse.',

	'accounts.title': 'Konten',
	'accounts.show': 'Anzeigen',
	'accounts.active': 'Aktiv',
	'accounts.deactivated': 'Deaktiviert',
	'accounts.search': 'Konten suchen',
	'accounts.col_name': 'NAME',
	'accounts.col_id': 'KONTO-ID',
	'accounts.col_country': 'LAND',
	'accounts.col_users': 'BENUTZER',
	'accounts.col_modified': 'GEÄNDERT AM (VON)',
	'accounts.partner': 'Partnerkonto',
	'accounts.no_match': 'Keine Konten entsprechen Ihrer Suche.',
	'accounts.none': 'Keine Konten in dieser Liste.',
	'accounts.loading': 'Wird geladen…',
	'accounts.count.one': '{count} Konto',
	'accounts.count.other': '{count} Konten',
	'accounts.modified': '{date} ({name})',

	'event.col_actor': 'AKTOR-NAME',
	'event.col_action': 'AKTION',
	'event.col_asset': 'ASSET',
	'event.col_date': 'EREIGNISDATUM',
	'event.action.create': 'Erstellen',
	'event.action.edit': 'Bearbeiten',
	'event.action.delete': 'Löschen',
	'event.asset.account': 'Konto',
	'event.asset.user': 'Benutzer',

	'settings.title': 'Einstellungen',
	'presence.here': 'Ebenfalls hier',
	'presence.editing': '{name} bearbeitet',
	'presence.viewing': '{name} sieht sich das an',
	'notify.workspace_joined': 'Sie sind {name} beigetreten.',
	'nav.user_management': 'Benutzerverwaltung',
	'nav.account_managers': 'Account Manager',
	'join.title': 'Arbeitsbereich beitreten',
	'join.intro':
		'Hat ein Administrator Sie eingeladen? Fügen Sie den Einladungslink hier ein oder öffnen Sie ihn.',
	'join.paste_title': 'Einladungslink einfügen',
	'join.link_label': 'Einladungslink',
	'join.submit': 'Beitreten',
	'join.joining': 'Beitritt läuft…',
	'join.workspace': 'Arbeitsbereich',
	'join.role': 'Rolle',
	'join.role_partner': 'Administrator',
	'join.invalid_link':
		'Das ist kein Switchboard-Einladungslink. Kopieren Sie den ganzen Link aus der Einladung.',
	'join.used': 'Diese Einladung wurde bereits verwendet. Bitten Sie um eine neue.',
	'join.expired': 'Diese Einladung ist abgelaufen. Bitten Sie um eine neue.',
	'join.unreachable':
		'Der Relay-Server aus der Einladung ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
	'join.invalid': 'Diese Einladung lässt sich nicht öffnen. Bitten Sie um eine neue.',
	'join.no_sync':
		'Der Arbeitsbereich ist nicht vom Relay-Server angekommen. Versuchen Sie es bei besserer Verbindung erneut.',
	'am.title': 'Account Manager',
	'am.tab_managers': 'Account Manager ({count})',
	'am.tab_admins': 'Administratoren ({count})',
	'am.table_admins': 'Administratoren',
	'am.table_managers': 'Account Manager',
	'am.col.managed': 'VERWALTETE KONTEN',
	'am.you': 'Sie',
	'am.none_admins': 'Keine Administratoren.',
	'am.managers_only':
		'Nur Administratoren verwalten Account Manager. Als Account Manager sehen Sie die Ihnen zugewiesenen Kundenkonten.',
	'am.none_managers': 'Noch keine Account Manager.',
	'am.no_match': 'Keine Benutzer entsprechen Ihrer Suche.',
	'am.invite': 'Administrator einladen',
	'am.invite_link': 'Einladungslink',
	'am.copy': 'Kopieren',
	'am.copied': 'Kopiert. Der Link funktioniert einmal, 7 Tage lang.',
	'am.invite_help':
		'Geben Sie diesen Link dem neuen Administrator. Er funktioniert einmal, 7 Tage lang.',
	'am.no_relay':
		'Verbinden Sie dieses Gerät zuerst in den Einstellungen mit einem Relay-Server: Darüber erhält der neue Administrator den Arbeitsbereich.',
	'am.no_key':
		'Dieses Gerät kann keine Administratoren einladen: Es besitzt den Schlüssel des Arbeitsbereichs nicht.',
	'am.relay_refused':
		'Der Relay-Server hat die Einladung nicht angenommen. Versuchen Sie es erneut.',
	'am.convert_selected': 'Ausgewählte konvertieren',
	'am.convert_title': 'In Account Manager konvertieren?',
	'am.convert_text':
		'Die ausgewählten Administratoren werden Account Manager, zunächst ohne Konten: Sie sehen dann nur die ihnen zugewiesenen Kundenkonten.',
	'am.convert': 'Konvertieren',
	'am.progress_convert': 'In Account Manager konvertieren',
	'am.converted': '{count} in Account Manager konvertiert.',
	'am.upgrade_selected': 'Ausgewählte aktualisieren ({count})',
	'am.confirm_upgrade': 'Upgrade auf Administratoren bestätigen?',
	'am.upgrade_text':
		'Die ausgewählten Account Manager werden Administratoren: Sie sehen und verwalten alle Kundenkonten.',
	'am.confirm': 'Bestätigen',
	'am.progress_upgrade': 'Auf Administratoren aktualisieren',
	'am.upgraded': '{count} auf Administratoren aktualisiert.',
	'am.failed':
		'Die Änderung konnte nicht gespeichert werden. Nichts ist verloren: Versuchen Sie es erneut.',
	'am.manage_title': '{name} verwalten',
	'am.accounts_of': 'Konten des Account Managers',
	'am.tab_assigned': 'Zugewiesene Konten',
	'am.tab_unassigned': 'Nicht zugewiesene Konten',
	'am.search_accounts': 'Konten suchen',
	'am.assign': 'Zuweisen',
	'am.unassign': 'Zuweisung aufheben',
	'am.col.modified_on': 'GEÄNDERT AM',
	'am.no_accounts_match': 'Keine Konten entsprechen Ihrer Suche.',
	'am.none_assigned': 'Noch keine Konten zugewiesen.',
	'am.none_unassigned': 'Alle Konten sind zugewiesen.',
	'am.assign_confirm.one': '{count} Konto {name} zuweisen?',
	'am.assign_confirm.other': '{count} Konten {name} zuweisen?',
	'am.unassign_confirm.one': 'Zuweisung von {count} Konto für {name} aufheben?',
	'am.unassign_confirm.other': 'Zuweisung von {count} Konten für {name} aufheben?',
	'am.assign_text': 'Der Account Manager sieht und verwaltet diese Konten dann.',
	'am.unassign_text':
		'Der Account Manager verliert den Zugriff auf diese Konten sofort, auf allen Geräten.',
	'am.progress_assign': 'Konten zuweisen',
	'am.progress_unassign': 'Zuweisung von Konten aufheben',
	'am.assigned_done.one': '{count} Konto zugewiesen.',
	'am.assigned_done.other': '{count} Konten zugewiesen.',
	'am.unassigned_done.one': 'Zuweisung von {count} Konto aufgehoben.',
	'am.unassigned_done.other': 'Zuweisung von {count} Konten aufgehoben.',
	'am.tab_all': 'Die allen zugewiesenen Konten',
	'am.tab_some': 'Die einigen zugewiesenen Konten',
	'am.tab_none': 'Nicht zugewiesene Konten',
	'am.col.total_managers': 'ACCOUNT MANAGER GESAMT',
	'am.managers_count.one': '{count} Account Manager',
	'am.managers_count.other': '{count} Account Manager',
	'am.manage_selected': 'Ausgewählte verwalten ({count})',
	'am.none_all': 'Kein Konto ist allen zugewiesen.',
	'am.none_some': 'Kein Konto ist nur einigen zugewiesen.',
	'settings.sync': 'Synchronisierung',
	'settings.relay_url': 'Relay-URL',
	'settings.relay_help':
		'Wohin dieses Gerät Änderungen sendet und woher es sie empfängt, zum Beispiel wss://relay.example.com/sync. Leer bleibt alles nur auf diesem Gerät.',
	'settings.connect': 'Verbinden',
	'settings.disconnect': 'Trennen',
	'settings.relay_connected': 'Dieses Gerät synchronisiert über {url}.',
	'settings.relay_invalid':
		'Geben Sie die Adresse eines Relay-Servers ein, beginnend mit wss://, ws://, https:// oder http://.',
	'settings.relay_no_grant':
		'Dieses Gerät darf diesen Arbeitsbereich nicht synchronisieren. Bitten Sie einen Administrator um eine Einladung.',
	'settings.relay_no_workspace':
		'Der Arbeitsbereich ist noch nicht auf diesem Gerät. Versuchen Sie es gleich noch einmal.',
	'sync.refused': 'Der Relay-Server hat dieses Gerät abgewiesen ({reason}).',
	'settings.workspace': 'Arbeitsbereich',
	'settings.workspace_name': 'Partnerorganisation',
	'settings.profile': 'Ihr Profil',
	'settings.app': 'App',
	'settings.version': 'App-Version',
	'settings.up_to_date': 'Dies ist die neueste auf diesem Gerät verfügbare Version.',
	'settings.install':
		'Um Switchboard als Desktop-App zu installieren, verwenden Sie die Installationsschaltfläche in der Adressleiste Ihres Browsers.',

	'settings.backup': 'Sicherung',
	'backup.export': 'Arbeitsbereich exportieren',
	'backup.export_help':
		'Eine Datei mit allem, was dieses Gerät von diesem Arbeitsbereich hat. Bewahren Sie sie als Sicherung auf oder stellen Sie sie in einem anderen Browser wieder her.',
	'backup.exporting': 'Wird exportiert…',
	'backup.exported': 'Arbeitsbereich als {file} exportiert.',
	'backup.export_failed':
		'Der Arbeitsbereich konnte nicht exportiert werden. Es wurde nichts geändert. Versuchen Sie es erneut.',
	'backup.key_warning':
		'Die Datei enthält Ihren Arbeitsbereichsschlüssel: Bewahren Sie sie so sicher auf wie ein Passwort.',
	'backup.restore': 'Arbeitsbereich wiederherstellen',
	'backup.restore_help':
		'Wählen Sie eine Datei, die mit „Arbeitsbereich exportieren“ erstellt wurde. Ihr Inhalt wird zu dem hinzugefügt, was dieses Gerät hat; hier geht nichts verloren.',
	'backup.restoring': 'Wird wiederhergestellt…',
	'backup.invalid':
		'Diese Datei ist kein Export eines Switchboard-Arbeitsbereichs. Wählen Sie die .zip-Datei, die „Arbeitsbereich exportieren“ erstellt hat.',
	'backup.restore_failed':
		'Die Datei konnte nicht gelesen werden. Es wurde nichts geändert. Versuchen Sie es erneut.',
	'notify.workspace_restored': 'Arbeitsbereich {name} wiederhergestellt.',

	'notify.conflict_email':
		'Zwei auf verschiedenen Geräten hinzugefügte Benutzer haben dieselbe E-Mail-Adresse {email}: {names}. Ändern oder löschen Sie einen von ihnen.',
	'notify.conflict_account_id':
		'Zwei Konten haben auf verschiedenen Geräten die Konto-ID {number} erhalten. {kept} behält sie; {moved} hat jetzt die Konto-ID {to}.',
	'notify.access_restricted':
		'Sie sind jetzt Account Manager: Auf diesem Gerät bleiben nur die Ihnen zugewiesenen Konten ({count} entfernt).',
	'notify.access_unrestricted':
		'Sie sind wieder Administrator: Alle Kundenkonten werden mit diesem Gerät synchronisiert.',
	'notify.access_gained': 'Ihnen zugewiesen: {accounts}.',
	'notify.access_lost':
		'Ihnen nicht mehr zugewiesen: {accounts}. Die Daten wurden von diesem Gerät entfernt.',
	'notify.conflict_assignment':
		'{winner} und {loser} haben {account} für {manager} gleichzeitig geändert. Die spätere Änderung von {winner} wurde übernommen: {outcome}.',
	'notify.conflict_role':
		'{winner} und {loser} haben die Rolle von {manager} gleichzeitig geändert. Die spätere Änderung von {winner} wurde übernommen: {outcome}.',
	'notify.outcome.assign': 'zugewiesen',
	'notify.outcome.unassign': 'nicht zugewiesen',
	'notify.outcome.convert': 'Account Manager',
	'notify.outcome.upgrade': 'Administrator',
	'update.available': 'Update verfügbar',
	'update.explain':
		'Eine neue Version von Switchboard ist bereit. Laden Sie neu, wann es Ihnen passt.',
	'update.reload': 'Neu laden und aktualisieren'
};
