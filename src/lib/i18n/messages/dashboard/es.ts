import type { AreaMessages } from '../types';
import type { dashboard } from './en';

export const es: AreaMessages<typeof dashboard> = {
	'dashboard.view_account': 'Ver cuenta',
	'dashboard.view_users': 'Ver usuarios',
	'dashboard.add_user': 'Agregar un usuario',
	'dashboard.count_outbox': 'Correos electrónicos en la Bandeja de salida',
	'dashboard.sample_title': 'Datos de ejemplo',
	'dashboard.sample_intro':
		'Pruebe Switchboard con datos de demostración realistas: cuentas de clientes en varios países, usuarios con nombres de seis idiomas, licencias y eventos de los últimos 90 días. Elija una demostración pequeña o un conjunto grande que muestra la consola a gran escala. Puede quitar los datos en cualquier momento.',
	'dashboard.sample_load': 'Cargar datos de ejemplo',
	'dashboard.sample_size': 'Tamaño',
	'dashboard.sample_small': 'Pequeño',
	'dashboard.sample_small_hint':
		'{accounts} cuentas de clientes en varios países, {users} usuarios con nombres de seis idiomas, licencias y {events} eventos de los últimos 90 días. Tarda unos segundos.',
	'dashboard.sample_large': 'Grande',
	'dashboard.sample_large_hint':
		'Todo lo de «Pequeño» más {name}: una cuenta con {scaleUsers} usuarios y {scaleEvents} eventos, para ver la consola a gran escala. En total, {accounts} cuentas, {users} usuarios y {events} eventos. Tarda unos minutos.',
	'dashboard.sample_large_add_hint':
		'Agrega {name} a los datos de ejemplo ya cargados: una cuenta con {users} usuarios y {events} eventos, para ver la consola a gran escala. Tarda unos minutos.',
	'dashboard.sample_size_loaded': 'Ya cargado en este espacio de trabajo.',
	'dashboard.sample_cancel_hint':
		'«Cancelar» detiene la carga en curso y quita lo cargado hasta ese momento.',
	'dashboard.sample_load_button': 'Cargar',
	'dashboard.sample_cancelling': 'Deteniendo: quitando lo que ya se cargó…',
	'dashboard.sample_cancelled': 'Carga detenida. Se quitó lo cargado hasta ese momento.',
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
	'dashboard.sample_already_loaded': 'Estos datos de ejemplo ya están cargados.',
	'dashboard.sample_not_loaded': 'En este dispositivo no hay datos de ejemplo que quitar.',
	'dashboard.sample_forbidden':
		'Solo los administradores de partner pueden cargar o quitar datos de ejemplo.'
};
