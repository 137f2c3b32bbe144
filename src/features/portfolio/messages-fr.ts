import type { portfolioEn } from './messages-en';

// Texte français du portefeuille (tous les clients).
export const portfolioFr: Record<keyof typeof portfolioEn, string> = {
  'portfolio.searchLabel': 'Filtrer les clients',
  'portfolio.searchPlaceholder': 'Nom ou ID du client',
  'portfolio.flaggedOnly': 'Signalés uniquement ({count})',
  'portfolio.filtersSummary': 'Filtres et export',
  'portfolio.thresholdsSummary':
    'sous {percent} % déployées, sauf si {spare} licences libres au plus',
  'portfolio.thresholds': 'Signaler les clients',
  'portfolio.flagBelow': 'déployés à moins de (%)',
  'portfolio.ignoreSpare': 'sauf si les licences inutilisées sont au plus',
  'portfolio.thresholdsHint': 'Mémorisés dans ce navigateur.',
  'portfolio.progress': '{loaded} clients chargés ({share} des données)…',
  'portfolio.progressUnknown': '{loaded} clients chargés, chargement de la suite…',
  'portfolio.loadedAll': 'Les {count} clients sont chargés.',
  'portfolio.stopped':
    'Chargement interrompu après {loaded} clients ; les chiffres ci-dessous ne couvrent que ceux-là.',
  'portfolio.resume': 'Reprendre le chargement',
  'portfolio.customer': 'Client',
  'portfolio.customers': 'Clients',
  'portfolio.flagged': 'Signalé',
  'portfolio.stale': 'Données de {date}',
  'portfolio.staleTitle':
    'Données anciennes : l’Espace partenaires a traité les données de ce client pour la dernière fois le {date}, bien avant les autres.',
  'portfolio.flaggedCustomers': 'Clients signalés',
  'portfolio.unusedNote':
    'Comptées produit par produit, comme sur la page de chaque client : les licences inutilisées sont vendues et non déployées ; les licences surattribuées sont déployées au-delà de ce qui a été vendu (un risque de facturation et de conformité) et ne compensent jamais les licences inutilisées d’un autre produit.',
  'portfolio.flagRule':
    'Signalés : déployés à moins de {percent} % avec plus de {spare} licences inutilisées — {flagged} clients sur {total} ({share}).',
  'portfolio.totalsSummary': 'Totaux : {unused} licences inutilisées sur {customers} clients',
  'portfolio.topTitle': 'Licences inutilisées : les {count} clients en tête',
  'portfolio.topSummary':
    'Histogramme des {count} clients ayant le plus de licences inutilisées : {list}.',
  'portfolio.tableTitle': 'Clients ({count})',
  'portfolio.tableCaption':
    'Licences vendues, déployées et inutilisées par client. Les en-têtes de colonne trient le tableau ; les clients signalés portent la mention « Signalé ».',
  'portfolio.noMatch': 'Aucun client ne correspond à cette recherche et à ces filtres.',
  'portfolio.emptyTitle': 'Pas encore de données de licences',
  'portfolio.emptyBody':
    'L’Espace partenaires n’a pas encore de données de déploiement pour vos clients (elles sont traitées chaque jour).',
  'portfolio.unknownService':
    'L’Espace partenaires n’a aucun service appelé « {value} » dans les données de vos clients : aucun client ne peut y correspondre. Choisissez un service dans le filtre Service, ou affichez tous les clients.',
  'portfolio.unknownChannel':
    'L’Espace partenaires n’a aucun canal appelé « {value} » dans les données de vos clients : aucun client ne peut y correspondre. Choisissez un canal dans le filtre Canal, ou affichez tous les clients.',
  'portfolio.clearFilters': 'Afficher tous les clients',
};
