import type { usageEn } from './messages-en';

// Texte français de la vue d’utilisation.
export const usageFr: Record<keyof typeof usageEn, string> = {
  'usage.title': 'Vendues → déployées → utilisées',
  'usage.lead':
    'Les licences déployées servent-elles vraiment ? Utilisateurs actifs de chaque charge de travail sur les 28 derniers jours, face aux utilisateurs qui y ont droit.',
  'usage.used': 'Utilisées',
  'usage.active': 'Utilisateurs actifs',
  'usage.qualified': 'Utilisateurs avec licence',
  'usage.percent': '% d’utilisation',
  'usage.untracked': 'Déployées, utilisation non suivie',
  'usage.percentBasis':
    '% d’utilisation = {used} utilisées sur les {tracked} licences déployées des produits dont l’utilisation est suivie ; les {untracked} licences déployées des autres produits n’en font pas partie.',
  'usage.workload': 'Charge de travail',
  'usage.usedNote':
    'Utilisées = pour chaque produit, le plus grand nombre d’utilisateurs actifs parmi ses charges de travail (une personne active dans Teams et Exchange compte une fois).',
  'usage.chartTitle': 'Utilisateurs actifs et utilisateurs avec licence par charge de travail',
  'usage.chartSummary':
    'Histogramme des utilisateurs actifs et des utilisateurs avec licence pour {count} charges de travail. Les tableaux ci-dessous donnent les mêmes chiffres.',
  'usage.byProduct': 'Par produit',
  'usage.byWorkload': 'Par produit et charge de travail',
  'usage.emptyTitle': 'Pas de données d’utilisation',
  'usage.emptyBody':
    'L’Espace partenaires ne rapporte aucune utilisation pour ce client. L’utilisation est suivie pour les charges de travail Microsoft 365 comme Exchange, SharePoint, OneDrive et Teams.',
  'usage.noUsage': 'utilisation non suivie',
};
