// @ts-check
// Renders the deploy/nginx recipe: replaces only the recipe's own ${NAMES}, leaving nginx's
// $variables alone (a bare envsubst would blank them), and refuses values that could
// smuggle extra directives into the server block.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const RECIPE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../deploy/nginx');

/** The placeholders the recipe uses; any other ${…} is left as written. */
export const PLACEHOLDERS = Object.freeze([
  'LISTEN',
  'SERVER_NAME',
  'DIST_ROOT',
  'PC_UPSTREAM',
  'PC_UPSTREAM_HOST',
  'LOGIN_ORIGIN',
  'SECURITY_HEADERS',
]);

// `listen 443 ssl;` and `server_name a b;` take several words; a path or URL never should.
const MAY_HAVE_SPACES = new Set(['LISTEN', 'SERVER_NAME']);

/**
 * @param {string} name
 * @param {string} value
 */
function checkValue(name, value) {
  // ; { } end or open a directive, quotes and \ escape the CSP string, $ is an nginx variable.
  const unsafe = MAY_HAVE_SPACES.has(name) ? /[;{}"'\\$\p{Cc}]/u : /[;{}"'\\$\s\p{Cc}]/u;
  if (unsafe.test(value)) throw new Error(`nginx recipe: unsafe value for \${${name}}: ${value}`);
  if (name === 'PC_UPSTREAM' || name === 'LOGIN_ORIGIN') {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new Error(`nginx recipe: \${${name}} must be an http(s) URL: ${value}`);
  }
  if (name === 'LOGIN_ORIGIN' && new URL(value).origin !== value)
    throw new Error(`nginx recipe: \${LOGIN_ORIGIN} must be an origin (no path): ${value}`);
}

/**
 * Replaces the known `${NAME}` placeholders in an nginx config template.
 * PC_UPSTREAM_HOST defaults to PC_UPSTREAM's host (with its port, if any: the Host header
 * needs it; nginx drops it from the TLS server name itself).
 *
 * @param {string} template
 * @param {Record<string, string | undefined>} values
 * @returns {string}
 */
export function renderNginxConfig(template, values) {
  const all = { ...values };
  // The recipe writes `${PC_UPSTREAM}/`: a trailing slash here would double it.
  if (all.PC_UPSTREAM) all.PC_UPSTREAM = all.PC_UPSTREAM.replace(/\/+$/, '');
  if (!all.PC_UPSTREAM_HOST && all.PC_UPSTREAM)
    all.PC_UPSTREAM_HOST = new URL(all.PC_UPSTREAM).host;
  return template.replace(/\$\{([A-Z_]+)\}/g, (match, /** @type {string} */ name) => {
    if (!PLACEHOLDERS.includes(name)) return match;
    const value = all[name];
    if (value === undefined || value === '')
      throw new Error(`nginx recipe: no value for \${${name}}`);
    checkValue(name, value);
    return value;
  });
}

/**
 * Reads and renders both recipe files.
 * @param {Record<string, string | undefined>} values
 * @returns {{ site: string, securityHeaders: string }}
 */
export function renderRecipe(values) {
  const read = (/** @type {string} */ file) => readFileSync(join(RECIPE_DIR, file), 'utf8');
  return {
    site: renderNginxConfig(read('license-insights.conf'), values),
    securityHeaders: renderNginxConfig(read('security-headers.conf'), values),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      listen: { type: 'string', default: '80' },
      'server-name': { type: 'string', default: '_' },
      upstream: { type: 'string', default: 'https://api.partnercenter.microsoft.com' },
      'login-origin': { type: 'string', default: 'https://login.microsoftonline.com' },
      // Where the rendered security-headers.conf will live: the site file includes it.
      'security-headers': {
        type: 'string',
        default: '/etc/nginx/snippets/license-insights-security-headers.conf',
      },
      // `site` (the server block) or `security-headers` (the include it needs).
      part: { type: 'string', default: 'site' },
    },
  });
  if (values.part !== 'site' && values.part !== 'security-headers') {
    console.error('render-config: --part is `site` or `security-headers`');
    process.exit(2);
  }
  if (values.part === 'site' && !values.dist) {
    console.error('render-config: --dist <absolute path of the deployed dist/> is required');
    process.exit(2);
  }
  const file = values.part === 'site' ? 'license-insights.conf' : 'security-headers.conf';
  const rendered = renderNginxConfig(readFileSync(join(RECIPE_DIR, file), 'utf8'), {
    LISTEN: values.listen,
    SERVER_NAME: values['server-name'],
    DIST_ROOT: values.dist && resolve(values.dist),
    PC_UPSTREAM: values.upstream,
    LOGIN_ORIGIN: values['login-origin'],
    SECURITY_HEADERS: values['security-headers'],
  });
  process.stdout.write(rendered);
}
