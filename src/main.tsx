// First: the shared styles precede the features' in the bundled CSS, so a feature's rule wins
// a tie with a shared one, as it would if written after it.
import './styles/global.css';

import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

import { AuthUiContext, demoAuthUi } from './app/auth/auth-ui-context';
import type * as MsalStartModule from './app/auth/msal-start';
import { lastAuthMode, opensCustomerSnapshot, rememberAuthMode } from './app/boot-hints';
import { ConfigErrorPage } from './app/config-error-page';
import { AppProviders } from './app/provider';
import { createAppServices, type AppServices } from './app/services';
import { setRecentCustomersScope } from './features/customers/lib/recent-customers';
import { preloadDeploymentChart } from './features/license-deployment/components/chart-module';
import { demoAuth } from './lib/auth/auth-client';
import { loadAppConfig, type AppConfig } from './lib/config';
import { I18nProvider } from './lib/i18n/i18n-provider';
import { initialLocale } from './lib/i18n/locale';
import { loadMessages } from './lib/i18n/messages';

function DemoShell({ children }: { children: ReactNode }) {
  return <AuthUiContext value={demoAuthUi}>{children}</AuthUiContext>;
}

async function authServices(
  config: AppConfig,
  msalChunk: Promise<typeof MsalStartModule> | undefined,
): Promise<Pick<AppServices, 'auth' | 'AuthShell'> & { fetch?: typeof fetch }> {
  if (config.auth.mode === 'demo') {
    const { startDemoApi } = await import('./app/demo/start-demo-api');
    setRecentCustomersScope('demo');
    return { auth: demoAuth, AuthShell: DemoShell, fetch: startDemoApi(config) };
  }
  // The chunk started downloading at boot if the last visit was signed in; a failed early
  // download is simply tried again here.
  const { startMsal } = await (msalChunk?.catch(() => import('./app/auth/msal-start')) ??
    import('./app/auth/msal-start'));
  return startMsal({ ...config, auth: config.auth });
}

// Start-up order matters for speed. index.html preloads config.json with the HTML; here,
// before it has answered, MSAL's chunk starts downloading if the last visit used it, and
// the chart's if the address is a customer snapshot, in parallel with the config, the
// messages, MSAL's redirect handling and the first data request.
async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);
  const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

  const msalChunk = lastAuthMode() === 'msal' ? import('./app/auth/msal-start') : undefined;
  // Handled where it is awaited; this only keeps an early failure from being "unhandled".
  msalChunk?.catch(() => undefined);
  // A failure here is shown where the chart goes, with Retry (lazy-module.ts).
  if (opensCustomerSnapshot(window.location)) preloadDeploymentChart().catch(() => undefined);
  // The user's language is fetched alongside the config, so the first render is in it.
  const [result] = await Promise.all([loadAppConfig(), loadMessages(initialLocale())]);
  if (!result.ok) {
    render(
      <I18nProvider>
        <ConfigErrorPage problems={result.problems} />
      </I18nProvider>,
    );
    return;
  }
  const config = result.config;
  rememberAuthMode(config.auth.mode);
  const services = await authServices(config, msalChunk);
  render(<AppProviders services={createAppServices({ config, ...services })} />);
}

void start();
