// @ts-check
// Renders deploy/nginx/license-insights.conf: replaces only the recipe's own ${NAMES},
// leaving nginx's $variables alone (plain envsubst would blank them).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const RECIPE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../deploy/nginx');
const NAMES = [
  'LISTEN',
  'SERVER_NAME',
  'DIST_ROOT',
  'PC_UPSTREAM',
  'PC_UPSTREAM_HOST',
  'LOGIN_ORIGIN',
  'SECURITY_HEADERS',
];

/**
 * @param {string} template
 * @param {Record<string, string | undefined>} values
 */
export function renderNginxConfig(template, values) {
  const all = { ...values };
  if (!all.PC_UPSTREAM_HOST && all.PC_UPSTREAM)
    all.PC_UPSTREAM_HOST = new URL(all.PC_UPSTREAM).host;
  return template.replace(/\$\{([A-Z_]+)\}/g, (match, name) => {
    if (!NAMES.includes(name)) return match;
    const value = all[name];
    if (value === undefined || value === '')
      throw new Error(`nginx recipe: no value for \${${name}}`);
    if (/[;{}\n]/.test(value)) throw new Error(`nginx recipe: unsafe value for \${${name}}`);
    return value;
  });
}

/** Reads and renders both recipe files. @param {Record<string, string | undefined>} values */
export function renderRecipe(values) {
  return {
    site: renderNginxConfig(
      readFileSync(join(RECIPE_DIR, 'license-insights.conf'), 'utf8'),
      values,
    ),
    securityHeaders: renderNginxConfig(
      readFileSync(join(RECIPE_DIR, 'security-headers.conf'), 'utf8'),
      values,
    ),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      listen: { type: 'string', default: '80' },
      'server-name': { type: 'string', default: '_' },
      upstream: { type: 'string', default: 'https://api.partnercenter.microsoft.com' },
      'login-origin': { type: 'string', default: 'https://login.microsoftonline.com' },
      'security-headers': {
        type: 'string',
        default: '/etc/nginx/snippets/license-insights-security-headers.conf',
      },
      part: { type: 'string', default: 'site' },
    },
  });
  const rendered = renderRecipe({
    LISTEN: values.listen,
    SERVER_NAME: values['server-name'],
    DIST_ROOT: values.dist,
    PC_UPSTREAM: values.upstream,
    LOGIN_ORIGIN: values['login-origin'],
    SECURITY_HEADERS: values['security-headers'],
  });
  process.stdout.write(
    values.part === 'security-headers' ? rendered.securityHeaders : rendered.site,
  );
}
