import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Link,
  redirect,
  stripSearchParams,
} from '@tanstack/react-router';

import { renewCorrelationId } from '@/lib/api/correlation';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { links } from '@/lib/links';
import { IGNORED_KEY } from '@/lib/search-params';

import { RootLayout } from './layout/root-layout';
import { loadCustomer, loadPicker, loadPortfolio, type RouterContext } from './route-loaders';
import { CustomerPage } from './routes/customer-page';
import { CustomersPage } from './routes/customers-page';
import { PortfolioPage } from './routes/portfolio-page';
import {
  validateCustomerSearch,
  validatePickerSearch,
  validatePortfolioSearch,
  type CustomerSearch,
  type PickerSearch,
  type PortfolioRouteSearch,
} from './routes/search-params';

// The router owns URL state and route data: each route validates its search once, and its
// loader starts the queries the page will read (route-loaders.ts).

function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1 className="page-title">{t('layout.notFoundTitle')}</h1>
      <Link {...links.picker()}>{t('customer.backToPicker')}</Link>
    </div>
  );
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

// The names of ignored settings are for the page's notice, never for a URL.

const portfolioRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validatePortfolioSearch,
  search: { middlewares: [stripSearchParams<PortfolioRouteSearch>([IGNORED_KEY])] },
  loaderDeps: ({ search }) => ({ service: search.service, channel: search.channel }),
  loader: ({ context, deps }) => loadPortfolio(context, deps),
  component: PortfolioPage,
});

const customersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/customers',
  validateSearch: validatePickerSearch,
  search: { middlewares: [stripSearchParams<PickerSearch>([IGNORED_KEY])] },
  loaderDeps: ({ search }) => ({ q: search.q }),
  loader: ({ context, deps }) => loadPicker(context, deps.q ?? ''),
  component: CustomersPage,
});

const customerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/customers/$customerId',
  validateSearch: validateCustomerSearch,
  search: { middlewares: [stripSearchParams<CustomerSearch>([IGNORED_KEY])] },
  beforeLoad: ({ params, location }) => {
    // One spelling per customer (trimmed, lower-case): the id sent to Partner Center, the
    // cache key and the bookmark are the same. `/customers/%20<GUID>%20` lands here.
    const canonical = params.customerId.trim().toLowerCase();
    if (canonical !== params.customerId) {
      throw redirect({
        href: `/customers/${encodeURIComponent(canonical)}${location.searchStr}`,
        replace: true,
      });
    }
  },
  loaderDeps: ({ search }) => ({ tab: search.tab ?? 'snapshot' }),
  loader: ({ context, params, deps }) => loadCustomer(context, params.customerId, deps.tab),
  component: CustomerPage,
});

const routeTree = rootRoute.addChildren([portfolioRoute, customersRoute, customerRoute]);

export function createAppRouter(options: {
  context: RouterContext;
  history?: Parameters<typeof createRouter>[0]['history'];
}) {
  const router = createRouter({
    routeTree,
    context: options.context,
    // Hovering or focusing a link runs its route's loader: the customer's data and chart code
    // are on their way before the click. Query decides freshness, so the router always asks.
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    ...(options.history ? { history: options.history } : {}),
  });
  rememberIgnoredSettings(router);
  // One MS-CorrelationId per page view: a new path is a new view.
  router.subscribe('onBeforeNavigate', (event) => {
    if (event.pathChanged) renewCorrelationId();
  });
  return router;
}

/**
 * The router rewrites the address it starts on to its validated form as soon as it mounts,
 * which drops the settings it did not understand. Their names ride along in that history
 * entry's state, so the page can still say which ones were reset (and Back shows it again).
 */
function rememberIgnoredSettings(router: ReturnType<typeof createRouter<typeof routeTree>>) {
  const location = router.latestLocation;
  const leaf = router.matchRoutes(location).at(-1);
  const ignored: unknown = leaf?.search[IGNORED_KEY];
  if (!Array.isArray(ignored) || ignored.length === 0) return;
  router.history.replace(location.href, { ...location.state, ignoredSettings: ignored });
  router.updateLatestLocation();
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
  interface HistoryState {
    /** Settings of the address this entry started on that were not understood. */
    ignoredSettings?: readonly string[];
  }
}
