// The id of a view's main table (portfolio customers, a customer's products, its months),
// the target of the layout's "Skip to the table" link. One view is shown at a time, so one
// element at most carries it.
export const MAIN_TABLE_ID = 'main-table';

/**
 * Moves focus to the main table's first row link or button (else the table's panel), so
 * from the top of a page the data is one Tab and Enter away. False when the page has none.
 */
export function focusMainTable(): boolean {
  const target = document.getElementById(MAIN_TABLE_ID);
  if (!target) return false;
  const first = target.querySelector<HTMLElement>('tbody a[href], tbody button');
  const element = first ?? target;
  element.focus();
  element.scrollIntoView?.({ block: 'nearest' });
  return true;
}
