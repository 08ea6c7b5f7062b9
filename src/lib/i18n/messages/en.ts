/**
 * English messages: the source of truth for keys. Quoted spec labels are accessible names that
 * tests rely on; keep them exactly. Other languages are typed `Messages`, so a missing or extra key
 * fails the type check, and `npm run check:i18n` also fails on unused keys and broken placeholders.
 */
export const en = {
	'app.name': 'Switchboard',
	'app.loading': 'Loading Switchboard…',
	'app.skip_to_content': 'Skip to main content',

	'welcome.title': 'Welcome to Switchboard',
	'welcome.intro':
		'Manage customer accounts, users and licences on this device, online or offline. Your data stays in this browser until you choose to sync it.',
	'welcome.create_title': 'Create workspace',
	'welcome.create_intro':
		'Start a new partner workspace. You become its first partner administrator.',
	'welcome.your_name': 'Your name',
	'welcome.email': 'Email',
	'welcome.organization': 'Partner organization',
	'welcome.create_button': 'Create workspace',
	'welcome.creating': 'Creating workspace…',
	'welcome.profiles_title': 'Profiles on this device',
	'welcome.continue_as': 'Continue as {name}',
	'welcome.profile_detail': '{email} · {workspace}',

	'errors.required': 'This field is required.',
	'errors.too_long': 'This text is too long.',
	'errors.email_invalid': 'Enter a valid email address, for example name@example.com.',
	'errors.quota':
		'This device is out of storage space. Free some space, then try again. Nothing was saved.',
	'errors.version': 'Switchboard was updated in another tab. Reload this tab to continue.',
	'errors.unexpected': 'Something went wrong: {message}',
	'errors.reload': 'Reload',

	'nav.main': 'Main navigation',
	'nav.dashboard': 'Dashboard',
	'nav.accounts': 'Accounts',
	'nav.settings': 'Settings',

	'sync.status': 'Sync status',
	'sync.synced': 'Synced',
	'sync.syncing': 'Syncing…',
	'sync.offline': 'Offline',
	'sync.not_syncing': 'Not syncing',
	'sync.error': 'Sync error',
	'sync.pending.one': '{count} change pending',
	'sync.pending.other': '{count} changes pending',
	'sync.details_title': 'Sync and storage',
	'sync.relay': 'Relay',
	'sync.no_relay': 'No relay configured: everything is kept on this device only.',
	'sync.last_sync': 'Last successful sync',
	'sync.never': 'Never',
	'sync.pending_label': 'Pending changes',
	'sync.retry': 'Retry now',
	'sync.storage': 'Storage',
	'storage.persistent': 'Storage is persistent',
	'storage.keep': 'Keep data on this device',
	'storage.not_persistent': 'The browser may clear this data when the device runs low on space.',
	'storage.usage': '{used} used of {quota} available',
	'storage.unknown': 'This browser does not report storage use.',
	'storage.denied': 'The browser did not allow persistent storage for this site.',

	'notifications.button': 'Notifications',
	'notifications.title': 'Notifications',
	'notifications.empty': 'No notifications.',
	'notifications.dismiss_all': 'Dismiss All',
	'notifications.delete': 'Delete notification',
	'notifications.view_details': 'View Details',
	'notifications.hide_details': 'Hide Details',
	'notifications.unread.one': '{count} unread notification',
	'notifications.unread.other': '{count} unread notifications',
	'notify.workspace_created': 'Workspace {name} created.',
	'notify.storage_denied':
		'This browser may clear Switchboard data under storage pressure. Open Sync status to try again.',

	'avatar.menu': 'Profile menu',
	'avatar.signed_in_as': 'Signed in as {name}',
	'avatar.switch_profile': 'Switch profile',
	'avatar.sign_out': 'Sign out',
	'profiles.title': 'Switch profile',
	'profiles.current': 'current',
	'profiles.add': 'Create another workspace',
	'common.close': 'Close',
	'common.cancel': 'Cancel',
	'common.none': '—',

	'footer.language': 'Language',

	'dashboard.title': 'Dashboard',
	'dashboard.greeting': 'Welcome, {name}',
	'dashboard.subtitle': 'Partner workspace {workspace}',
	'dashboard.counts': 'At a glance',
	'dashboard.count_accounts': 'Customer accounts',
	'dashboard.count_users': 'Users',
	'dashboard.count_pending': 'Pending sync changes',
	'dashboard.view_accounts': 'View Accounts',
	'dashboard.recent_events': 'Recent events',
	'dashboard.no_events': 'No events yet.',

	'accounts.title': 'Accounts',
	'accounts.show': 'Show',
	'accounts.active': 'Active',
	'accounts.deactivated': 'Deactivated',
	'accounts.search': 'Search accounts',
	'accounts.col_name': 'NAME',
	'accounts.col_id': 'ACCOUNT ID',
	'accounts.col_country': 'COUNTRY',
	'accounts.col_users': 'USERS',
	'accounts.col_modified': 'MODIFIED ON (BY)',
	'accounts.partner': 'Partner account',
	'accounts.no_match': 'No accounts match your search.',
	'accounts.none': 'No accounts in this list.',
	'accounts.count.one': '{count} account',
	'accounts.count.other': '{count} accounts',
	'accounts.modified': '{date} ({name})',

	'event.col_actor': 'ACTOR NAME',
	'event.col_action': 'ACTION',
	'event.col_asset': 'ASSET',
	'event.col_date': 'EVENT DATE',
	'event.action.create': 'Create',
	'event.action.edit': 'Edit',
	'event.action.delete': 'Delete',
	'event.asset.account': 'Account',
	'event.asset.user': 'User',

	'settings.title': 'Settings',
	'settings.workspace': 'Workspace',
	'settings.workspace_name': 'Partner organization',
	'settings.profile': 'Your profile',
	'settings.app': 'App',
	'settings.version': 'App version',
	'settings.up_to_date': 'This is the newest version available on this device.',
	'settings.install':
		'To install Switchboard as a desktop app, use the install button in the address bar of your browser.',

	'update.available': 'Update available',
	'update.explain': 'A new version of Switchboard is ready. Reload when it suits you.',
	'update.reload': 'Reload to update'
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
