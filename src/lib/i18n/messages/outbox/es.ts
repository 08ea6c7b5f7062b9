import type { AreaMessages } from '../types';
import type { outbox } from './en';

export const es: AreaMessages<typeof outbox> = {
	'email.welcome.subject': 'Bienvenido a {account}',
	'email.welcome.body':
		'Hola, {name}:\n\nUn administrador de {account} ha creado una cuenta para usted.\n\nAbra este enlace para elegir su contraseña y terminar de crear su cuenta:\n{link}\n\nEl enlace se puede usar una vez y es válido durante {days} días.\n',
	'email.reset.subject': 'Restablecer su contraseña de {account}',
	'email.reset.body':
		'Hola, {name}:\n\nUn administrador de {account} ha solicitado restablecer su contraseña.\n\nAbra este enlace para elegir una nueva contraseña:\n{link}\n\nEl enlace se puede usar una vez y es válido durante {days} días. Si no esperaba este correo electrónico, puede ignorarlo.\n',

	'outbox.title': 'Bandeja de salida',
	'outbox.intro':
		'Los correos electrónicos no se envían desde este dispositivo. Abra cada uno en su aplicación de correo o descárguelo y, a continuación, márquelo como enviado.',
	'outbox.col_to': 'PARA',
	'outbox.col_subject': 'ASUNTO',
	'outbox.col_kind': 'TIPO',
	'outbox.col_created': 'CREADO',
	'outbox.col_status': 'ESTADO',
	'outbox.col_actions': 'Acciones',
	'outbox.kind.welcome': 'Correo electrónico de bienvenida',
	'outbox.kind.password_reset': 'Restablecimiento de contraseña',
	'outbox.kind.deployment': 'Implementación',
	'outbox.kind.support_reminder': 'Recordatorio de soporte',
	'outbox.status.queued': 'En cola',
	'outbox.status.sent': 'Enviado',
	'outbox.sent_at': 'Enviado el {date}',
	'outbox.view_message': 'Ver mensaje',
	'outbox.message.to': 'Para',
	'outbox.message.subject': 'Asunto',
	'outbox.message.created': 'Creado',
	'outbox.message.body': 'Mensaje',
	'outbox.open_mail': 'Abrir en la aplicación de correo',
	'outbox.download_eml': 'Descargar .eml',
	'outbox.mark_sent': 'Marcar como enviado',
	'outbox.download_zip': 'Descargar todo como .zip',
	'outbox.preparing_zip': 'Preparando el archivo .zip…',
	'outbox.zip_failed': 'No se pudo crear el archivo .zip. Los detalles están en Notificaciones.',
	'outbox.zip_timeout':
		'La creación del archivo .zip tardó demasiado y se detuvo. Inténtelo de nuevo.',
	'outbox.empty':
		'Todavía no hay correos electrónicos. Los correos de bienvenida y de restablecimiento de contraseña aparecen aquí cuando se agregan usuarios o se restablecen contraseñas.',
	'outbox.summary.one': '{count} correo electrónico, {queued} en cola',
	'outbox.summary.other': '{count} correos electrónicos, {queued} en cola',
	'outbox.pages': 'Páginas de la bandeja de salida',
	'outbox.previous': 'Anterior',
	'outbox.next': 'Siguiente',
	'outbox.range': '{from}–{to} de {total}',
	'outbox.no_permission': 'No tiene permiso para ver la bandeja de salida.',
	'register.title': 'Finalizar la creación de su cuenta',
	'register.reset_title': 'Elija una nueva contraseña',
	'register.intro': 'Elija una contraseña para {email} ({account}).',
	'register.password': 'Contraseña',
	'register.confirm': 'Confirmar contraseña',
	'register.finish': 'Completar',
	'register.password_short': 'La contraseña debe contener al menos 8 caracteres.',
	'register.password_mismatch': 'Las contraseñas no coinciden.',
	'register.checking': 'Comprobando su enlace…',
	'register.invalid_title': 'El enlace ya no es válido',
	'register.invalid':
		'Este enlace ya no es válido. Pida a su administrador un nuevo correo electrónico de bienvenida.',
	'register.deactivated_title': 'Cuenta desactivada',
	'register.deactivated':
		'La cuenta {account} está desactivada, por lo que este enlace no se puede usar. Pida a su administrador que reactive la cuenta y que después le envíe un nuevo correo electrónico.',
	'register.done': 'Su cuenta está lista. Puede cerrar esta página.',
	'register.reset_done': 'Su nueva contraseña se ha guardado. Puede cerrar esta página.'
};
