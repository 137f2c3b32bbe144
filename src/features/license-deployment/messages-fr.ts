import type { deploymentEn } from './messages-en';

// Texte français de l’instantané d’un client (licences vendues et déployées).
export const deploymentFr: Record<keyof typeof deploymentEn, string> = {
  'deployment.chartTitle': 'Licences vendues et déployées',
  'deployment.chartTop': '{top} premiers produits sur {count}, {sort}',
  'deployment.chartAll': 'Les {count} produits, {sort}',
  'deployment.chartSummary':
    'Graphique en barres de {count} produits, {sort} : pour chacun, les licences déployées, l’écart inutilisé et les licences attribuées au-delà des ventes. En tête : {first}. Le tableau ci-dessous contient tous les chiffres.',
  'deployment.chartSummaryItem': '{name} : {deployed} déployées sur {sold}',
  'deployment.chartOverAssigned': 'Attribuées en trop',
  'deployment.chartValues': '{deployed} / {sold}',
  'deployment.chartValuesOver': '{deployed} / {sold} ⚠ +{over}',
  'deployment.chartValuesNote': 'Chiffres : déployées / vendues',
  'deployment.chartPage':
    'Le graphique montre les produits {from} à {to} sur {count} ({cap} au plus à la fois) ; le tableau les liste tous.',
  'deployment.chartPrevious': '{cap} précédents',
  'deployment.chartNext': '{cap} suivants',
  'deployment.showAll': 'Tout afficher ({count})',
  'deployment.showTop': 'Afficher les {top} premiers',
  'deployment.sortedBy.unused': 'par licences inutilisées',
  'deployment.sortedBy.product': 'par nom de produit',
  'deployment.sortedBy.sold': 'par licences vendues',
  'deployment.sortedBy.deployed': 'par licences déployées',
  'deployment.sortedBy.overAssigned': 'par licences surattribuées',
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
