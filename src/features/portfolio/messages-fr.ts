import type { portfolioEn } from './messages-en';

// Texte français du portefeuille (tous les clients).
export const portfolioFr: Record<keyof typeof portfolioEn, string> = {
  'portfolio.searchLabel': 'Filtrer les clients',
  'portfolio.searchPlaceholder': 'Nom ou ID du client',
  'portfolio.flaggedOnly': 'Signalés seulement ({count})',
  'portfolio.filtersSummary': 'Filtres et export',
  'portfolio.thresholdsSummary':
    'sous {percent} % déployées, sauf si {spare} licences libres au plus',
  'portfolio.thresholds': 'Signaler les clients',
  'portfolio.flagBelow': 'déployés sous (%)',
  'portfolio.ignoreSpare': 'sauf si les licences libres sont au plus',
  'portfolio.thresholdsHint': 'Mémorisé dans ce navigateur.',
  'portfolio.progress': '{loaded} clients chargés sur {total}…',
  'portfolio.progressUnknown': '{loaded} clients chargés, chargement de la suite…',
  'portfolio.loadedAll': 'Les {count} clients sont chargés.',
  'portfolio.stopped':
    'Chargement interrompu après {loaded} clients ; les chiffres ci-dessous ne couvrent que ceux-là.',
  'portfolio.resume': 'Reprendre le chargement',
  'portfolio.customer': 'Client',
  'portfolio.customers': 'Clients',
  'portfolio.flagged': 'Signalé',
  'portfolio.flaggedCustomers': 'Clients signalés',
  'portfolio.unusedNote':
    'Les licences inutilisées d’un client sont ses licences vendues moins déployées, tous produits confondus (l’Espace partenaires les additionne par client) ; la vue client les compte produit par produit.',
  'portfolio.tableTitle': 'Clients ({count})',
  'portfolio.tableCaption':
    'Licences vendues, déployées et inutilisées par client. Les en-têtes de colonne trient le tableau ; les clients signalés portent la mention « Signalé ».',
  'portfolio.noMatch': 'Aucun client ne correspond à cette recherche et à ces filtres.',
  'portfolio.emptyTitle': 'Pas encore de données de licences',
  'portfolio.emptyBody':
    'L’Espace partenaires n’a pas encore de données de déploiement pour vos clients (elles sont traitées chaque jour).',
  'portfolio.clearFilters': 'Afficher tous les clients',
};
