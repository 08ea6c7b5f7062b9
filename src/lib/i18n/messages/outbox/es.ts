import type { AreaMessages } from '../types';
import type { outbox } from './en';

export const es: AreaMessages<typeof outbox> = {
	'email.welcome.subject': 'Bienvenido a {account}',
	'email.welcome.body':
		'Hola, {name}:\n\nun administrador de {account} ha creado una cuenta para usted.\n\nAbra este enlace para elegir su contraseña y terminar de crear su cuenta:\n{link}\n\nEl enlace se puede usar una vez y es válido durante {days} días.\n',
	'email.reset.subject': 'Restablecer su contraseña de {account}',
	'email.reset.body':
		'Hola, {name}:\n\nun administrador de {account} ha solicitado restablecer su contraseña.\n\nAbra este enlace para elegir una nueva contraseña:\n{link}\n\nEl enlace se puede usar una vez y es válido durante {days} días. Si no esperaba este correo electrónico, puede ignorarlo.\n'
};
