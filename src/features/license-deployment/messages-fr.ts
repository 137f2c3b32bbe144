import type { deploymentEn } from './messages-en';

// Texte français de l’instantané d’un client (licences vendues et déployées).
export const deploymentFr: Record<keyof typeof deploymentEn, string> = {
  'deployment.chartTitle': 'Licences vendues et déployées',
  'deployment.chartTop': '{top} premiers produits sur {count}, {sort}',
  'deployment.chartAll': 'Les {count} produits, {sort}',
  'deployment.chartSummary':
    'Graphique en barres des licences vendues et déployées pour {count} produits. Le tableau ci-dessous contient les mêmes chiffres.',
  'deployment.showAll': 'Tout afficher ({count})',
  'deployment.showTop': 'Afficher les {top} premiers',
  'deployment.sortedBy.unused': 'par licences inutilisées',
  'deployment.sortedBy.product': 'par nom de produit',
  'deployment.sortedBy.sold': 'par licences vendues',
  'deployment.sortedBy.deployed': 'par licences déployées',
  'deployment.sortedBy.percent': 'par % déployé',
  'deployment.tableTitle': 'Produits ({count})',
  'deployment.tableCaption':
    'Licences vendues, déployées et inutilisées par produit. Les en-têtes de colonne trient le tableau.',
  'deployment.emptyTitle': 'Aucune licence à afficher',
  'deployment.emptyBody':
    'L’Espace partenaires n’a aucune donnée de déploiement de licences pour ce client : aucune licence ne lui a été vendue, ou aucune n’est encore suivie.',
  'deployment.noMatch': 'Aucun produit ne correspond à ces filtres.',
  'deployment.clearFilters': 'Effacer les filtres',
  'deployment.fromAnalytics.empty':
    'Le rapport de déploiement par client de l’Espace partenaires n’a renvoyé aucune ligne pour ce client : ces chiffres viennent de ses analyses de licences.',
  'deployment.fromAnalytics.missing':
    'Le rapport de déploiement par client de l’Espace partenaires a répondu « introuvable » pour ce client : ces chiffres viennent de ses analyses de licences.',
  'deployment.fromAnalytics.refused':
    'Le rapport de déploiement par client de l’Espace partenaires a refusé la demande pour ce client : ces chiffres viennent de ses analyses de licences.',
};
