import { createRootRoute, createRoute, createRouter, Link } from '@tanstack/react-router';

import { renewCorrelationId } from '@/lib/api/correlation';
import { useI18n } from '@/lib/i18n/i18n-provider';

import { RootLayout } from './layout/root-layout';
import { CustomerPage } from './routes/customer-page';
import { CustomersPage } from './routes/customers-page';
import { PortfolioPage } from './routes/portfolio-page';
import {
  validateCustomerSearch,
  validatePickerSearch,
  validatePortfolioSearch,
} from './routes/search-params';

function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1 className="page-title">{t('layout.notFoundTitle')}</h1>
      <Link to="/customers">{t('customer.backToPicker')}</Link>
    </div>
  );
}

const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: NotFoundPage });

const portfolioRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validatePortfolioSearch,
  component: PortfolioPage,
});

const customersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/customers',
  validateSearch: validatePickerSearch,
  component: CustomersPage,
});

const customerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/customers/$customerId',
  validateSearch: validateCustomerSearch,
  component: CustomerPage,
});

const routeTree = rootRoute.addChildren([portfolioRoute, customersRoute, customerRoute]);

export function createAppRouter(
  options: { history?: Parameters<typeof createRouter>[0]['history'] } = {},
) {
  const router = createRouter({
    routeTree,
    defaultPreload: false,
    scrollRestoration: true,
    ...options,
  });
  // One MS-CorrelationId per page view: a new path is a new view.
  router.subscribe('onBeforeNavigate', (event) => {
    if (event.pathChanged) renewCorrelationId();
  });
  return router;
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
