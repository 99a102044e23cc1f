import { ProvenanceMark } from '@/components/provenance-mark';
import {
  observeElementRect,
  useVirtualizer,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useCallback, useRef, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { formatPreciseDate, formatScore, formatTokens } from '@/components/format';
import { OpennessBadge } from '@/components/openness-badge';
import { StarButton } from '@/components/star-button';
import type { CatalogRow } from '@/domain/catalog/catalog-row';
import { MAX_COMPARE } from '@/domain/catalog/catalog-url';
import type { SortDir, SortKey } from '@/domain/catalog/sort-catalog';
import { STATUS_LABEL, TIER_LABEL } from './catalog-labels';
import { ProviderRiskScore } from './provider-risk-score';

const ROW_HEIGHT = 48;
// Before the scroll box is laid out (or where layout does not exist, as in jsdom), assume a
// viewport of this size so the first rows render at once.
const FALLBACK_RECT: Rect = { width: 1000, height: 640 };

export const COLUMNS: Array<{ key: SortKey; label: string; num?: boolean }> = [
  { key: 'name', label: 'Model' },
  { key: 'provider', label: 'Provider' },
  { key: 'openness', label: 'Openness' },
  { key: 'score', label: 'Openness score', num: true },
  { key: 'tier', label: 'License tier' },
  { key: 'release', label: 'Released', num: true },
  { key: 'context', label: 'Context window', num: true },
  { key: 'status', label: 'Status' },
  { key: 'risk', label: 'Provider risk', num: true },
];
const COLUMN_COUNT = COLUMNS.length + 1;

function observeRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
}

/** The catalog as a sortable table, virtualised: only the rows in view are in the page. */
export function CatalogTable({
  rows,
  indices,
  providerRisk,
  sort,
  dir,
  compare,
  linkSearch,
  onSort,
  onToggleCompare,
}: {
  rows: readonly CatalogRow[];
  indices: Int32Array;
  providerRisk: Float64Array;
  sort: SortKey;
  dir: SortDir;
  compare: readonly string[];
  linkSearch: string;
  onSort: (key: SortKey) => void;
  onToggleCompare: (id: string) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: indices.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRect,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first ? first.start : 0;
  const padBottom = last ? virtualizer.getTotalSize() - last.end : 0;
  const compareFull = compare.length >= MAX_COMPARE;

  // Arrow keys move between rows, keeping the column (the compare box or the model link).
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLTableSectionElement>) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      const target = e.target as HTMLElement;
      const rowEl = target.closest<HTMLElement>('tr[data-index]');
      const col = target.closest<HTMLElement>('[data-col]')?.dataset.col;
      if (!rowEl || !col) return;
      const next = Number(rowEl.dataset.index) + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0 || next >= indices.length) return;
      e.preventDefault();
      virtualizer.scrollToIndex(next, { align: 'auto' });
      const focus = (tries: number) => {
        const el = scrollRef.current?.querySelector<HTMLElement>(
          `tr[data-index="${next}"] [data-col="${col}"]`,
        );
        if (el) el.focus();
        else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
      };
      focus(5);
    },
    [indices.length, virtualizer],
  );

  return (
    <div
      ref={scrollRef}
      className="catalog__scroll"
      style={{ height: `min(70vh, ${(indices.length + 1) * ROW_HEIGHT + 8}px)` }}
    >
      <table className="data-table catalog__table" aria-rowcount={indices.length + 1}>
        <caption className="visually-hidden">
          Models matching the filters; column headers sort the table. Use the arrow keys to move
          between rows.
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="catalog__pick">
              <span className="visually-hidden">Compare and watch</span>
            </th>
            {COLUMNS.map((c) => {
              const current = c.key === sort;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.num ? 'num' : undefined}
                  aria-sort={current ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                    {c.label}
                    <span aria-hidden="true" className="sort-button__mark">
                      {current ? (dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {padTop > 0 && (
            <tr aria-hidden="true" className="catalog__pad">
              <td colSpan={COLUMN_COUNT} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[indices[item.index] ?? -1];
            if (!row) return null;
            const m = row.model;
            const picked = compare.includes(m.id);
            return (
              <tr
                key={m.id}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                style={{ height: ROW_HEIGHT }}
              >
                <td className="catalog__pick">
                  <input
                    type="checkbox"
                    data-col="pick"
                    aria-label={`Compare ${m.name}`}
                    checked={picked}
                    disabled={!picked && compareFull}
                    onChange={() => onToggleCompare(m.id)}
                  />
                  <StarButton compact kind="model" id={m.id} name={m.name} />
                </td>
                <th scope="row" className="catalog__name">
                  <Link data-col="name" to={`/models/${encodeURIComponent(m.id)}${linkSearch}`}>
                    {m.name}
                  </Link>{' '}
                  <ProvenanceMark provenance={m.provenance} type="model" id={m.id} compact />
                </th>
                <td>{row.providerName}</td>
                <td>
                  <OpennessBadge level={row.level} />
                </td>
                <td className="num">
                  {Number.isNaN(row.score) ? (
                    <span className="muted">not graded</span>
                  ) : (
                    formatScore(row.score)
                  )}
                </td>
                <td>{TIER_LABEL[row.tier]}</td>
                <td className="num">{formatPreciseDate(m.release)}</td>
                <td className="num">{formatTokens(m.contextWindow)}</td>
                <td>{STATUS_LABEL[row.status]}</td>
                <td className="num">
                  <ProviderRiskScore row={row} providerRisk={providerRisk} />
                </td>
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="catalog__pad">
              <td colSpan={COLUMN_COUNT} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
