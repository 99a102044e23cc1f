import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useDataset } from '@/api/use-dataset';
import { formatDay, formatInteger } from '@/components/format';
import { EmptyState, ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { toCatalogCsv, toCatalogJson, type ExportStamp } from '@/domain/catalog/catalog-export';
import { factsCurrentTo } from '@/domain/evidence/facts-current-to';
import {
  activeDimensions,
  isComponentDimension,
  EMPTY_FILTERS,
  withoutDimension,
  type CatalogFilters,
} from '@/domain/catalog/catalog-filters';
import type { CatalogRow } from '@/domain/catalog/catalog-row';
import { MAX_COMPARE, MAX_QUERY_LENGTH } from '@/domain/catalog/catalog-url';
import type { SortKey } from '@/domain/catalog/sort-catalog';
import { isStale } from '@/domain/risk/is-stale';
import { G7_TIER_LABELS } from '@/domain/openness/g7-tier';
import { MOF_CLASS_LABELS } from '@/domain/openness/mof-class';
import { COMPONENT_GRADE_LABEL } from '@/components/component-grade-badge';
import { METHODOLOGY_ID } from '@/domain/risk/settings';
import { carriedSearch } from '@/domain/url/view-params';
import { UrlIssuesNotice } from '@/components/url-issues-notice';
import { downloadFile } from '@/lib/download-file';
import { useMediaQuery } from '@/lib/use-media-query';
import { useAsOf, useRiskSettings } from '@/lib/use-view-params';
import { CatalogFiltersPanel } from './catalog-filters-panel';
import { DIMENSION_LABEL } from './catalog-labels';
import { CatalogCards } from './catalog-cards';
import { CatalogTable, COLUMNS } from './catalog-table';
import { ComparePanel } from './compare-panel';
import { useCatalog } from './use-catalog';
import { WatchFilter } from '@/components/watch-filter';
import { useWatchFilter } from '@/lib/use-watch-filter';
import { useCatalogView } from './use-catalog-view';
import { useStable } from './use-stable';
import './models.css';

const DEFAULT_DIR: Record<SortKey, 'asc' | 'desc'> = {
  name: 'asc',
  provider: 'asc',
  openness: 'desc',
  score: 'desc',
  tier: 'asc',
  release: 'desc',
  context: 'desc',
  status: 'asc',
  risk: 'desc',
};

/** The search box: labelled, as the user types. */
function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  return (
    <div className="catalog__search">
      <label htmlFor="catalog-search">Search models</label>
      <input
        id="catalog-search"
        type="search"
        value={value}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Name, family, license or restriction"
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** Below this width the results come first, as cards, and the filters fold behind a button. */
const NARROW = '(max-width: 600px)';

// The URL follows the search box once typing pauses; the table follows every keystroke.
const URL_DEBOUNCE_MS = 250;

/** The catalog's downloads: the models shown, stamped, as CSV or JSON. */
const CATALOG_EXPORTS = [
  { format: 'csv', type: 'text/csv;charset=utf-8', write: toCatalogCsv },
  { format: 'json', type: 'application/json', write: toCatalogJson },
] as const;

/** The history state of an entry the search box wrote: the key of the entry the text was typed on. */
interface SearchWriteState {
  searchTypedOn: string;
}

function typedOn(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('searchTypedOn' in state)) return null;
  const key = (state as SearchWriteState).searchTypedOn;
  return typeof key === 'string' ? key : null;
}

/**
 * The catalog view with the search text the user is typing: the list filters on every keystroke
 * while the URL catches up after a pause. One search is one history entry (the first write
 * pushes, the next ones of the same edit replace it). The typed text belongs to the history
 * entry it was typed on: once the URL moves on by Back, forward or a link, the box shows the
 * URL's search again. The box's own write moves the URL too, and may land after the user has
 * typed on (or cleared the box): that entry names the one it was written from, and the text
 * typed since carries over to it instead of being lost.
 */
function useLiveView() {
  const location = useLocation();
  const { view: urlView, issues, setView } = useCatalogView();
  const urlQ = urlView.filters.q;
  const [draft, setDraft] = useState<{ q: string; key: string } | null>(null);
  const live =
    draft !== null &&
    (draft.key === location.key || typedOn(location.state as unknown) === draft.key);
  const q = live ? draft.q : urlQ;
  const setQ = useCallback(
    (text: string) => setDraft({ q: text, key: location.key }),
    [location.key],
  );
  useEffect(() => {
    if (draft === null || draft.key === location.key) return;
    // The box's own write landed: text typed since carries over to the new entry. Any other
    // move leaves the entry the text was typed on, and the text is spent.
    if (live && draft.q !== urlQ) setDraft({ q: draft.q, key: location.key });
    else setDraft(null);
  }, [draft, live, urlQ, location.key]);
  const view = useMemo(() => ({ ...urlView, filters: { ...urlView.filters, q } }), [urlView, q]);
  const writeFrom = draft?.key ?? location.key;
  useEffect(() => {
    if (q === urlQ) return;
    const state: SearchWriteState = { searchTypedOn: writeFrom };
    const timer = setTimeout(() => setView(view, { burst: 'q', state }), URL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, urlQ, view, setView, writeFrom]);
  return { view, issues, setView, setQ };
}

function describeFilter(
  filters: CatalogFilters,
  dim: ReturnType<typeof activeDimensions>[number],
  providerName: (id: string) => string,
): string {
  if (isComponentDimension(dim)) {
    return filters.components[dim].map((g) => COMPONENT_GRADE_LABEL[g].toLowerCase()).join(' or ');
  }
  switch (dim) {
    case 'g7':
      return filters.g7.map((t) => G7_TIER_LABELS[t]).join(', ');
    case 'mof':
      return filters.mof.map((c) => MOF_CLASS_LABELS[c]).join(', ');
    case 'score':
      return `${filters.minScore ?? 0} to ${filters.maxScore ?? 100}`;
    case 'openness':
      return filters.openness.map((l) => `L${l}`).join(', ');
    case 'weights':
    case 'tier':
    case 'modality':
    case 'status':
      return filters[dim].join(', ');
    case 'provider':
      return filters.provider.map(providerName).join(', ');
    case 'commercial':
    case 'userCap':
      return filters[dim] ?? '';
    case 'minContext':
      return `${formatInteger(filters.minContext ?? 0)} tokens`;
    case 'release':
      return `${filters.from ?? 'any'} to ${filters.to ?? 'any'}`;
    case 'q':
      return `“${filters.q.trim()}”`;
  }
}

export default function ModelsPage() {
  const location = useLocation();
  const linkSearch = carriedSearch(location.search);
  const { asOf } = useAsOf();
  const { settings } = useRiskSettings();
  const dataset = useDataset();
  const { view, issues, setView, setQ } = useLiveView();
  const [compareOpen, setCompareOpen] = useState(true);
  const [revealKey, setRevealKey] = useState(0);
  const narrow = useMediaQuery(NARROW);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [compareNote, setCompareNote] = useState('');
  const catalog = useCatalog(dataset.data, asOf, settings, view);
  const watch = useWatchFilter();
  // The watchlist narrows the filtered list with a set lookup per model (kept out of the
  // facets: their counts are those of the other filters). An empty watchlist filters nothing.
  const watchOn = watch.on && !watch.empty;
  const shown = useMemo(() => {
    if (!catalog) return null;
    if (!watchOn) return catalog.result.indices;
    const { providerIds, modelIds } = watch.scope;
    return catalog.result.indices.filter((i) => {
      const m = catalog.rows[i]?.model;
      return m !== undefined && (modelIds.has(m.id) || providerIds.has(m.providerId));
    });
  }, [catalog, watchOn, watch.scope]);
  const deferredFacets = useDeferredValue(catalog?.result.facets);
  const data = dataset.data;

  // The filters panel re-renders only when its own inputs change: the facet counts follow a
  // keystroke in a deferred render, after the table and the result count have updated.
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  });
  const setFilters = useCallback(
    (filters: CatalogFilters, burst?: string) => {
      const current = viewRef.current;
      setView({ ...current, filters: { ...filters, q: current.filters.q } }, { burst });
    },
    [setView],
  );
  const panelFilters = useStable({ ...view.filters, q: '' });
  const providerName = (id: string) => data?.providers.find((p) => p.id === id)?.shortName ?? id;

  const header = (
    <header className="page-header">
      <h1>Models</h1>
      <p className="lead">
        Every model of every provider, with how open it is and under which license, as of{' '}
        {formatDay(asOf)}.
      </p>
    </header>
  );

  const notices = <UrlIssuesNotice issues={issues} />;

  if (dataset.error) {
    return (
      <>
        {header}
        {notices}
        <ErrorPanel
          title="The model catalog could not be loaded"
          error={dataset.error}
          onRetry={dataset.retry}
        />
      </>
    );
  }
  if (!data || !catalog) {
    return (
      <>
        {header}
        {notices}
        <TableSkeleton label="Loading models" />
      </>
    );
  }

  const { rows, result, providerRisk, rowById } = catalog;
  const indices = shown ?? result.indices;
  const count = indices.length;
  const active = activeDimensions(view.filters);
  const compareRows = view.compare
    .map((id) => rowById.get(id))
    .filter((r): r is CatalogRow => r !== undefined);
  const missingCompare = view.compare.filter((id) => !rowById.has(id));
  const unknownProviders = view.filters.provider.filter((id) => !catalog.providerIds.includes(id));

  const onSort = (key: SortKey) =>
    setView({
      ...view,
      sort: key,
      dir: view.sort === key ? (view.dir === 'asc' ? 'desc' : 'asc') : DEFAULT_DIR[key],
    });
  const toggleCompare = (id: string) => {
    const adding = !view.compare.includes(id);
    const name = rowById.get(id)?.model.name ?? id;
    const compare = adding
      ? [...view.compare, id].slice(0, MAX_COMPARE)
      : view.compare.filter((c) => c !== id);
    // Ticking a model unfolds the comparison and brings it into view.
    if (adding) {
      setCompareOpen(true);
      setRevealKey((k) => k + 1);
    }
    setCompareNote(
      `${name} ${adding ? 'added to' : 'removed from'} the comparison (${compare.length} of ${MAX_COMPARE}).`,
    );
    setView({ ...view, compare });
  };
  const resultsBody =
    rows.length === 0 ? (
      <EmptyState title="No models in the data set">
        <p>
          The data service answered with no models. Models come from the curated data set (see
          “Adding or correcting a fact” in the README); reload once it holds records.
        </p>
      </EmptyState>
    ) : count === 0 && result.indices.length > 0 ? (
      <EmptyState
        title="No watched model matches these filters"
        action={
          <button type="button" className="button" onClick={() => watch.setOn(false)}>
            Show models off the watchlist too
          </button>
        }
      >
        <p>
          {formatInteger(result.indices.length)} models match the filters, none of them starred or
          by a starred provider.
        </p>
      </EmptyState>
    ) : count === 0 ? (
      <EmptyState
        title="No model matches these filters"
        action={
          <button
            type="button"
            className="button button--primary"
            onClick={() => setView({ ...view, filters: EMPTY_FILTERS })}
          >
            Clear filters
          </button>
        }
      >
        <>
          <p>
            {active.length === 1
              ? 'This filter excludes every model:'
              : 'Together, these filters exclude every model:'}
          </p>
          <ul>
            {active.map((dim) => (
              <li key={dim}>
                {DIMENSION_LABEL[dim]}: {describeFilter(view.filters, dim, providerName)} (
                {formatInteger(result.facets.others[dim])} without it){' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setFilters(withoutDimension(view.filters, dim))}
                >
                  Remove
                  <span className="visually-hidden">
                    {' '}
                    the {DIMENSION_LABEL[dim].toLowerCase()} filter
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      </EmptyState>
    ) : narrow ? (
      <CatalogCards
        rows={rows}
        indices={indices}
        providerRisk={providerRisk}
        compare={view.compare}
        linkSearch={linkSearch}
        onToggleCompare={toggleCompare}
      />
    ) : (
      <CatalogTable
        rows={rows}
        indices={indices}
        providerRisk={providerRisk}
        sort={view.sort}
        dir={view.dir}
        compare={view.compare}
        linkSearch={linkSearch}
        onSort={onSort}
        onToggleCompare={toggleCompare}
      />
    );
  const filtersPanel = (
    <CatalogFiltersPanel
      filters={panelFilters}
      facets={deferredFacets ?? result.facets}
      providers={data.providers}
      onChange={setFilters}
    />
  );
  const activeFilters = active.filter((d) => d !== 'q').length;
  const stamp = (): ExportStamp => ({
    asOf,
    methodologyId: METHODOLOGY_ID,
    settings,
    datasetVersion: data.version,
    compiledOn: data.compiledOn,
    factsCurrentTo: factsCurrentTo(data)?.date ?? null,
    filters: view.filters,
  });

  return (
    <>
      {header}
      {notices}
      {(missingCompare.length > 0 || unknownProviders.length > 0) && (
        <section className="panel panel--notice" aria-label="Unknown records in this link">
          {missingCompare.length > 0 && (
            <p>Not in the data set, so not compared: {missingCompare.join(', ')}.</p>
          )}
          {unknownProviders.length > 0 && (
            <p>Unknown providers in the filter: {unknownProviders.join(', ')}.</p>
          )}
        </section>
      )}
      <div className={narrow ? 'catalog catalog--narrow' : 'catalog'}>
        {!narrow && filtersPanel}
        <section className="catalog__results" aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden">
            Results
          </h2>
          <SearchBox value={view.filters.q} onChange={setQ} />
          <WatchFilter
            on={watch.on}
            empty={watch.empty}
            onChange={watch.setOn}
            where="star models with ☆ in the list"
          />
          {narrow && (
            <>
              {/* A narrow screen: the results first, the filters folded behind a button. */}
              <div className="catalog__narrow-tools">
                <button
                  type="button"
                  className="button"
                  aria-expanded={filtersOpen}
                  aria-controls="catalog-filters"
                  onClick={() => setFiltersOpen((o) => !o)}
                >
                  {filtersOpen ? 'Hide filters' : 'Filters'}
                  {activeFilters > 0 ? ` (${formatInteger(activeFilters)} active)` : ''}
                </button>
                <label>
                  Sort by
                  <select
                    value={`${view.sort}:${view.dir}`}
                    onChange={(e) => {
                      const [sort, dir] = e.target.value.split(':') as [SortKey, 'asc' | 'desc'];
                      setView({ ...view, sort, dir });
                    }}
                  >
                    {COLUMNS.flatMap((c) =>
                      (['asc', 'desc'] as const).map((d) => (
                        <option key={`${c.key}:${d}`} value={`${c.key}:${d}`}>
                          {c.label}, {d === 'asc' ? 'ascending' : 'descending'}
                        </option>
                      )),
                    )}
                  </select>
                </label>
              </div>
              <div id="catalog-filters" hidden={!filtersOpen}>
                {filtersOpen && filtersPanel}
              </div>
            </>
          )}
          <div className="catalog__bar">
            <p className="catalog__count" role="status" aria-live="polite" aria-atomic="true">
              <strong data-testid="result-count">{formatInteger(count)}</strong> of{' '}
              {formatInteger(rows.length)} models
            </p>
            <div className="catalog__exports">
              {CATALOG_EXPORTS.map(({ format, type, write }) => (
                <button
                  key={format}
                  type="button"
                  className="button"
                  disabled={count === 0}
                  onClick={() =>
                    downloadFile(
                      `models-${asOf}.${format}`,
                      write(rows, indices, providerRisk, stamp()),
                      type,
                    )
                  }
                >
                  Export {format.toUpperCase()}
                </button>
              ))}
            </div>
          </div>
          {isStale(asOf, data.compiledOn) && (
            <p className="muted small">
              The data set holds no facts after {formatDay(data.compiledOn)}; provider risk after
              that date only decays.
            </p>
          )}
          {view.compare.length === 0 && (
            <p className="muted small">
              Tick up to {MAX_COMPARE} models to compare them side by side.
            </p>
          )}
          {resultsBody}
          <p className="muted small">
            Openness levels after the os-ai-map scale; the license caps the level. See{' '}
            <Link to={`/methodology${linkSearch}`}>Methodology</Link>.
          </p>
        </section>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {compareNote}
      </p>
      {compareRows.length > 0 && (
        <ComparePanel
          rows={compareRows}
          providerRisk={providerRisk}
          linkSearch={linkSearch}
          open={compareOpen}
          revealKey={revealKey}
          onToggleOpen={() => setCompareOpen((o) => !o)}
          onRemove={toggleCompare}
          onClear={() => setView({ ...view, compare: [] })}
        />
      )}
    </>
  );
}
