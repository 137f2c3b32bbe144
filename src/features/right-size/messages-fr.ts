import type { rightSizeEn } from './messages-en';

// Texte français de la vue de redimensionnement.
export const rightSizeFr: Record<keyof typeof rightSizeEn, string> = {
  'rightSize.title': 'Plan de redimensionnement',
  'rightSize.lead':
    'Quelles licences réduire, avant quand, et ce que cela économise. Lecture seule : le plan recommande, il ne modifie jamais un abonnement.',
  'rightSize.kpi.unusedCost': 'Coût mensuel des licences inutilisées',
  'rightSize.kpi.savingsNow': 'Économies possibles dès maintenant (par mois)',
  'rightSize.kpi.savingsAtRenewal': 'Économies aux prochains renouvellements (par mois)',
  'rightSize.col.product': 'Produit',
  'rightSize.col.subscription': 'Abonnement',
  'rightSize.col.term': 'Durée et facturation',
  'rightSize.col.renews': 'Renouvellement le',
  'rightSize.col.autoRenew': 'Renouvellement auto',
  'rightSize.col.bought': 'Licences achetées',
  'rightSize.col.assigned': 'Attribuées',
  'rightSize.col.unused': 'Inutilisées',
  'rightSize.col.over': 'Surattribuées',
  'rightSize.col.cost': 'Coût mensuel des licences inutilisées',
  'rightSize.col.action': 'Action',
  'rightSize.tableCaption': 'Une ligne par abonnement, avec sa part des licences du produit',
  'rightSize.on': 'activé',
  'rightSize.off': 'désactivé',
  'rightSize.inDays': 'dans {days} jours',
  'rightSize.daysAgo': 'il y a {days} jours',
  'rightSize.soon': 'renouvellement sous 30 jours',
  'rightSize.assignedNow': 'attribuées maintenant',
  'rightSize.assignedAsOf': 'au {date}',
  'rightSize.action.refundNow': 'Réduire de {seats} maintenant — remboursement jusqu’au {until}',
  'rightSize.action.setNextTerm':
    'Prévoir {seats} licences pour la prochaine période avant le {date}',
  'rightSize.action.renewWith': 'Expire le {date} : renouveler avec {seats} licences',
  'rightSize.action.buyOrRemove': 'Acheter {seats} licences ou retirer {seats} attributions',
  'rightSize.action.none': 'Bien dimensionné',
  'rightSize.price.billed': 'prix facturé',
  'rightSize.price.list': 'votre prix',
  'rightSize.price.listOverBilled': 'votre prix (facturé {billed})',
  'rightSize.price.none': 'aucun prix',
  'rightSize.spare': 'Garde {count} licences de réserve par produit (le seuil du portefeuille).',
  'rightSize.liveFallbackRole':
    'Les attributions en direct n’ont pas pu être lues (Partner Center demande un rôle GDAP tel que Lecteur de répertoire ou Administrateur de licences pour ce client) : le plan utilise les chiffres d’analyse, avec leur date.',
  'rightSize.liveFallback':
    'Les attributions en direct n’ont pas pu être lues : le plan utilise les chiffres d’analyse, avec leur date.',
  'rightSize.analyticsFailed':
    'Les lignes d’analyse n’ont pas pu être lues : seuls les produits avec des chiffres en direct peuvent être rapprochés.',
  'rightSize.billingRole':
    'Les colonnes de montants demandent un rôle de facturation Partner Center (agent administrateur, administrateur de facturation ou administrateur général) pour lire les frais non facturés. Tout le reste est affiché ; votre liste de prix s’applique toujours.',
  'rightSize.billingFailed':
    'Les prix facturés n’ont pas pu être lus : les montants n’utilisent que votre liste de prix.',
  'rightSize.billingProgress': 'Lecture des prix facturés ({currency}) : {pages} pages…',
  'rightSize.unpriced':
    '{count} abonnements avec des licences inutilisées n’ont pas de prix : leur coût n’est pas dans les totaux.',
  'rightSize.detailsPending': 'Lecture des délais de remboursement…',
  'rightSize.detailsFailed': 'Le délai de remboursement de {count} abonnements n’a pas pu être lu.',
  'rightSize.unmatched.title': 'Abonnements non rapprochés d’un produit',
  'rightSize.unmatched.lead':
    'Leur nom ne correspond à aucune ligne de déploiement. Choisissez la ligne à laquelle chacun se rapporte ; le choix est gardé dans ce navigateur pour ce partenaire.',
  'rightSize.unmatched.select': 'Ligne de déploiement pour {name}',
  'rightSize.unmatched.none': '— non rapproché —',
  'rightSize.apart.title': 'Non comptés comme licences',
  'rightSize.apart.trial': 'essai',
  'rightSize.apart.suspended': 'suspendu',
  'rightSize.apart.expired': 'expiré',
  'rightSize.apart.not-seats': 'non facturé par licence',
  'rightSize.apart.other': 'autre état',
  'rightSize.seats': '{count} licences',
  'rightSize.emptyTitle': 'Aucun abonnement',
  'rightSize.emptyBody': 'Ce partenaire n’a aucun abonnement pour ce client dans Partner Center.',
  'rightSize.print': 'Imprimer',
  'rightSize.prices.title': 'Votre liste de prix',
  'rightSize.prices.lead':
    'Prix mensuel par licence, par produit : complète les produits sans prix facturé et remplace un prix facturé. Gardée dans ce navigateur pour ce partenaire.',
  'rightSize.prices.product': 'Produit',
  'rightSize.prices.amount': 'Prix mensuel par licence',
  'rightSize.prices.currency': 'Devise',
  'rightSize.prices.add': 'Enregistrer le prix',
  'rightSize.prices.remove': 'Retirer {name}',
  'rightSize.prices.import': 'Importer un CSV',
  'rightSize.prices.export': 'Exporter la liste de prix',
  'rightSize.prices.imported': '{count} prix importés, {skipped} lignes ignorées.',
  'rightSize.prices.invalid':
    'Saisissez un prix à partir de 0 et un code de devise à trois lettres.',
};
