import { useI18n } from '@/lib/i18n/i18n-provider';

import './i18n/register-catalogue';

/** Shown instead of the app when /config.json is missing or wrong: names every bad key. */
export function ConfigErrorPage({ problems }: { problems: { key: string; message: string }[] }) {
  const { t } = useI18n();
  return (
    <main className="config-error" role="alert">
      <h1>{t('config.title')}</h1>
      <p>{t('config.body')}</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.key}:${problem.message}`}>
            <code>{problem.key}</code> — {problem.message}
          </li>
        ))}
      </ul>
      <p>{t('config.help')}</p>
    </main>
  );
}
