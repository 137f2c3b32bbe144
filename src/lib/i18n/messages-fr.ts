import type { sharedEn } from './messages-en';

// Texte français partagé : mêmes clés que l’anglais, vérifié par le typage.
export const sharedFr: Record<keyof typeof sharedEn, string> = {
  'common.loading': 'Chargement…',
  'common.copy': 'Copier',
  'common.copied': 'Copié',
  'common.rowsSkipped':
    '{count} ligne(s) illisible(s) non affichée(s) ; le reste des données est affiché.',
  'common.exportCsv': 'Exporter en CSV',

  'seats.product': 'Produit',
  'seats.sold': 'Licences vendues',
  'seats.deployed': 'Licences déployées',
  'seats.unused': 'Licences inutilisées',
  'seats.percent': '% déployé',
  'seats.overAssigned': 'Licences surattribuées',
  'seats.overAssignedRisk':
    'Attribuées au-delà de ce qui a été vendu : un risque de facturation et de conformité à régler avec le client.',

  'seats.arithmetic':
    '{sold} vendues − {deployed} déployées = {net}, mais {unused} licences sont inutilisées sur certains produits et {over} sont surattribuées sur d’autres (déployées au-delà de ce qui a été vendu, un risque de facturation et de conformité). Les licences surattribuées ne compensent jamais les licences inutilisées.',
  'seats.arithmeticOverOnly':
    '{sold} vendues − {deployed} déployées = {net} : aucune licence n’est inutilisée, et {over} sont surattribuées (déployées au-delà de ce qui a été vendu, un risque de facturation et de conformité).',
  'data.asOfWhen': 'Données traitées {when}',
  'data.stale':
    'Données anciennes : l’Espace partenaires ne les a pas traitées depuis plus de {days} jours (il le fait normalement chaque jour) ; elles peuvent ne plus correspondre aux licences du client.',
  'data.asOfUnknown': 'L’Espace partenaires n’a pas indiqué la date de traitement de ces données.',

  'filters.title': 'Filtres',
  'filters.service': 'Service',
  'filters.channel': 'Canal',
  'filters.allServices': 'Tous les services',
  'filters.allChannels': 'Tous les canaux',
  'filters.applied': 'Filtres appliqués : {list}',
  'filters.sortedBy': 'Tri',

  'codes.service.o365': 'Microsoft 365 (Office 365)',
  'codes.service.crm': 'Dynamics 365 (CRM)',
  'codes.channel.reseller': 'Revendeur',
  'codes.channel.direct': 'Direct',

  'retry.throttled': 'L’Espace partenaires est surchargé — nouvel essai dans {seconds} s ({area})',
  'retry.transient': 'L’Espace partenaires n’a pas répondu — nouvel essai dans {seconds} s',
  'retry.slow': 'L’Espace partenaires met du temps à répondre — attente en cours',
  'retry.timedOut':
    'L’Espace partenaires n’a pas répondu à temps — nouvel essai (tentative {attempt} sur {max})',
  'retry.family.customers': 'clients',
  'retry.family.customerAnalytics': 'analyses des clients',
  'retry.family.partnerAnalytics': 'analyses du partenaire',
  'retry.family.subscriptions': 'abonnements',
  'retry.family.invoices': 'factures',
  'retry.family.other': 'autres requêtes',
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
  'error.chunk.title': 'Une partie de License Insights n’a pas pu être téléchargée',
  'error.chunk.body':
    'La connexion a été interrompue ou une nouvelle version est en cours de déploiement. Réessayez ; si le problème persiste, rechargez la page.',
  'error.unexpected.title': 'Un problème est survenu dans cette vue',
  'error.unexpected.body':
    'Le reste de la page fonctionne. Réessayez ; si cela se reproduit, rechargez la page.',
  'error.offline.title': 'Vous êtes hors ligne',
  'error.offline.body':
    'Cet appareil n’a pas de connexion réseau. Rétablissez la connexion puis réessayez.',
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
    'Votre connexion n’incluait pas l’authentification multifacteur (MFA), obligatoire pour ces données. Reconnectez-vous et validez la demande MFA.',
  'error.role.title': 'Votre rôle dans l’Espace partenaires ne permet pas de lire les analyses',
  'error.role.body':
    'Demandez à l’administrateur de votre Espace partenaires un rôle autorisé à consulter les analyses (par exemple Agent administrateur), puis reconnectez-vous.',
  'error.noRelationship.title': 'Aucune relation avec ce client',
  'error.noRelationship.body':
    'Votre organisation n’a pas de relation de revendeur ou d’accès délégué active avec ce client ; l’Espace partenaires ne partage donc aucune donnée à son sujet.',
  'error.forbidden.title': 'L’Espace partenaires a refusé cette requête',
  'error.forbidden.body':
    'Votre compte n’est pas autorisé à lire ces données. Si cela vous semble anormal, contactez l’administrateur de votre Espace partenaires.',
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
