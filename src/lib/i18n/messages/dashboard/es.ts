import type { AreaMessages } from '../types';
import type { dashboard } from './en';

export const es: AreaMessages<typeof dashboard> = {
	'dashboard.view_account': 'Ver cuenta',
	'dashboard.view_users': 'Ver usuarios',
	'dashboard.add_user': 'Agregar un usuario',
	'dashboard.count_outbox': 'Correos electrónicos en la Bandeja de salida',
	'dashboard.sample_title': 'Datos de ejemplo',
	'dashboard.sample_intro':
		'Pruebe Switchboard con una demostración realista: 25 cuentas de clientes en varios países, 2.500 usuarios con nombres de seis idiomas, licencias y 20.000 eventos de los últimos 90 días. Puede quitarla de nuevo en cualquier momento.',
	'dashboard.sample_load': 'Cargar datos de ejemplo',
	'dashboard.sample_loading': 'Cargando datos de ejemplo…',
	'dashboard.sample_removing': 'Quitando datos de ejemplo…',
	'dashboard.sample_progress': '{done} de {total} registros',
	'dashboard.sample_present':
		'Este espacio de trabajo contiene datos de ejemplo. Quítelos antes de empezar a trabajar con sus propias cuentas de clientes.',
	'dashboard.sample_remove': 'Quitar datos de ejemplo',
	'dashboard.sample_remove_title': '¿Quitar los datos de ejemplo?',
	'dashboard.sample_remove_text':
		'Se quitarán de este espacio de trabajo las cuentas de clientes de ejemplo, sus usuarios y su historial de eventos. Todo lo demás se mantiene igual.',
	'dashboard.sample_remove_confirm': 'Quitar',
	'dashboard.sample_loaded':
		'Datos de ejemplo cargados: {accounts} cuentas, {users} usuarios, {events} eventos.',
	'dashboard.sample_removed': 'Datos de ejemplo quitados: {accounts} cuentas, {users} usuarios.',
	'dashboard.sample_not_empty':
		'Los datos de ejemplo solo se pueden cargar en un espacio de trabajo sin cuentas de clientes.',
	'dashboard.sample_not_loaded': 'En este dispositivo no hay datos de ejemplo que quitar.',
	'dashboard.sample_forbidden':
		'Solo los administradores de partner pueden cargar o quitar datos de ejemplo.'
};
