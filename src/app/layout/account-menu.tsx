import { useId } from 'react';

import { useI18n } from '@/lib/i18n/i18n-provider';

import { useAuthUi } from '../auth/auth-ui-context';

const ADD_ACCOUNT = '__add__';

export function AccountMenu() {
  const { t } = useI18n();
  const auth = useAuthUi();
  const id = useId();
  if (auth.mode === 'demo') {
    return (
      <span className="demo-badge" title={t('layout.demoHint')}>
        {t('layout.demo')}
      </span>
    );
  }
  if (!auth.user) return null;
  return (
    <div className="account">
      <div className="account__who">
        <span className="account__name">{auth.user.name}</span>
        <span className="account__tenant">
          {auth.user.username} · {t('layout.tenant', { tenantId: auth.user.tenantId })}
        </span>
      </div>
      {auth.accounts.length > 1 ? (
        <>
          <label htmlFor={id} className="visually-hidden">
            {t('layout.switchAccount')}
          </label>
          <select
            id={id}
            value={auth.user.homeAccountId}
            onChange={(event) =>
              event.target.value === ADD_ACCOUNT
                ? auth.addAccount()
                : auth.switchAccount(event.target.value)
            }
          >
            {auth.accounts.map((account) => (
              <option key={account.homeAccountId} value={account.homeAccountId}>
                {account.username}
              </option>
            ))}
            <option value={ADD_ACCOUNT}>{t('layout.addAccount')}</option>
          </select>
        </>
      ) : null}
      <button type="button" className="button button--small" onClick={auth.signOut}>
        {t('layout.signOut')}
      </button>
    </div>
  );
}
