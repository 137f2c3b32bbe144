import type { MessageKey } from './messages-en';
import { frInsights } from './messages-fr-insights';

// Texte français. Même jeu de clés que l’anglais, vérifié par le typage.
export const fr: Record<MessageKey, string> = {
  ...frInsights,
  'common.loading': 'Chargement…',
  'common.copy': 'Copier',
  'common.copied': 'Copié',
  'common.rowsSkipped': '{count} ligne(s) illisible(s) ne sont pas affichées ; le reste l’est.',

  'layout.skipToContent': 'Aller au contenu',
  'layout.mainNav': 'Principal',
  'layout.language': 'Langue',
  'layout.demo': 'Données de démonstration',
  'layout.demoHint':
    'Clients fictifs de l’émulateur Partner Center intégré ; aucun compte nécessaire.',
  'layout.tenant': 'locataire {tenantId}',
  'layout.switchAccount': 'Changer de compte',
  'layout.addAccount': 'Utiliser un autre compte…',
  'layout.signOut': 'Se déconnecter',
  'layout.notFoundTitle': 'Cette page n’existe pas',

  'auth.signedOut':
    'Connectez-vous avec votre compte professionnel Espace partenaires pour voir les licences de vos clients.',
  'auth.redirecting': 'Redirection vers la connexion…',
  'auth.signIn': 'Se connecter',
  'auth.failedTitle': 'La connexion n’a pas abouti',
  'auth.failedBody':
    'Microsoft Entra ID a répondu : {code}. Réessayez ; si cela persiste, transmettez ce code à votre administrateur.',

  'config.title': 'License Insights n’est pas configuré correctement',
  'config.body': 'Le fichier /config.json est absent ou contient des valeurs inutilisables :',
  'config.help': 'Corrigez ces clés (voir le README, « Configuration ») puis rechargez la page.',

  'picker.title': 'Clients',
  'picker.lead':
    'Trouvez un client pour voir, produit par produit, combien de licences ont été vendues et combien sont déployées.',
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

  'customer.breadcrumb': 'Fil d’Ariane',
  'customer.allCustomers': '← Tous les clients',
  'customer.backToPicker': 'Retour aux clients',
  'customer.unnamed': 'Client',
  'customer.invalidIdTitle': 'Ce n’est pas un ID client',
  'customer.invalidIdBody':
    '« {id} » n’est pas un ID client Espace partenaires. Un ID client est un GUID, par exemple 4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04.',
  'customer.invalidSearch':
    'Certains paramètres de ce lien n’ont pas été compris et ont été réinitialisés : {keys}.',

  'deployment.product': 'Produit',
  'deployment.sold': 'Licences vendues',
  'deployment.deployed': 'Licences déployées',
  'deployment.unused': 'Licences inutilisées',
  'deployment.percent': '% déployé',
  'deployment.asOf': 'Données du',
  'deployment.asOfUnknown':
    'L’Espace partenaires n’a pas indiqué la date de traitement de ces données.',
  'deployment.filters': 'Filtres',
  'deployment.service': 'Service',
  'deployment.channel': 'Canal',
  'deployment.allServices': 'Tous les services',
  'deployment.allChannels': 'Tous les canaux',
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
  'deployment.exportCsv': 'Exporter en CSV',

  'retry.throttled': 'L’Espace partenaires est surchargé — nouvel essai dans {seconds} s',
  'retry.transient': 'L’Espace partenaires n’a pas répondu — nouvel essai dans {seconds} s',
  'retry.cancel': 'Annuler',
  'retry.offline':
    'Vous êtes hors ligne. License Insights chargera les données dès le retour de la connexion.',
  'refetch.failed': 'Actualisation impossible :',

  'error.detail': 'Réponse de l’Espace partenaires (HTTP {status}, code {code}) : {description}',
  'error.detailStatusOnly': 'L’Espace partenaires a répondu HTTP {status} (code {code}).',
  'error.supportIds': 'Si vous contactez le support Microsoft, citez ces identifiants :',
  'error.copyIds': 'Copier les identifiants pour le support',
  'error.action.retry': 'Réessayer',
  'error.action.signIn': 'Se reconnecter',
  'error.action.signInMfa': 'Se reconnecter avec l’authentification multifacteur',
  'error.unexpected.title': 'Un problème est survenu dans cette vue',
  'error.unexpected.body':
    'Le reste de la page fonctionne. Réessayez ; si cela se reproduit, rechargez la page.',
  'error.offline.title': 'Vous êtes hors ligne',
  'error.offline.body':
    'Cet appareil n’a pas de connexion réseau. Reconnectez-vous puis réessayez.',
  'error.network.title': 'Impossible de joindre l’Espace partenaires',
  'error.network.body':
    'Aucune réponse n’est revenue (problème de réseau ou de proxy). Vérifiez la connexion et réessayez.',
  'error.timeout.title': 'L’Espace partenaires a mis trop de temps à répondre',
  'error.timeout.body':
    'La requête a été interrompue après une trop longue attente. Le service est peut-être lent ; réessayez.',
  'error.shape.title': 'L’Espace partenaires a renvoyé des données d’une forme inattendue',
  'error.shape.body':
    'Le champ « {field} » ne contenait pas ce que License Insights attend ; rien n’est affiché plutôt que des chiffres faux.',
  'error.session.title': 'Votre session a expiré',
  'error.session.body':
    'Reconnectez-vous pour continuer. Vous reviendrez exactement sur cette vue.',
  'error.mfa.title': 'L’Espace partenaires exige l’authentification multifacteur',
  'error.mfa.body':
    'Votre connexion n’incluait pas de MFA, obligatoire pour ces données. Reconnectez-vous et validez la demande MFA.',
  'error.role.title': 'Votre rôle Espace partenaires ne permet pas de lire les analyses',
  'error.role.body':
    'Demandez à votre administrateur Espace partenaires un rôle autorisé à consulter les analyses (par exemple Agent administrateur), puis reconnectez-vous.',
  'error.noRelationship.title': 'Aucune relation avec ce client',
  'error.noRelationship.body':
    'Votre organisation n’a pas de relation de revendeur ou d’accès délégué active avec ce client ; l’Espace partenaires ne partage donc aucune donnée à son sujet.',
  'error.forbidden.title': 'L’Espace partenaires a refusé cette requête',
  'error.forbidden.body':
    'Votre compte n’est pas autorisé à lire ces données. Si cela vous semble anormal, contactez votre administrateur Espace partenaires.',
  'error.notFound.title': 'Client introuvable',
  'error.notFound.body':
    'L’Espace partenaires ne connaît aucun client avec cet ID dans votre organisation. Vérifiez l’ID ou choisissez le client dans la liste.',
  'error.badRequest.title': 'L’Espace partenaires a rejeté la requête',
  'error.badRequest.body':
    'La requête n’était pas valide pour l’Espace partenaires (souvent un ID client mal formé).',
  'error.throttled.title': 'L’Espace partenaires est surchargé',
  'error.throttled.body': 'Trop de requêtes en peu de temps. Patientez un instant puis réessayez.',
  'error.service.title': 'L’Espace partenaires a rencontré un problème',
  'error.service.body':
    'L’Espace partenaires a répondu par une erreur serveur, généralement temporaire ; réessayez dans quelques minutes.',
  'error.paging.title': 'L’Espace partenaires a envoyé une pagination défectueuse',
  'error.pagingLoop.body':
    'L’Espace partenaires a envoyé une suite de liens « page suivante » qui se répète ou ne finit pas ; License Insights a arrêté le chargement plutôt que de redemander les mêmes pages.',
  'error.pagingUnsafe.body':
    'L’Espace partenaires a envoyé un lien « page suivante » qui sort de son API. License Insights ne l’a pas suivi : votre jeton de connexion n’a été envoyé nulle part ailleurs.',
};
