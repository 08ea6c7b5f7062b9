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
		'Try Switchboard with realistic demo data: customer accounts in several countries, users with names from six languages, licences and events of the last 90 days. Choose a small demo or a large set that shows the console at scale. You can remove it again at any time.',
	'dashboard.sample_load': 'Load sample data',
	'dashboard.sample_size': 'Size',
	'dashboard.sample_small': 'Small',
	'dashboard.sample_small_hint':
		'{accounts} customer accounts in several countries, {users} users with names from six languages, licences and {events} events of the last 90 days. Takes a few seconds.',
	'dashboard.sample_large': 'Large',
	'dashboard.sample_large_hint':
		'Everything in Small, plus {name}: one account with {scaleUsers} users and {scaleEvents} events, to see the console at scale. {accounts} accounts, {users} users and {events} events in all. Takes a few minutes.',
	'dashboard.sample_large_add_hint':
		'Adds {name} to the sample data already loaded: one account with {users} users and {events} events, to see the console at scale. Takes a few minutes.',
	'dashboard.sample_size_loaded': 'Already loaded in this workspace.',
	'dashboard.sample_cancel_hint':
		'Cancel stops a running load and removes what it has loaded so far.',
	'dashboard.sample_load_button': 'Load',
	'dashboard.sample_cancelling': 'Stopping: removing what was loaded…',
	'dashboard.sample_cancelled': 'Loading stopped. What had been loaded so far was removed.',
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
	'dashboard.sample_already_loaded': 'This sample data is already loaded.',
	'dashboard.sample_not_loaded': 'There is no sample data to remove on this device.',
	'dashboard.sample_forbidden': 'Only partner administrators can load or remove sample data.'
} as const;
