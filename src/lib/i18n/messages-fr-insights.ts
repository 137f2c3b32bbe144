import type { enInsights } from './messages-en-insights';

// Texte français du portefeuille, de la tendance et de l’utilisation (mêmes clés).
export const frInsights: Record<keyof typeof enInsights, string> = {
  'portfolio.title': 'Portefeuille',
  'portfolio.lead':
    'Tous les clients, classés par licences inutilisées. Ouvrez un client pour ses produits, sa tendance et son utilisation.',
  'portfolio.findCustomer': 'Trouver un client',
  'portfolio.shortcutHint': 'Appuyez sur / n’importe où pour trouver un client.',
  'portfolio.searchLabel': 'Filtrer les clients',
  'portfolio.searchPlaceholder': 'Nom ou ID du client',
  'portfolio.flaggedOnly': 'Signalés seulement ({count})',
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

  'customer.tabs': 'Vues du client',
  'customer.tab.snapshot': 'Instantané',
  'customer.tab.trend': 'Tendance',
  'customer.tab.usage': 'Utilisation',

  'trend.title': 'Licences vendues et déployées dans le temps',
  'trend.period': 'Période',
  'trend.months12': '12 derniers mois',
  'trend.months24': '24 derniers mois',
  'trend.product': 'Produit',
  'trend.allProducts': 'Tous les produits (total)',
  'trend.progress': '{loaded} mois chargés sur {total}…',
  'trend.unavailableTitle': 'Pas d’historique pour ce client',
  'trend.unavailableBody':
    'L’Espace partenaires n’a pas renvoyé les mois passés pour ce client : il n’y a pas de tendance à tracer. L’instantané montre toujours les derniers chiffres.',
  'trend.missingMonths': 'Non fournis par l’Espace partenaires : {months}.',
  'trend.month': 'Mois',
  'trend.chartSummary':
    'Courbes des licences vendues et déployées par mois sur {count} mois. Le tableau ci-dessous donne les mêmes chiffres.',
  'trend.tableTitle': 'Mois par mois',
  'trend.tableCaption': 'Licences vendues, déployées et inutilisées à la fin de chaque mois.',
  'trend.notSold': 'pas encore vendu',

  'usage.title': 'Vendues → déployées → utilisées',
  'usage.lead':
    'Les licences déployées servent-elles vraiment ? Utilisateurs actifs de chaque charge de travail sur les 28 derniers jours, face aux utilisateurs qui y ont droit.',
  'usage.used': 'Utilisées',
  'usage.active': 'Utilisateurs actifs',
  'usage.qualified': 'Utilisateurs licenciés',
  'usage.percent': 'Utilisation %',
  'usage.workload': 'Charge de travail',
  'usage.usedNote':
    'Utilisées = pour chaque produit, le plus grand nombre d’utilisateurs actifs parmi ses charges de travail (une personne active dans Teams et Exchange compte une fois).',
  'usage.chartTitle': 'Utilisateurs actifs et licenciés par charge de travail',
  'usage.chartSummary':
    'Histogramme des utilisateurs actifs et licenciés pour {count} charges de travail. Les tableaux ci-dessous donnent les mêmes chiffres.',
  'usage.byProduct': 'Par produit',
  'usage.byWorkload': 'Par produit et charge de travail',
  'usage.emptyTitle': 'Pas de données d’utilisation',
  'usage.emptyBody':
    'L’Espace partenaires ne rapporte aucune utilisation pour ce client. L’utilisation est suivie pour les charges de travail Microsoft 365 comme Exchange, SharePoint, OneDrive et Teams.',
  'usage.noUsage': 'utilisation non suivie',
};
