import type { PartnerCenterClient, RequestIds } from './http-client';
import { PartnerCenterError, type PagingErrorCode } from './partner-center-error';

// Every walk along Partner Center's paging links (E3 `@nextLink`, E7/E9 `links.next`) goes
// through here, so that a link pointing back at a page already read, or a chain that never
// ends, stops with a specific error instead of sending requests forever and showing the
// same rows again and again. A step is plain data: infinite queries keep it as their page
// param, loops keep it in a variable.

/**
 * Pages one walk may request. The largest partner we design for has 20,000 customers:
 * the portfolio reads their ~75,000 customer × product rows in 15 pages of 5,000, a
 * customer's trend month needs 1 page of up to 10,000 products. 100 still reaches that
 * partner if Partner Center returned pages 6 times smaller than asked, while a broken
 * chain stops after 100 requests, not never.
 * The customer picker (pages of 50) passes its own limit.
 */
export const MAX_PAGES = 100;

export interface PageStep {
  path: string;
  /** MS-ContinuationToken for seek paging: the same path with another token is another page. */
  linkHeaders: readonly { key: string; value: string }[];
  /** Keys of the pages this walk already requested, oldest first. */
  trail: readonly string[];
  /** The request whose answer sent this link; null for the walk's first page. */
  from: RequestIds | null;
  maxPages: number;
}

export function firstPage(path: string, maxPages = MAX_PAGES): PageStep {
  return { path, linkHeaders: [], trail: [], from: null, maxPages };
}

function keyOf(step: Pick<PageStep, 'path' | 'linkHeaders'>): string {
  const headers = step.linkHeaders.map(({ key, value }) => `${key.toLowerCase()}=${value}`);
  return [step.path, ...headers.sort()].join('\n');
}

/**
 * The step after `step`, from the link its answer (request `from`) carried, or null at the
 * end. A link that would leave the API throws here ('unsafe-link'), before anything is sent.
 */
export function followLink(
  client: PartnerCenterClient,
  step: PageStep,
  link: { uri: string; headers?: readonly { key: string; value: string }[] } | null,
  from: RequestIds,
): PageStep | null {
  if (!link) return null;
  return {
    path: client.linkToPath(link.uri, from),
    linkHeaders: link.headers ?? [],
    trail: [...step.trail, keyOf(step)],
    from,
    maxPages: step.maxPages,
  };
}

/**
 * Call before requesting `step`: throws when its page was already read in this walk or
 * the walk is at its limit. Checked when the page is about to be requested rather than
 * when its link arrives, so the page that carried the bad link is still shown.
 */
export function assertNewPage(step: PageStep): void {
  if (!step.from) return;
  const problem: PagingErrorCode | null = step.trail.includes(keyOf(step))
    ? 'repeated-link'
    : step.trail.length >= step.maxPages
      ? 'too-many-pages'
      : null;
  if (problem) throw new PartnerCenterError({ kind: 'paging', code: problem, ...step.from });
}

/**
 * Links in subscription and invoice answers are relative to `/v1` (`/customers/…`,
 * `/invoices/unbilled/lineitems?…` in the docs' examples) while others start with `/v1/`;
 * both forms name the same page. Absolute links and query-only links are left as they are.
 */
export function v1RelativeLink<L extends { uri: string }>(link: L): L {
  const { uri } = link;
  if (!uri.startsWith('/') || uri.startsWith('//') || /^\/(partner\/)?v1\//i.test(uri)) return link;
  return { ...link, uri: `/v1${uri}` };
}
