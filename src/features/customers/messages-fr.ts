import type { customersEn } from './messages-en';

// Texte français du sélecteur de clients.
export const customersFr: Record<keyof typeof customersEn, string> = {
  'picker.searchLabel': 'Rechercher un client',
  'picker.searchPlaceholder': 'Nom de société, domaine ou ID client',
  'picker.searchHint':
    'Tapez le début d’un nom de société ou d’un domaine, ou collez un ID client. ↓ permet d’aller aux résultats.',
  'picker.openId': 'Ouvrir le client {id}',
  'picker.recent': 'Ouverts récemment',
  'picker.clearRecent': 'Effacer',
  'picker.allCustomers': 'Tous les clients',
  'picker.resultsFor': 'Clients correspondant à « {search} »',
  'picker.noMatch': 'Aucun nom de client ni domaine ne commence par « {search} ».',
  'picker.noCustomers': 'Ce partenaire n’a encore aucun client.',
  'picker.count': '{count} clients',
  'picker.countOne': '1 client',
  'picker.countMore': '{count} clients affichés — d’autres sont disponibles',
  'picker.loadMore': 'Charger plus de clients',
};
