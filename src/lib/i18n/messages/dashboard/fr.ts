import type { AreaMessages } from '../types';
import type { dashboard } from './en';

export const fr: AreaMessages<typeof dashboard> = {
	'dashboard.view_account': 'Afficher compte',
	'dashboard.view_users': 'Afficher utilisateurs',
	'dashboard.add_user': 'Ajouter un utilisateur',
	'dashboard.count_outbox': 'E-mails en attente dans la boîte d’envoi',
	'dashboard.sample_title': 'Données d’exemple',
	'dashboard.sample_intro':
		'Essayez Switchboard avec une démonstration réaliste : 25 comptes clients dans plusieurs pays, 2 500 utilisateurs aux noms issus de six langues, des licences et 20 000 événements des 90 derniers jours. Vous pouvez la retirer à tout moment.',
	'dashboard.sample_load': 'Charger les données d’exemple',
	'dashboard.sample_loading': 'Chargement des données d’exemple…',
	'dashboard.sample_removing': 'Retrait des données d’exemple…',
	'dashboard.sample_progress': '{done} enregistrements sur {total}',
	'dashboard.sample_present':
		'Cet espace de travail contient des données d’exemple. Retirez-les avant de travailler avec vos propres comptes clients.',
	'dashboard.sample_remove': 'Retirer les données d’exemple',
	'dashboard.sample_remove_title': 'Retirer les données d’exemple ?',
	'dashboard.sample_remove_text':
		'Cette action retire de cet espace de travail les comptes clients d’exemple, leurs utilisateurs et leur historique des événements. Tout le reste est conservé.',
	'dashboard.sample_remove_confirm': 'Retirer',
	'dashboard.sample_loaded':
		'Données d’exemple chargées : {accounts} comptes, {users} utilisateurs, {events} événements.',
	'dashboard.sample_removed':
		'Données d’exemple retirées : {accounts} comptes, {users} utilisateurs.',
	'dashboard.sample_not_empty':
		'Les données d’exemple ne peuvent être chargées que dans un espace de travail sans comptes clients.',
	'dashboard.sample_not_loaded': 'Aucune donnée d’exemple à retirer sur cet appareil.',
	'dashboard.sample_forbidden':
		'Seuls les administrateurs partenaires peuvent charger ou retirer des données d’exemple.'
};
