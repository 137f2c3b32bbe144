import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useRef, useState, type KeyboardEvent } from 'react';

import { Bidi } from '@/components/bidi';
import { ErrorPanel } from '@/components/error-panel';
import { QueryState } from '@/components/query-state';
import { SkeletonRows } from '@/components/skeleton';
import { normaliseGuid } from '@/lib/guid';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { links } from '@/lib/links';
import { useDebouncedValue } from '@/lib/use-debounced-value';

import { useCustomerList } from '../api/list-customers';

import { RecentCustomers } from './recent-customers';

import './customer-picker.css';

const SEARCH_DEBOUNCE_MS = 300;

export interface CustomerPickerProps {
  /** The search as it is in the URL (?q=), so a search is bookmarkable. */
  search: string;
  onSearchChange(search: string): void;
  onSignIn?: ((reason: 'mfa' | 'session') => void) | undefined;
}

/** Moves focus between the search box and result links with the arrow keys. */
function moveFocus(
  list: HTMLElement | null,
  from: Element | null,
  step: 1 | -1,
  input: HTMLInputElement | null,
) {
  const links = Array.from(
    list?.querySelectorAll<HTMLAnchorElement>('a[data-customer-link]') ?? [],
  );
  const index = links.findIndex((link) => link === from);
  const next = index + step;
  if (next < 0) input?.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}

export function CustomerPicker({ search, onSearchChange, onSignIn }: CustomerPickerProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState(search);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const inputId = useId();
  const hintId = useId();

  const pastedId = normaliseGuid(text);
  const debounced = useDebouncedValue(pastedId ? '' : text.trim(), SEARCH_DEBOUNCE_MS);
  const query = useCustomerList(debounced);

  const updateText = (value: string) => {
    setText(value);
    if (!normaliseGuid(value)) onSearchChange(value.trim());
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && pastedId) {
      event.preventDefault();
      void navigate(links.customer(pastedId));
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      moveFocus(listRef.current, null, 1, inputRef.current);
    }
  };

  const onLinkKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    moveFocus(
      listRef.current,
      document.activeElement,
      event.key === 'ArrowDown' ? 1 : -1,
      inputRef.current,
    );
  };

  const customers = query.data?.customers ?? [];
  const searching = debounced !== '';

  return (
    <div className="picker">
      <label htmlFor={inputId} className="picker__label">
        {t('picker.searchLabel')}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="picker__input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-describedby={hintId}
        placeholder={t('picker.searchPlaceholder')}
        onChange={(event) => updateText(event.target.value)}
        onKeyDown={onInputKeyDown}
      />
      <p id={hintId} className="picker__hint">
        {t('picker.searchHint')}
      </p>

      {pastedId ? (
        <p className="picker__open-id">
          <Link {...links.customer(pastedId)} className="button button--primary">
            {t('picker.openId', { id: pastedId })}
          </Link>
        </p>
      ) : null}

      {!searching && !pastedId ? <RecentCustomers /> : null}

      <section aria-labelledby={`${inputId}-results`} className="picker__results">
        <h2 id={`${inputId}-results`} className="section-title">
          {searching ? t('picker.resultsFor', { search: debounced }) : t('picker.allCustomers')}
        </h2>
        <QueryState
          query={query}
          pending={<SkeletonRows rows={8} />}
          isEmpty={() => customers.length === 0}
          empty={() => (
            <p className="empty-state">
              {searching ? t('picker.noMatch', { search: debounced }) : t('picker.noCustomers')}
            </p>
          )}
          onSignIn={onSignIn}
        >
          {() => (
            <>
              <p className="picker__count" aria-live="polite">
                {t(
                  query.hasNextPage
                    ? 'picker.countMore'
                    : customers.length === 1
                      ? 'picker.countOne'
                      : 'picker.count',
                  { count: customers.length },
                )}
              </p>
              <ul ref={listRef} className="customer-list">
                {customers.map((customer) => (
                  <li key={customer.id}>
                    <Link
                      {...links.customer(customer.id)}
                      className="customer-list__link"
                      data-customer-link=""
                      onKeyDown={onLinkKeyDown}
                    >
                      <span className="customer-list__name">
                        <Bidi>{customer.name}</Bidi>
                      </span>
                      <span className="customer-list__domain">
                        <Bidi>{customer.domain}</Bidi>
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </QueryState>
        {query.data && query.data.skipped > 0 ? (
          <p className="notice">{t('common.rowsSkipped', { count: query.data.skipped })}</p>
        ) : null}
        {query.hasNextPage ? (
          <button
            type="button"
            className="button"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? t('common.loading') : t('picker.loadMore')}
          </button>
        ) : null}
        {query.isFetchNextPageError ? (
          <ErrorPanel error={query.error} onRetry={() => void query.fetchNextPage()} />
        ) : null}
      </section>
    </div>
  );
}
