/**
 * Messages of the dashboard's tiles and sample data (spec 19). The dashboard's first keys
 * (greeting, counts, recent events) live in the shell area.
 */
export const dashboard = {
	'dashboard.view_account': 'View Account',
	'dashboard.view_users': 'View Users',
	'dashboard.add_user': 'Add User',
	'dashboard.count_outbox': 'E-mails queued in the Outbox',
	'dashboard.sample_title': 'Sample data',
	'dashboard.sample_intro':
		'Try Switchboard with a realistic demo: 25 customer accounts in several countries, 2,500 users with names from six languages, licences and 20,000 events of the last 90 days. You can remove it again at any time.',
	'dashboard.sample_load': 'Load sample data',
	'dashboard.sample_loading': 'Loading sample data…',
	'dashboard.sample_removing': 'Removing sample data…',
	'dashboard.sample_progress': '{done} of {total} records',
	'dashboard.sample_present':
		'This workspace contains sample data. Remove it before you start working with your own customer accounts.',
	'dashboard.sample_remove': 'Remove sample data',
	'dashboard.sample_remove_title': 'Remove sample data?',
	'dashboard.sample_remove_text':
		'This removes the sample customer accounts, their users and their event history from this workspace. Everything else stays as it is.',
	'dashboard.sample_remove_confirm': 'Remove',
	'dashboard.sample_loaded':
		'Sample data loaded: {accounts} accounts, {users} users, {events} events.',
	'dashboard.sample_removed': 'Sample data removed: {accounts} accounts, {users} users.',
	'dashboard.sample_not_empty':
		'Sample data can only be loaded into a workspace without customer accounts.',
	'dashboard.sample_not_loaded': 'There is no sample data to remove on this device.',
	'dashboard.sample_forbidden': 'Only partner administrators can load or remove sample data.'
} as const;
