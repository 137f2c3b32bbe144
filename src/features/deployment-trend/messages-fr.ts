import type { trendEn } from './messages-en';

// Texte français de la tendance de déploiement.
export const trendFr: Record<keyof typeof trendEn, string> = {
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
  'trend.notProcessedTitle': 'Pas encore dans les analyses de licences',
  'trend.notProcessedBody':
    'Le rapport de déploiement par client de l’Espace partenaires indique {count} produits pour ce client (l’onglet Instantané les affiche), mais ses analyses de licences, d’où vient la tendance, n’ont encore aucune ligne pour lui.',
  'trend.missingMonths': 'Non fournis par l’Espace partenaires : {months}.',
  'trend.month': 'Mois',
  'trend.chartSummary':
    'Courbes des licences vendues et déployées par mois sur {count} mois. Le tableau ci-dessous donne les mêmes chiffres.',
  'trend.tableTitle': 'Mois par mois',
  'trend.tableCaption': 'Licences vendues, déployées et inutilisées à la fin de chaque mois.',
  'trend.notSold': 'pas encore vendu',
};
