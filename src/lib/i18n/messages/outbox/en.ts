/** Messages of the Outbox, the e-mails it holds, and the registration page. */
export const outbox = {
	'email.welcome.subject': 'Welcome to {account}',
	'email.welcome.body':
		'Hello {name},\n\nan administrator of {account} created an account for you.\n\nOpen this link to choose your password and finish creating your account:\n{link}\n\nThe link can be used once and is valid for {days} days.\n',
	'email.reset.subject': 'Reset your password for {account}',
	'email.reset.body':
		'Hello {name},\n\nan administrator of {account} asked for your password to be reset.\n\nOpen this link to choose a new password:\n{link}\n\nThe link can be used once and is valid for {days} days. If you did not expect this e-mail, you can ignore it.\n'
} as const;
