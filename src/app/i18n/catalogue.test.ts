import { customersEn } from '@/features/customers/messages-en';
import { trendEn } from '@/features/deployment-trend/messages-en';
import { deploymentEn } from '@/features/license-deployment/messages-en';
import { usageEn } from '@/features/license-usage/messages-en';
import { portfolioEn } from '@/features/portfolio/messages-en';
import { rightSizeEn } from '@/features/right-size/messages-en';
import { sharedEn } from '@/lib/i18n/messages-en';

import { en } from './catalogue-en';
import { fr } from './catalogue-fr';
import { appEn } from './messages-en';

// Who may use which text: a feature its own keys and the shared ones, shared code only the
// shared ones. The type of t() admits every key of the catalogue, so this is checked here.

const featureMessages: Record<string, object> = {
  customers: customersEn,
  'deployment-trend': trendEn,
  'license-deployment': deploymentEn,
  'license-usage': usageEn,
  portfolio: portfolioEn,
  'right-size': rightSizeEn,
};
const allKeys = Object.keys(en);

// Every source file's text, by path from the project root ('/src/…'), messages excluded.
const sources = import.meta.glob<string>(
  ['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/**/messages-*.ts'],
  { query: '?raw', import: 'default', eager: true },
);

function sourcesUnder(dir: string): [string, string][] {
  return Object.entries(sources).filter(([path]) => path.startsWith(`/src/${dir}/`));
}

/** Message keys `source` names (as literals, or a template's fixed start) outside `allowed`. */
function foreignKeys(source: string, allowed: ReadonlySet<string>): string[] {
  const literals = [...source.matchAll(/['"]([\w]+(?:\.[\w]+)+)['"]/g)].map((match) => match[1]!);
  const used = literals.filter((key) => allKeys.includes(key));
  // t(`deployment.sortedBy.${sort}`) may be any key starting with its fixed part.
  for (const match of source.matchAll(/`((?:\w+\.)+)\$\{/g)) {
    used.push(...allKeys.filter((key) => key.startsWith(match[1]!)));
  }
  return [...new Set(used.filter((key) => !allowed.has(key)))];
}

function keysOf(...tables: object[]): Set<string> {
  return new Set(tables.flatMap((table) => Object.keys(table)));
}

/**
 * Messages whose French is, on purpose, the English text: product names, Partner Center's
 * codes and words both languages spell alike. Every other French message must differ from
 * its English one, so an untranslated string cannot slip in (docs/french-glossary.md).
 */
const SAME_IN_FRENCH = [
  'codes.channel.direct', // "Direct" in both
  'codes.service.crm', // a product name: Dynamics 365 (CRM)
  'codes.service.o365', // a product name: Microsoft 365 (Office 365)
  'deployment.chartValues', // figures only: "12 / 20", formatted per language
  'deployment.chartValuesOver', // figures only: "13 / 10 ⚠ +3"
  'filters.service', // "Service" in both
  'rightSize.col.action', // "Action" in both
];

describe('message catalogue', () => {
  it('has a French text different from the English for every message but the documented few', () => {
    const same = allKeys.filter((key) => fr[key as keyof typeof fr] === en[key as keyof typeof en]);
    expect(same.sort()).toEqual([...SAME_IN_FRENCH].sort());
  });

  it('defines each key in exactly one place', () => {
    const parts = [sharedEn, appEn, ...Object.values(featureMessages)];
    const defined = parts.flatMap((table) => Object.keys(table));
    expect(defined).toHaveLength(new Set(defined).size);
    expect(defined.length).toBe(allKeys.length);
  });

  it('finds keys used through literals and templates, and reports foreign ones', () => {
    const allowed = keysOf(deploymentEn, sharedEn);
    const source = "t('usage.title'); t('seats.sold'); t(`deployment.sortedBy.${sort}`);";
    expect(foreignKeys(source, allowed)).toEqual(['usage.title']);
    expect(foreignKeys('t(`customer.tab.${name}`)', allowed)).toContain('customer.tab.trend');
  });

  it('knows the text of every feature', () => {
    const folders = Object.keys(sources).map(
      (path) => /^\/src\/features\/([^/]+)\//.exec(path)?.[1],
    );
    expect(new Set(folders.filter(Boolean))).toEqual(new Set(Object.keys(featureMessages)));
  });

  it.each(Object.keys(featureMessages))('lets %s use only its own and shared text', (feature) => {
    const allowed = keysOf(featureMessages[feature]!, sharedEn);
    const files = sourcesUnder(`features/${feature}`);
    expect(files.length).toBeGreaterThan(0);
    for (const [file, source] of files) {
      expect({ file, keys: foreignKeys(source, allowed) }).toEqual({
        file,
        keys: [],
      });
    }
  });

  it('lets shared code (src/lib, src/components) use only shared text', () => {
    const allowed = keysOf(sharedEn);
    const files = [...sourcesUnder('lib'), ...sourcesUnder('components')];
    expect(files.length).toBeGreaterThan(0);
    for (const [file, source] of files) {
      expect({ file, keys: foreignKeys(source, allowed) }).toEqual({
        file,
        keys: [],
      });
    }
  });
});
