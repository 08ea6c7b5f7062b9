/** Messages of the Outbox, the e-mails it holds, and the registration page. */
export const outbox = {
	'email.welcome.subject': 'Welcome to {account}',
	'email.welcome.body':
		'Hello {name},\n\nan administrator of {account} created an account for you.\n\nOpen this link to choose your password and finish creating your account:\n{link}\n\nThe link can be used once and is valid for {days} days.\n',
	'email.reset.subject': 'Reset your password for {account}',
	'email.reset.body':
		'Hello {name},\n\nan administrator of {account} asked for your password to be reset.\n\nOpen this link to choose a new password:\n{link}\n\nThe link can be used once and is valid for {days} days. If you did not expect this e-mail, you can ignore it.\n',

	'outbox.title': 'Outbox',
	'outbox.intro':
		'E-mails are not sent from this device. Open each one in your mail app or download it, then mark it as sent.',
	'outbox.col_to': 'TO',
	'outbox.col_subject': 'SUBJECT',
	'outbox.col_kind': 'KIND',
	'outbox.col_created': 'CREATED',
	'outbox.col_status': 'STATUS',
	'outbox.col_actions': 'Actions',
	'outbox.kind.welcome': 'Welcome e-mail',
	'outbox.kind.password_reset': 'Password reset',
	'outbox.kind.deployment': 'Deployment',
	'outbox.kind.support_reminder': 'Support reminder',
	'outbox.status.queued': 'Queued',
	'outbox.status.sent': 'Sent',
	'outbox.sent_at': 'Sent on {date}',
	'outbox.open_mail': 'Open in mail app',
	'outbox.download_eml': 'Download .eml',
	'outbox.mark_sent': 'Mark as sent',
	'outbox.download_zip': 'Download all as .zip',
	'outbox.preparing_zip': 'Preparing the .zip file…',
	'outbox.zip_failed': 'The .zip file could not be made. The details are in Notifications.',
	'outbox.zip_timeout': 'Making the .zip file took too long and was stopped. Try again.',
	'outbox.empty':
		'No e-mails yet. Welcome and password reset e-mails appear here when users are added or passwords are reset.',
	'outbox.summary.one': '{count} e-mail, {queued} queued',
	'outbox.summary.other': '{count} e-mails, {queued} queued',
	'outbox.pages': 'Outbox pages',
	'outbox.previous': 'Previous',
	'outbox.next': 'Next',
	'outbox.range': 'Showing {from}–{to} of {total}',
	'outbox.no_permission': 'You do not have permission to view the Outbox.',

	'register.title': 'Finish creating your account',
	'register.reset_title': 'Choose a new password',
	'register.intro': 'Choose a password for {email} ({account}).',
	'register.password': 'Password',
	'register.confirm': 'Confirm Password',
	'register.finish': 'Finish',
	'register.password_short': 'Password must contain at least 8 characters.',
	'register.password_mismatch': 'The passwords do not match.',
	'register.checking': 'Checking your link…',
	'register.invalid_title': 'Link no longer valid',
	'register.invalid':
		'This link is no longer valid. Ask your administrator for a new welcome e-mail.',
	'register.done': 'Your account is ready. You can close this page.',
	'register.reset_done': 'Your new password is saved. You can close this page.'
} as const;
