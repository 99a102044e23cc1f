import { memo, useId, useState, type ReactNode } from 'react';
import { formatInteger, formatTokens } from '@/components/format';
import {
  activeDimensions,
  CONTEXT_THRESHOLDS,
  EMPTY_FILTERS,
  type CatalogFilters,
  type YesNo,
} from '@/domain/catalog/catalog-filters';
import { CATALOG_STATUSES, MODALITIES, WEIGHTS } from '@/domain/catalog/catalog-row';
import type { CatalogFacets } from '@/domain/catalog/filter-catalog';
import { LICENSE_TIERS } from '@/domain/license';
import { OPENNESS_NAMES, type OpennessLevel } from '@/domain/openness';
import { isIsoDay } from '@/domain/schema/precise-date';
import type { Provider } from '@/domain/schema/provider';
import { MODALITY_LABEL, STATUS_LABEL, TIER_LABEL, WEIGHTS_LABEL } from './catalog-labels';
import { compareText } from '@/domain/compare-text';

const LEVELS: OpennessLevel[] = [5, 4, 3, 2, 1];
const PROVIDERS_SHOWN = 12;

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function Count({ n }: { n: number }) {
  return <span className="facet__count">({formatInteger(n)})</span>;
}

function CheckboxGroup<T extends string | number>({
  legend,
  values,
  selected,
  label,
  count,
  onChange,
  children,
}: {
  legend: string;
  values: readonly T[];
  selected: readonly T[];
  label: (v: T) => ReactNode;
  count: (v: T) => number;
  onChange: (next: T[]) => void;
  children?: ReactNode;
}) {
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul className="facet__list">
        {values.map((v) => (
          <li key={v}>
            <label className="facet__option">
              <input
                type="checkbox"
                checked={selected.includes(v)}
                onChange={() => onChange(toggle(selected, v))}
              />{' '}
              {label(v)} <Count n={count(v)} />
            </label>
          </li>
        ))}
      </ul>
      {children}
    </fieldset>
  );
}

