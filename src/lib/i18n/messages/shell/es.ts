import type { AreaMessages } from '../types';
import type { shell } from './en';

export const es: AreaMessages<typeof shell> = {
	'app.name': 'Switchboard',
	'app.loading': 'Cargando Switchboard…',
	'app.skip_to_content': 'Saltar al contenido principal',

	'welcome.title': 'Bienvenido a Switchboard',
	'welcome.intro':
		'Administre cuentas de clientes, usuarios y licencias en este dispositivo, con o sin conexión. Sus datos permanecen en este navegador hasta que decida sincronizarlos.',
	'welcome.create_title': 'Crear espacio de trabajo',
	'welcome.create_intro':
		'Cree un nuevo espacio de trabajo de partner. Usted será su primer administrador de partner.',
	'welcome.your_name': 'Su nombre',
	'welcome.email': 'Correo electrónico',
	'welcome.organization': 'Organización del partner',
	'welcome.create_button': 'Crear espacio de trabajo',
	'welcome.creating': 'Creando espacio de trabajo…',
	'welcome.profiles_title': 'Perfiles en este dispositivo',
	'welcome.continue_as': 'Continuar como {name}',
	'welcome.profile_detail': '{email} · {workspace}',

	'errors.required': 'Este campo es obligatorio.',
	'errors.too_long': 'Este texto es demasiado largo.',
	'errors.email_invalid':
		'Introduzca una dirección de correo electrónico válida, por ejemplo, name@example.com.',
	'errors.quota':
		'Este dispositivo no tiene espacio de almacenamiento. Libere espacio y vuelva a intentarlo. No se ha guardado nada.',
	'errors.version':
		'Switchboard se ha actualizado en otra pestaña. Vuelva a cargar esta pestaña para continuar.',
	'errors.unexpected':
		'Se ha producido un error. Lo que guardó antes no se pierde; los detalles están en Notificaciones.',
	'errors.timeout': 'La operación tardó demasiado y se detuvo. Vuelva a intentarlo.',
	'errors.not_allowed':
		'El navegador no lo permitió. Compruebe los permisos de este sitio y vuelva a intentarlo.',
	'errors.reload': 'Volver a cargar',

	'nav.main': 'Navegación principal',
	'nav.dashboard': 'Panel de control',
	'nav.accounts': 'Cuentas',
	'nav.settings': 'Configuración',
	'nav.outbox': 'Bandeja de salida',
	'nav.account': 'Cuenta',
	'nav.users': 'Usuarios',
	'nav.support': 'Soporte',
	'nav.event_history': 'Historial de eventos',
	'nav.account_section': 'Cuenta de cliente',

	'sync.status': 'Estado de sincronización',
	'sync.synced': 'Sincronizado',
	'sync.syncing': 'Sincronizando…',
	'sync.offline': 'Sin conexión',
	'sync.not_syncing': 'Sincronización inactiva',
	'sync.error': 'Error de sincronización',
	'sync.pending.one': '{count} cambio pendiente',
	'sync.pending.other': '{count} cambios pendientes',
	'sync.details_title': 'Sincronización y almacenamiento',
	'sync.relay': 'Servidor de retransmisión',
	'sync.no_relay':
		'No hay ningún servidor de retransmisión configurado: todo se guarda solo en este dispositivo.',
	'sync.last_sync': 'Última sincronización correcta',
	'sync.never': 'Nunca',
	'sync.pending_label': 'Cambios pendientes',
	'sync.retry': 'Reintentar ahora',
	'sync.storage': 'Almacenamiento',
	'storage.persistent': 'El almacenamiento es persistente',
	'storage.keep': 'Conservar los datos en este dispositivo',
	'storage.not_persistent':
		'El navegador puede borrar estos datos cuando el dispositivo se quede sin espacio.',
	'storage.usage': '{used} usados de {quota} disponibles',
	'storage.unknown': 'Este navegador no informa del uso de almacenamiento.',
	'storage.denied': 'El navegador no ha permitido el almacenamiento persistente para este sitio.',

	'notifications.button': 'Notificaciones',
	'notifications.title': 'Notificaciones',
	'notifications.empty': 'No hay notificaciones.',
	'notifications.dismiss_all': 'Descartar todo',
	'notifications.delete': 'Eliminar notificación',
	'notifications.view_details': 'Ver detalles',
	'notifications.hide_details': 'Ocultar detalles',
	'notifications.unread.one': '{count} notificación no leída',
	'notifications.unread.other': '{count} notificaciones no leídas',
	'notify.bulk_finished': '{account}: {summary}',
	'notify.bulk_failed': '{account}: la acción ha fallado: {summary}',
	'notify.workspace_created': 'Espacio de trabajo {name} creado.',
	'notify.storage_denied':
		'Este navegador puede borrar los datos de Switchboard si falta espacio de almacenamiento. Abra Estado de sincronización para volver a intentarlo.',

	'avatar.menu': 'Menú de perfil',
	'avatar.signed_in_as': 'Sesión iniciada como {name}',
	'avatar.switch_profile': 'Cambiar de perfil',
	'avatar.sign_out': 'Cerrar sesión',
	'profiles.title': 'Cambiar de perfil',
	'profiles.current': 'actual',
	'profiles.add': 'Crear otro espacio de trabajo',
	'common.close': 'Cerrar',
	'common.save': 'Guardar',
	'common.undo': 'Deshacer',
	'confirm.instruction': 'Escriba «{word}» en el cuadro de abajo para continuar.',
	'confirm.label': 'Escriba {word} para confirmar',
	'common.cancel': 'Cancelar',
	'common.none': '—',

	'footer.language': 'Idioma',

	'dashboard.title': 'Panel de control',
	'dashboard.greeting': 'Bienvenido, {name}',
	'dashboard.subtitle': 'Espacio de trabajo de partner {workspace}',
	'dashboard.counts': 'Resumen',
	'dashboard.count_accounts': 'Cuentas de clientes',
	'dashboard.count_users': 'Usuarios',
	'dashboard.count_pending': 'Cambios pendientes de sincronizar',
	'dashboard.view_accounts': 'Ver cuentas',
	'dashboard.recent_events': 'Eventos recientes',
	'dashboard.no_events': 'Todavía no hay eventos.',

	'accounts.title': 'Cuentas',
	'accounts.show': 'Mostrar',
	'accounts.active': 'Activas',
	'accounts.deactivated': 'Desactivadas',
	'accounts.search': 'Buscar cuentas',
	'accounts.col_name': 'NOMBRE',
	'accounts.col_id': 'ID DE CUENTA',
	'accounts.col_country': 'PAÍS',
	'accounts.col_users': 'USUARIOS',
	'accounts.col_modified': 'MODIFICADO EL (POR)',
	'accounts.partner': 'Cuenta de partner',
	'accounts.no_match': 'Ninguna cuenta coincide con su búsqueda.',
	'accounts.none': 'No hay cuentas en esta lista.',
	'accounts.loading': 'Cargando…',
	'accounts.count.one': '{count} cuenta',
	'accounts.count.other': '{count} cuentas',
	'accounts.modified': '{date} ({name})',

	'event.col_actor': 'NOMBRE DEL ACTOR',
	'event.col_action': 'ACCIÓN',
	'event.col_asset': 'ACTIVO',
	'event.col_date': 'FECHA DEL EVENTO',
	'event.action.create': 'Crear',
	'event.action.edit': 'Editar',
	'event.action.delete': 'Eliminar',
	'event.asset.account': 'Cuenta',
	'event.asset.user': 'Usuario',

	'settings.title': 'Configuración',
	'presence.here': 'También aquí',
	'presence.editing': '{name} está editando',
	'presence.viewing': '{name} está viendo',
	'notify.workspace_joined': 'Se ha unido a {name}.',
	'nav.user_management': 'Gestión de usuarios',
	'nav.account_managers': 'Gestores de cuentas',
	'join.title': 'Unirse al espacio de trabajo',
	'join.intro': '¿Le ha invitado un administrador? Pegue aquí el enlace de invitación o ábralo.',
	'join.paste_title': 'Pegue su enlace de invitación',
	'join.link_label': 'Enlace de invitación',
	'join.submit': 'Unirse',
	'join.joining': 'Uniéndose…',
	'join.workspace': 'Espacio de trabajo',
	'join.role': 'Rol',
	'join.role_partner': 'Administrador',
	'join.invalid_link':
		'Esto no es un enlace de invitación de Switchboard. Copie el enlace completo de la invitación.',
	'join.used': 'Esta invitación ya se ha usado. Pida una nueva.',
	'join.expired': 'Esta invitación ha caducado. Pida una nueva.',
	'join.unreachable':
		'No se puede acceder al servidor de retransmisión de la invitación. Compruebe la conexión e inténtelo de nuevo.',
	'join.invalid': 'Esta invitación no se puede abrir. Pida una nueva.',
	'join.no_sync':
		'El espacio de trabajo no ha llegado del servidor de retransmisión. Inténtelo de nuevo con una conexión mejor.',
	'am.title': 'Gestores de cuentas',
	'am.tab_managers': 'Gestores de cuentas ({count})',
	'am.tab_admins': 'Administradores ({count})',
	'am.table_admins': 'Administradores',
	'am.table_managers': 'Gestores de cuentas',
	'am.col.managed': 'CUENTAS GESTIONADAS',
	'am.you': 'Usted',
	'am.none_admins': 'No hay administradores.',
	'am.none_managers': 'Todavía no hay gestores de cuentas.',
	'am.no_match': 'Ningún usuario coincide con su búsqueda.',
	'am.invite': 'Invitar administrador',
	'am.invite_link': 'Enlace de invitación',
	'am.copy': 'Copiar',
	'am.copied': 'Copiado. El enlace funciona una vez, durante 7 días.',
	'am.invite_help': 'Dé este enlace al nuevo administrador. Funciona una vez, durante 7 días.',
	'am.no_relay':
		'Conecte primero este dispositivo a un servidor de retransmisión en Configuración: el nuevo administrador recibe el espacio de trabajo a través de él.',
	'am.no_key':
		'Este dispositivo no puede invitar administradores: no tiene la clave del espacio de trabajo.',
	'am.relay_refused':
		'El servidor de retransmisión no ha aceptado la invitación. Inténtelo de nuevo.',
	'am.convert_selected': 'Convertir seleccionados',
	'am.convert_title': '¿Convertir en administradores de cuentas?',
	'am.convert_text':
		'Los administradores seleccionados pasan a ser administradores de cuentas, todavía sin cuentas: solo verán las cuentas de cliente que se les asignen.',
	'am.convert': 'Convertir',
	'am.progress_convert': 'Convertir en administradores de cuentas',
	'am.converted': '{count} convertidos en administradores de cuentas.',
	'am.upgrade_selected': 'Actualizar seleccionados ({count})',
	'am.confirm_upgrade': '¿Confirmar actualización a administrador(es)?',
	'am.upgrade_text':
		'Los administradores de cuentas seleccionados pasan a ser administradores: ven y gestionan todas las cuentas de cliente.',
	'am.confirm': 'Confirmar',
	'am.progress_upgrade': 'Actualizar a administradores',
	'am.upgraded': '{count} actualizados a administradores.',
	'am.failed': 'No se ha podido guardar el cambio. No se ha perdido nada: inténtelo de nuevo.',
	'settings.sync': 'Sincronización',
	'settings.relay_url': 'URL del servidor de retransmisión',
	'settings.relay_help':
		'Adónde envía este dispositivo los cambios y de dónde los recibe, por ejemplo wss://relay.example.com/sync. Si está vacío, todo se queda solo en este dispositivo.',
	'settings.connect': 'Conectar',
	'settings.disconnect': 'Desconectar',
	'settings.relay_connected': 'Este dispositivo se sincroniza a través de {url}.',
	'settings.relay_invalid':
		'Introduzca la dirección de un servidor de retransmisión que empiece por wss://, ws://, https:// o http://.',
	'settings.relay_no_grant':
		'Este dispositivo no puede sincronizar este espacio de trabajo. Pida una invitación a un administrador.',
	'settings.relay_no_workspace':
		'El espacio de trabajo aún no está en este dispositivo. Inténtelo de nuevo en un momento.',
	'sync.refused': 'El servidor de retransmisión ha rechazado este dispositivo ({reason}).',
	'settings.workspace': 'Espacio de trabajo',
	'settings.workspace_name': 'Organización del partner',
	'settings.profile': 'Su perfil',
	'settings.app': 'Aplicación',
	'settings.version': 'Versión de la aplicación',
	'settings.up_to_date': 'Esta es la versión más reciente disponible en este dispositivo.',
	'settings.install':
		'Para instalar Switchboard como aplicación de escritorio, utilice el botón de instalación de la barra de direcciones del navegador.',

	'settings.backup': 'Copia de seguridad',
	'backup.export': 'Exportar espacio de trabajo',
	'backup.export_help':
		'Un solo archivo con todo lo que este dispositivo tiene de este espacio de trabajo. Guárdelo como copia de seguridad o restáurelo en otro navegador.',
	'backup.exporting': 'Exportando…',
	'backup.exported': 'Espacio de trabajo exportado como {file}.',
	'backup.export_failed':
		'No se pudo exportar el espacio de trabajo. No se ha cambiado nada. Vuelva a intentarlo.',
	'backup.key_warning':
		'El archivo contiene la clave de su espacio de trabajo: guárdelo con el mismo cuidado que una contraseña.',
	'backup.restore': 'Restaurar espacio de trabajo',
	'backup.restore_help':
		'Elija un archivo creado con «Exportar espacio de trabajo». Su contenido se añade a lo que tiene este dispositivo; aquí no se pierde nada.',
	'backup.restoring': 'Restaurando…',
	'backup.invalid':
		'Este archivo no es una exportación de un espacio de trabajo de Switchboard. Elija el archivo .zip que creó «Exportar espacio de trabajo».',
	'backup.restore_failed':
		'No se pudo leer el archivo. No se ha cambiado nada. Vuelva a intentarlo.',
	'notify.workspace_restored': 'Espacio de trabajo {name} restaurado.',

	'notify.conflict_email':
		'Dos usuarios añadidos en dispositivos distintos tienen el mismo correo electrónico {email}: {names}. Modifique o elimine uno de ellos.',
	'notify.conflict_account_id':
		'Dos cuentas recibieron el ID de cuenta {number} en dispositivos distintos. {kept} lo conserva; {moved} tiene ahora el ID de cuenta {to}.',
	'update.available': 'Actualización disponible',
	'update.explain':
		'Hay una nueva versión de Switchboard lista. Vuelva a cargar cuando le convenga.',
	'update.reload': 'Volver a cargar para actualizar'
};
