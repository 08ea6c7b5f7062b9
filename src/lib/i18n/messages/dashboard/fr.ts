import type { AreaMessages } from '../types';
import type { dashboard } from './en';

export const fr: AreaMessages<typeof dashboard> = {
	'dashboard.view_account': 'Afficher compte',
	'dashboard.view_users': 'Afficher utilisateurs',
	'dashboard.add_user': 'Ajouter un utilisateur',
	'dashboard.count_outbox': 'E-mails en attente dans la boîte d’envoi',
	'dashboard.sample_title': 'Données d’exemple',
	'dashboard.sample_intro':
		'Essayez Switchboard avec des données de démonstration réalistes : comptes clients dans plusieurs pays, utilisateurs aux noms issus de six langues, licences et événements des 90 derniers jours. Choisissez une petite démonstration ou un grand jeu de données qui montre la console à grande échelle. Vous pouvez les retirer à tout moment.',
	'dashboard.sample_load': 'Charger les données d’exemple',
	'dashboard.sample_size': 'Taille',
	'dashboard.sample_small': 'Petit',
	'dashboard.sample_small_hint':
		'{accounts} comptes clients dans plusieurs pays, {users} utilisateurs aux noms issus de six langues, des licences et {events} événements des 90 derniers jours. Prend quelques secondes.',
	'dashboard.sample_large': 'Grand',
	'dashboard.sample_large_hint':
		'Tout le contenu de « Petit », plus {name} : un compte avec {scaleUsers} utilisateurs et {scaleEvents} événements, pour voir la console à grande échelle. Au total {accounts} comptes, {users} utilisateurs et {events} événements. Prend quelques minutes.',
	'dashboard.sample_large_add_hint':
		'Ajoute {name} aux données d’exemple déjà chargées : un compte avec {users} utilisateurs et {events} événements, pour voir la console à grande échelle. Prend quelques minutes.',
	'dashboard.sample_size_loaded': 'Déjà chargé dans cet espace de travail.',
	'dashboard.sample_cancel_hint':
		'« Annuler » arrête un chargement en cours et retire ce qui a été chargé jusque-là.',
	'dashboard.sample_load_button': 'Charger',
	'dashboard.sample_cancelling': 'Arrêt en cours : retrait de ce qui a déjà été chargé…',
	'dashboard.sample_cancelled':
		'Chargement arrêté. Ce qui avait été chargé jusque-là a été retiré.',
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
	'dashboard.sample_already_loaded': 'Ces données d’exemple sont déjà chargées.',
	'dashboard.sample_not_loaded': 'Aucune donnée d’exemple à retirer sur cet appareil.',
	'dashboard.sample_forbidden':
		'Seuls les administrateurs partenaires peuvent charger ou retirer des données d’exemple.'
};
