import { InteractionStatus } from '@azure/msal-browser';
import { useMsal } from '@azure/msal-react';
import { useEffect, type ReactNode } from 'react';

import { useI18n } from '@/lib/i18n/i18n-provider';

/** A deep link (anything but the bare home page) starts the sign-in by itself. */
function isDeepLink(): boolean {
  return window.location.pathname !== '/' || window.location.search !== '';
}

export function SignInGate({
  signedIn,
  scope,
  children,
}: {
  signedIn: boolean;
  scope: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { instance, inProgress } = useMsal();
  const signIn = () =>
    void instance.loginRedirect({ scopes: [scope], redirectStartPage: window.location.href });

  useEffect(() => {
    if (!signedIn && inProgress === InteractionStatus.None && isDeepLink()) signIn();
    // signIn is recreated each render; the decision depends on these values only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signedIn, inProgress]);

  if (signedIn) return <>{children}</>;
  return (
    <div className="signed-out">
      <h1 className="page-title">License Insights</h1>
      <p>{isDeepLink() ? t('auth.redirecting') : t('auth.signedOut')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={signIn}
        disabled={inProgress !== InteractionStatus.None}
      >
        {t('auth.signIn')}
      </button>
    </div>
  );
}