function YesNoGroup({
  legend,
  name,
  value,
  counts,
  anyCount,
  onChange,
}: {
  legend: string;
  name: string;
  value: YesNo | null;
  counts: Record<YesNo, number>;
  anyCount: number;
  onChange: (next: YesNo | null) => void;
}) {
  const options: Array<[YesNo | null, string, number]> = [
    [null, 'Any', anyCount],
    ['yes', 'Yes', counts.yes],
    ['no', 'No', counts.no],
  ];
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul className="facet__list facet__list--inline">
        {options.map(([v, text, n]) => (
          <li key={text}>
            <label className="facet__option">
              <input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} />{' '}
              {text} <Count n={n} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The filters: every value with its count given the other active filters. */
export const CatalogFiltersPanel = memo(function CatalogFiltersPanel({
  filters,
  facets,
  providers,
  onChange,
}: {
  filters: CatalogFilters;
  facets: CatalogFacets;
  providers: readonly Provider[];
  onChange: (next: CatalogFilters) => void;
}) {
  const id = useId();
  const [allProviders, setAllProviders] = useState(false);
  const set = <K extends keyof CatalogFilters>(key: K, value: CatalogFilters[K]) =>
    onChange({ ...filters, [key]: value });
  const active = activeDimensions(filters).filter((d) => d !== 'q').length;

  // With many providers, show the selected ones and those with the most models first.
  const byCount = providers.length > PROVIDERS_SHOWN + 4 && !allProviders;
  const shownProviders = byCount
    ? [...providers]
        .sort(
          (a, b) =>
            (facets.provider[b.id] ?? 0) - (facets.provider[a.id] ?? 0) ||
            compareText(a.shortName, b.shortName),
        )
        .filter((p, i) => i < PROVIDERS_SHOWN || filters.provider.includes(p.id))
    : providers;
  const providerName = new Map(providers.map((p) => [p.id, p.shortName]));

  const minContextOptions: number[] = [...CONTEXT_THRESHOLDS];
  if (filters.minContext !== null && !minContextOptions.includes(filters.minContext)) {
    minContextOptions.push(filters.minContext);
    minContextOptions.sort((a, b) => a - b);
  }

  return (
    <section className="catalog__filters" aria-labelledby={`${id}-title`}>
      <div className="catalog__filters-head">
        <h2 id={`${id}-title`}>Filters</h2>
        {active > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => onChange({ ...EMPTY_FILTERS, q: filters.q })}
          >
            Clear {active} {active === 1 ? 'filter' : 'filters'}
          </button>
        )}
      </div>
      <CheckboxGroup
        legend="Openness level"
        values={LEVELS}
        selected={filters.openness}
        label={(l) => (
          <>
            <span className={`badge badge--open-${l}`} aria-hidden="true">
              L{l}
            </span>{' '}
            {OPENNESS_NAMES[l]}
          </>
        )}
        count={(l) => facets.openness[l]}
        onChange={(v) => set('openness', v)}
      />
      <CheckboxGroup
        legend="Weights"
        values={WEIGHTS}
        selected={filters.weights}
        label={(w) => WEIGHTS_LABEL[w]}
        count={(w) => facets.weights[w]}
        onChange={(v) => set('weights', v)}
      />
      <CheckboxGroup
        legend="License tier"
        values={LICENSE_TIERS}
        selected={filters.tier}
        label={(t) => TIER_LABEL[t]}
        count={(t) => facets.tier[t]}
        onChange={(v) => set('tier', v)}
      />
      <YesNoGroup
        legend="Commercial use allowed"
        name={`${id}-commercial`}
        value={filters.commercial}
        counts={facets.commercial}
        anyCount={facets.others.commercial}
        onChange={(v) => set('commercial', v)}
      />
      <YesNoGroup
        legend="Has a user cap"
        name={`${id}-usercap`}
        value={filters.userCap}
        counts={facets.userCap}
        anyCount={facets.others.userCap}
        onChange={(v) => set('userCap', v)}
      />
      <CheckboxGroup
        legend="Provider"
        values={shownProviders.map((p) => p.id)}
        selected={filters.provider}
        label={(p) => providerName.get(p) ?? p}
        count={(p) => facets.provider[p] ?? 0}
        onChange={(v) => set('provider', v)}
      >
        {providers.length > PROVIDERS_SHOWN + 4 && (
          <button
            type="button"
            className="button button--link"
            onClick={() => setAllProviders((all) => !all)}
          >
            {allProviders
              ? 'Show the top providers only'
              : `Show all ${formatInteger(providers.length)} providers`}
          </button>
        )}
      </CheckboxGroup>
      <CheckboxGroup
        legend="Modality (any of)"
        values={MODALITIES}
        selected={filters.modality}
        label={(m) => MODALITY_LABEL[m]}
        count={(m) => facets.modality[m]}
        onChange={(v) => set('modality', v)}
      />
      <div className="facet">
        <label htmlFor={`${id}-ctx`} className="facet__label">
          Minimum context window
        </label>
        <select
          id={`${id}-ctx`}
          value={filters.minContext === null ? '' : String(filters.minContext)}
          onChange={(e) => set('minContext', e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">Any ({formatInteger(facets.others.minContext)})</option>
          {minContextOptions.map((t) => {
            const i = CONTEXT_THRESHOLDS.findIndex((c) => c === t);
            const n = i >= 0 ? facets.minContext[i] : undefined;
            return (
              <option key={t} value={String(t)}>
                {formatTokens(t)} or more{n === undefined ? '' : ` (${formatInteger(n)})`}
              </option>
            );
          })}
        </select>
        <p className="muted small">An unknown context window never counts as a match.</p>
      </div>
      <fieldset className="facet">
        <legend>Release date</legend>
        <div className="facet__dates">
          <label>
            From{' '}
            <input
              type="date"
              value={filters.from !== null && isIsoDay(filters.from) ? filters.from : ''}
              onChange={(e) => set('from', isIsoDay(e.target.value) ? e.target.value : null)}
            />
          </label>
          <label>
            To{' '}
            <input
              type="date"
              value={filters.to !== null && isIsoDay(filters.to) ? filters.to : ''}
              onChange={(e) => set('to', isIsoDay(e.target.value) ? e.target.value : null)}
            />
          </label>
        </div>
      </fieldset>
      <CheckboxGroup
        legend="Status on the as-of date"
        values={CATALOG_STATUSES}
        selected={filters.status}
        label={(s) => STATUS_LABEL[s]}
        count={(s) => facets.status[s]}
        onChange={(v) => set('status', v)}
      />
    </section>
  );
});
