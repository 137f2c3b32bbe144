import { enInsights } from './messages-en-insights';

// English UI text. Keys are the contract; fr has exactly the same keys (type-checked).
export const en = {
  ...enInsights,
  'common.loading': 'Loading…',
  'common.copy': 'Copy',
  'common.copied': 'Copied',
  'common.rowsSkipped': '{count} row(s) could not be read and are not shown; the rest is.',

  'layout.skipToContent': 'Skip to content',
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

  'picker.title': 'Customers',
  'picker.lead':
    'Find a customer to see how many licenses were sold and how many are deployed, product by product.',
  'picker.searchLabel': 'Search customers',
  'picker.searchPlaceholder': 'Company name, domain or customer ID',
  'picker.searchHint':
    'Type the start of a company name or domain, or paste a customer ID. Use ↓ to move to the results.',
  'picker.openId': 'Open customer {id}',
  'picker.recent': 'Recently opened',
  'picker.clearRecent': 'Clear',
  'picker.allCustomers': 'All customers',
  'picker.resultsFor': 'Customers matching “{search}”',
  'picker.noMatch': 'No customer name or domain starts with “{search}”.',
  'picker.noCustomers': 'This partner has no customers yet.',
  'picker.count': '{count} customers',
  'picker.countOne': '1 customer',
  'picker.countMore': '{count} customers shown — more available',
  'picker.loadMore': 'Load more customers',

  'customer.breadcrumb': 'Breadcrumb',
  'customer.allCustomers': '← All customers',
  'customer.backToPicker': 'Back to customers',
  'customer.unnamed': 'Customer',
  'customer.invalidIdTitle': 'This is not a customer ID',
  'customer.invalidIdBody':
    '“{id}” is not a Partner Center customer ID. Customer IDs are GUIDs such as 4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04.',
  'customer.invalidSearch':
    'Some settings in this link were not understood and were reset to their defaults: {keys}.',

  'deployment.product': 'Product',
  'deployment.sold': 'Licenses sold',
  'deployment.deployed': 'Licenses deployed',
  'deployment.unused': 'Unused seats',
  'deployment.percent': 'Deployment %',
  'deployment.asOf': 'Data as of',
  'deployment.asOfUnknown': 'Partner Center did not say when this data was processed.',
  'deployment.filters': 'Filters',
  'deployment.service': 'Service',
  'deployment.channel': 'Channel',
  'deployment.allServices': 'All services',
  'deployment.allChannels': 'All channels',
  'deployment.chartTitle': 'Licenses sold vs deployed',
  'deployment.chartTop': 'Top {top} of {count} products, {sort}',
  'deployment.chartAll': 'All {count} products, {sort}',
  'deployment.chartSummary':
    'Bar chart of licenses sold and licenses deployed for {count} products. The table below has the same figures.',
  'deployment.showAll': 'Show all {count}',
  'deployment.showTop': 'Show top {top}',
  'deployment.sortedBy.unused': 'by unused seats',
  'deployment.sortedBy.product': 'by product name',
  'deployment.sortedBy.sold': 'by licenses sold',
  'deployment.sortedBy.deployed': 'by licenses deployed',
  'deployment.sortedBy.percent': 'by deployment %',
  'deployment.tableTitle': 'Products ({count})',
  'deployment.tableCaption':
    'Licenses sold, deployed and unused per product. Column headers sort the table.',
  'deployment.emptyTitle': 'No licenses to show',
  'deployment.emptyBody':
    'Partner Center has no license deployment data for this customer: no licenses have been sold to it, or none are tracked yet.',
  'deployment.noMatch': 'No product matches these filters.',
  'deployment.clearFilters': 'Clear filters',
  'deployment.exportCsv': 'Export CSV',

  'retry.throttled': 'Partner Center is busy — retrying in {seconds} s',
  'retry.transient': 'Partner Center did not answer — retrying in {seconds} s',
  'retry.cancel': 'Cancel',
  'retry.offline':
    'You are offline. License Insights will load the data as soon as the connection is back.',
  'refetch.failed': 'Could not refresh:',

  'error.detail': 'Partner Center said (HTTP {status}, code {code}): {description}',
  'error.detailStatusOnly': 'Partner Center answered HTTP {status} (code {code}).',
  'error.supportIds': 'If you contact Microsoft support, quote these identifiers:',
  'error.copyIds': 'Copy the identifiers for support',
  'error.action.retry': 'Try again',
  'error.action.signIn': 'Sign in again',
  'error.action.signInMfa': 'Sign in again with MFA',
  'error.unexpected.title': 'Something went wrong in this view',
  'error.unexpected.body':
    'The rest of the page still works. Try again; if it happens again, reload the page.',
  'error.offline.title': 'You are offline',
  'error.offline.body': 'This device has no network connection. Reconnect and try again.',
  'error.network.title': 'Partner Center could not be reached',
  'error.network.body':
    'No answer came back (network or proxy problem). Check your connection and try again.',
  'error.timeout.title': 'Partner Center took too long to answer',
  'error.timeout.body':
    'The request was stopped after waiting too long. Partner Center may be slow right now; try again.',
  'error.shape.title': 'Partner Center returned data in an unexpected shape',
  'error.shape.body':
    'The field “{field}” did not contain what License Insights expects, so nothing is shown rather than something wrong.',
  'error.session.title': 'Your session has expired',
  'error.session.body': 'Sign in again to continue. You will come back to this exact view.',
  'error.mfa.title': 'Partner Center requires multi-factor authentication',
  'error.mfa.body':
    'Your sign-in did not include MFA, which Partner Center requires for this data. Sign in again and complete the MFA prompt.',
  'error.role.title': 'Your Partner Center role cannot read analytics',
  'error.role.body':
    'Ask your Partner Center administrator for a role that can view analytics (for example Admin agent), then sign in again.',
  'error.noRelationship.title': 'No relationship with this customer',
  'error.noRelationship.body':
    'Your organisation has no active reseller or delegated relationship with this customer, so Partner Center shares no data about it.',
  'error.forbidden.title': 'Partner Center refused this request',
  'error.forbidden.body':
    'Your account is not allowed to read this data. If you think it should be, ask your Partner Center administrator.',
  'error.notFound.title': 'Customer not found',
  'error.notFound.body':
    'Partner Center knows no customer with this ID in your organisation. Check the ID, or pick the customer from the list.',
  'error.badRequest.title': 'Partner Center rejected the request',
  'error.badRequest.body':
    'The request was not valid for Partner Center (often a malformed customer ID).',
  'error.throttled.title': 'Partner Center is busy',
  'error.throttled.body':
    'Too many requests were made in a short time. Wait a moment and try again.',
  'error.service.title': 'Partner Center had a problem',
  'error.service.body':
    'Partner Center answered with a server error. This is usually temporary; try again in a few minutes.',
  'error.paging.title': 'Partner Center sent a broken paging chain',
  'error.pagingLoop.body':
    'Partner Center sent a repeating or too-long chain of “next page” links, so License Insights stopped loading instead of requesting the same pages again.',
  'error.pagingUnsafe.body':
    'Partner Center sent a “next page” link that leads outside its API. License Insights did not follow it, so your sign-in token was not sent anywhere else.',
} as const;

export type MessageKey = keyof typeof en;
