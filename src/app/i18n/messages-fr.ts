import type { appEn } from './messages-en';

// Texte français de l’application (mise en page, connexion, configuration, pages).
export const appFr: Record<keyof typeof appEn, string> = {
  'layout.findCustomer': 'Trouver un client',
  'layout.skipToContent': 'Aller au contenu',
  'layout.skipToTable': 'Aller au tableau',
  'layout.mainNav': 'Navigation principale',
  'layout.language': 'Langue',
  'layout.demo': 'Données de démonstration',
  'layout.demoHint':
    'Clients fictifs de l’émulateur intégré de l’Espace partenaires ; aucun compte nécessaire.',
  'layout.tenant': 'locataire {tenantId}',
  'layout.switchAccount': 'Changer de compte',
  'layout.addAccount': 'Utiliser un autre compte…',
  'layout.signOut': 'Se déconnecter',
  'layout.notFoundTitle': 'Cette page n’existe pas',

  'auth.signedOut':
    'Connectez-vous avec votre compte professionnel de l’Espace partenaires pour voir les licences de vos clients.',
  'auth.redirecting': 'Redirection vers la connexion…',
  'auth.signIn': 'Se connecter',
  'auth.failedTitle': 'La connexion n’a pas abouti',
  'auth.failedBody':
    'Microsoft Entra ID a répondu : {code}. Réessayez ; si cela persiste, transmettez ce code à votre administrateur.',

  'config.title': 'License Insights n’est pas configuré correctement',
  'config.body': 'Le fichier /config.json est absent ou contient des valeurs inutilisables :',
  'config.help': 'Corrigez ces clés (voir le README, « Configuration ») puis rechargez la page.',

  'customersPage.title': 'Clients',
  'customersPage.lead':
    'Trouvez un client pour voir, produit par produit, combien de licences ont été vendues et combien sont déployées.',

  'portfolioPage.title': 'Portefeuille',
  'portfolioPage.lead':
    'Tous les clients, classés par licences inutilisées. Ouvrez un client pour ses produits, sa tendance et son utilisation.',
  'portfolioPage.shortcutHint': 'Appuyez sur / n’importe où pour trouver un client.',

  'customer.tabs': 'Vues du client',
  'customer.tab.snapshot': 'Instantané',
  'customer.tab.trend': 'Tendance',
  'customer.tab.usage': 'Utilisation',
  'customer.tab.rightsize': 'Redimensionner',
  'customer.breadcrumb': 'Fil d’Ariane',
  'customer.allCustomers': '← Tous les clients',
  'customer.backToPicker': 'Retour aux clients',
  'customer.unnamed': 'Client',
  'customer.invalidIdTitle': 'Ce n’est pas un ID client',
  'customer.invalidIdBody':
    '« {id} » n’est pas un ID client de l’Espace partenaires. Un ID client est un GUID, par exemple 4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04.',
  'customer.invalidSearch':
    'Certains paramètres de ce lien n’ont pas été compris et ont été réinitialisés : {keys}.',
};
