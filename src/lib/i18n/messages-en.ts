// Shared English text: the vocabulary of src/components, src/lib and of more than one
// feature (seats, data freshness, filters, retries, errors). A feature keeps its own text in
// its folder; the app composes the catalogue (src/app/i18n/catalogue-en.ts).
export const sharedEn = {
  'common.loading': 'Loading…',
  'common.copy': 'Copy',
  'common.copied': 'Copied',
  'common.rowsSkipped': '{count} row(s) could not be read and are not shown; the rest is.',
  'common.exportCsv': 'Export CSV',

  'seats.product': 'Product',
  'seats.sold': 'Licenses sold',
  'seats.deployed': 'Licenses deployed',
  'seats.unused': 'Unused seats',
  'seats.percent': 'Deployment %',
  'seats.overAssigned': 'Over-assigned seats',
  'seats.overAssignedRisk':
    'Deployed beyond what was sold: a billing and compliance risk to resolve with the customer.',

  'seats.arithmetic':
    '{sold} sold − {deployed} deployed = {net}, but {unused} seats are unused on some products and {over} are over-assigned on others (deployed beyond what was sold, a billing and compliance risk). Over-assigned seats never offset unused ones.',
  'seats.arithmeticOverOnly':
    '{sold} sold − {deployed} deployed = {net}: no seat is unused, and {over} are over-assigned (deployed beyond what was sold, a billing and compliance risk).',
  'data.asOfWhen': 'Data as of {when}',
  'data.stale':
    'Stale: Partner Center has not processed this data for more than {days} days (it normally does daily), so it may no longer match the customer’s licenses.',
  'data.asOfUnknown': 'Partner Center did not say when this data was processed.',

  'filters.title': 'Filters',
  'filters.service': 'Service',
  'filters.channel': 'Channel',
  'filters.allServices': 'All services',
  'filters.allChannels': 'All channels',
  'filters.applied': 'Filters applied: {list}',
  'filters.sortedBy': 'Sorted',

  'codes.service.o365': 'Microsoft 365 (Office 365)',
  'codes.service.crm': 'Dynamics 365 (CRM)',
  'codes.channel.reseller': 'Reseller',
  'codes.channel.direct': 'Direct',

  'retry.throttled': 'Partner Center is busy — retrying in {seconds} s ({area})',
  'retry.transient': 'Partner Center did not answer — retrying in {seconds} s',
  'retry.slow': 'Partner Center is slow to answer — still waiting',
  'retry.timedOut':
    'Partner Center did not answer in time — trying again (attempt {attempt} of {max})',
  'retry.family.customers': 'customers',
  'retry.family.customerAnalytics': 'customer analytics',
  'retry.family.partnerAnalytics': 'partner analytics',
  'retry.family.subscriptions': 'subscriptions',
  'retry.family.invoices': 'invoices',
  'retry.family.other': 'other requests',
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
  'error.chunk.title': 'Part of License Insights could not be downloaded',
  'error.chunk.body':
    'The connection dropped, or a new version is being deployed. Try again; if it keeps failing, reload the page.',
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
