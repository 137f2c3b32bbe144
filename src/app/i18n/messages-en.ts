// English text of the app itself: layout, sign-in, configuration errors, page chrome.
export const appEn = {
  'layout.findCustomer': 'Find a customer',
  'layout.skipToContent': 'Skip to content',
  'layout.skipToTable': 'Skip to the table',
  'layout.mainNav': 'Main',
  'layout.language': 'Language',
  'layout.demo': 'Demo data',
  'layout.demoHint':
    'Sample customers from the built-in Partner Center emulator; no account needed.',
  'layout.tenant': 'tenant {tenantId}',
  'layout.switchAccount': 'Switch account',
  'layout.addAccount': 'Use another account…',
  'layout.signOut': 'Sign out',
  'layout.notFoundTitle': 'This page does not exist',

  'auth.signedOut':
    'Sign in with your Partner Center work account to see your customers’ licenses.',
  'auth.redirecting': 'Taking you to sign in…',
  'auth.signIn': 'Sign in',
  'auth.failedTitle': 'Sign-in did not complete',
  'auth.failedBody':
    'Microsoft Entra ID answered: {code}. Try again; if it keeps failing, give this code to your administrator.',

  'config.title': 'License Insights is not configured correctly',
  'config.body': 'The file /config.json is missing or has values the app cannot use:',
  'config.help': 'Fix these keys (see the README, “Configuration”) and reload the page.',

  'customersPage.title': 'Customers',
  'customersPage.lead':
    'Find a customer to see how many licenses were sold and how many are deployed, product by product.',

  'portfolioPage.title': 'Portfolio',
  'portfolioPage.lead':
    'Every customer ranked by unused seats. Open a customer for its products, trend and usage.',
  'portfolioPage.shortcutHint': 'Press / anywhere to find a customer.',

  'customer.tabs': 'Customer views',
  'customer.tab.snapshot': 'Snapshot',
  'customer.tab.trend': 'Trend',
  'customer.tab.usage': 'Usage',
  'customer.tab.rightsize': 'Right-size',
  'customer.breadcrumb': 'Breadcrumb',
  'customer.allCustomers': '← All customers',
  'customer.backToPicker': 'Back to customers',
  'customer.unnamed': 'Customer',
  'customer.invalidIdTitle': 'This is not a customer ID',
  'customer.invalidIdBody':
    '“{id}” is not a Partner Center customer ID. Customer IDs are GUIDs such as 4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04.',
  'customer.invalidSearch':
    'Some settings in this link were not understood and were reset to their defaults: {keys}.',
} as const;
