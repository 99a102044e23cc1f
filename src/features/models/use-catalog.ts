import { useEffect, useMemo, useRef, useState } from 'react';
import type { DatasetState } from '@/api/use-dataset';
import { catalogColumns, type CatalogColumns } from '@/domain/catalog/catalog-columns';
import type { CatalogViewState } from '@/domain/catalog/catalog-url';
import {
  buildCatalogRows,
  createCatalogRowBuilder,
  type CatalogRow,
} from '@/domain/catalog/catalog-row';
import { filterCatalog, type CatalogResult } from '@/domain/catalog/filter-catalog';
import { sortCatalog } from '@/domain/catalog/sort-catalog';
import { scoreProviders } from '@/domain/risk/score-providers';
import type { RiskSettings } from '@/domain/risk/settings';
import { useRiskContext } from '@/lib/use-risk-context';
import { yieldToMain } from '@/lib/yield-to-main';
import { useStable } from './use-stable';

export interface Catalog {
  rows: CatalogRow[];
  providerIds: string[];
  /** Provider risk 0-100 by provider index (NaN for "no data"). */
  providerRisk: Float64Array;
  result: CatalogResult;
  /** The row of a model id (the index is made on the first lookup). */
  rowById: RowLookup;
}

export interface RowLookup {
  get(id: string): CatalogRow | undefined;
  has(id: string): boolean;
}

/**
 * Rows by model id, indexed on the first lookup: most views of the catalog look nothing up (only
 * the comparison does), and a map of 100,000 rows made in the render that shows them was a
 * quarter of that render.
 */
function rowLookup(rows: readonly CatalogRow[]): RowLookup {
  let index: Map<string, CatalogRow> | null = null;
  const byId = (): Map<string, CatalogRow> => {
    if (index === null) {
      index = new Map();
      for (const row of rows) index.set(row.model.id, row);
    }
    return index;
  };
  return { get: (id) => byId().get(id), has: (id) => byId().has(id) };
}

/** From this many models on, the rows are built in slices, one task each (ADR 0013). */
export const SLICED_CATALOG_MIN_MODELS = 5000;
/** Models per slice: about 50 to 100 ms of work on a 2-core machine. */
export const CATALOG_SLICE_MODELS = 5000;

type Data = NonNullable<DatasetState['data']>;

/** The last columns made for a row set (one order: they hold several arrays as long as the rows). */
const lastColumns = new WeakMap<CatalogRow[], { key: string; columns: CatalogColumns }>();

/**
 * The rows' columns in the order of `sort` and `dir`; `risk`, the providers' scores, for the
 * order by risk. The last ones made without scores are kept, so that a large catalog's, made in
 * a task after its last slice, are not made again in the render that shows them.
 */
function columnsFor(
  rows: CatalogRow[],
  sort: CatalogViewState['sort'],
  dir: CatalogViewState['dir'],
  risk: Float64Array | null,
): CatalogColumns {
  if (risk !== null) return catalogColumns(rows, sortCatalog(rows, sort, dir, risk));
  const key = `${sort} ${dir}`;
  const last = lastColumns.get(rows);
  if (last?.key === key) return last.columns;
  const columns = catalogColumns(rows, sortCatalog(rows, sort, dir, []));
  lastColumns.set(rows, { key, columns });
  return columns;
}

/**
 * The catalog rows for a data set and an as-of date. A small catalog builds them while
 * rendering; a large one in slices of `CATALOG_SLICE_MODELS` models, one task each, so the page
 * stays responsive (null until the last slice, which the page shows as loading).
 */
function useCatalogRows(
  data: DatasetState['data'],
  asOf: string,
  view: Pick<CatalogViewState, 'sort' | 'dir'>,
): CatalogRow[] | null {
  // The view's order when the last slice is built (read then, not a reason to build again).
  const viewNow = useRef(view);
  viewNow.current = view;
  const sliced = data !== undefined && data.models.length >= SLICED_CATALOG_MIN_MODELS;
  const direct = useMemo(
    () => (data !== undefined && !sliced ? buildCatalogRows(data, asOf) : null),
    [data, asOf, sliced],
  );
  const [built, setBuilt] = useState<{ data: Data; asOf: string; rows: CatalogRow[] } | null>(null);
  useEffect(() => {
    if (data === undefined || !sliced) return;
    const builder = createCatalogRowBuilder(data, asOf);
    const n = data.models.length;
    let cancelled = false;
    // One slice a task, each after a yield (not a zero-delay timer: chained, those wait 4 ms).
    void (async () => {
      for (let from = 0; from < n; from += CATALOG_SLICE_MODELS) {
        await yieldToMain();
        if (cancelled) return;
        builder.build(from, Math.min(from + CATALOG_SLICE_MODELS, n));
      }
      // The view's order and columns in a task of their own too, rather than in the render that
      // shows the rows (sorting 100,000 names is about a third of that render). An order by
      // risk needs the scores, and is made in the render.
      const { sort, dir } = viewNow.current;
      if (sort !== 'risk') {
        await yieldToMain();
        if (cancelled) return;
        columnsFor(builder.rows, sort, dir, null);
      }
      if (!cancelled) setBuilt({ data, asOf, rows: builder.rows });
    })();
    return () => {
      cancelled = true;
    };
  }, [data, asOf, sliced]);
  if (!sliced) return direct;
  return built !== null && built.data === data && built.asOf === asOf ? built.rows : null;
}

/**
 * The catalog for a view: rows resolved once per data set and as-of date, the risk column once
 * per settings, the order and its columns once per sort, and the filter with its facets on every
 * change of the filters (a keystroke in the search box costs one pass over the columns).
 */
export function useCatalog(
  data: DatasetState['data'],
  asOf: string,
  settings: RiskSettings,
  view: CatalogViewState,
): Catalog | null {
  const stableSettings = useStable(settings);
  const filters = useStable(view.filters);
  const rows = useCatalogRows(data, asOf, view);
  const providerIds = useMemo(() => (data ? data.providers.map((p) => p.id) : []), [data]);
  const riskContext = useRiskContext(data);
  const providerRisk = useMemo(() => {
    const out = new Float64Array(providerIds.length).fill(NaN);
    if (!riskContext) return out;
    const index = new Map(providerIds.map((id, i) => [id, i]));
    for (const score of scoreProviders(riskContext, asOf, stableSettings, { explain: false })) {
      const i = index.get(score.providerId);
      if (i !== undefined && score.risk !== null) out[i] = score.risk;
    }
    return out;
  }, [riskContext, providerIds, asOf, stableSettings]);
  // Only the risk sort depends on the scores.
  const sortRisk = view.sort === 'risk' ? providerRisk : null;
  const columns = useMemo(
    () => (rows ? columnsFor(rows, view.sort, view.dir, sortRisk) : null),
    [rows, view.sort, view.dir, sortRisk],
  );
  const result = useMemo(
    () => (columns ? filterCatalog(columns, filters, providerIds) : null),
    [columns, filters, providerIds],
  );
  const rowById = useMemo(() => rowLookup(rows ?? []), [rows]);
  // The search text of a large catalog is made at the browser's next idle moment after the
  // rows are shown, so that the first search does not wait for it (catalog-columns.ts).
  useEffect(() => {
    if (columns === null || columns.length < SLICED_CATALOG_MIN_MODELS) return;
    const make = () => void columns.text;
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(make, 200);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(make, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [columns]);
  // A large data set's risk scores come a few tasks after its rows: the page waits for both
  // rather than show a risk column that fills in (and a risk order that changes) after it.
  if (!rows || !result || !riskContext) return null;
  return { rows, providerIds, providerRisk, result, rowById };
}
