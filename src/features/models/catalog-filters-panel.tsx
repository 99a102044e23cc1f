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
import { G7_TIERS, G7_TIER_LABELS } from '@/domain/openness/g7-tier';
import { MOF_CLASSES, MOF_CLASS_LABELS } from '@/domain/openness/mof-class';
import {
  OPENNESS_COMPONENT_GROUPS,
  OPENNESS_COMPONENT_LABELS,
  componentGradeSchema,
  type ComponentGrade,
  type OpennessComponentKey,
} from '@/domain/openness/openness-components';
import { COMPONENT_GRADE_LABEL } from '@/components/component-grade-badge';
import { isIsoDay } from '@/domain/schema/precise-date';
import type { Provider } from '@/domain/schema/provider';
import { MODALITY_LABEL, STATUS_LABEL, TIER_LABEL, WEIGHTS_LABEL } from './catalog-labels';
import { compareText } from '@/domain/compare-text';

const LEVELS: OpennessLevel[] = [5, 4, 3, 2, 1];
const GRADES = componentGradeSchema.options;

/** The choices of a component's filter: which grades it keeps. */
const COMPONENT_CHOICES: ReadonlyArray<{ grades: ComponentGrade[]; label: string }> = [
  { grades: [], label: 'Any' },
  { grades: ['open'], label: 'Open' },
  { grades: ['open', 'partial'], label: 'Open or partial' },
  { grades: ['partial'], label: 'Partial' },
  { grades: ['closed'], label: 'Closed' },
  { grades: ['unknown'], label: 'Unknown' },
];
const gradesKey = (grades: readonly ComponentGrade[]) =>
  GRADES.filter((g) => grades.includes(g)).join(',');
const COMPONENT_GROUP_LEGEND = {
  availability: 'Availability',
  documentation: 'Documentation',
  access: 'Access',
} as const;

/** One openness component's filter: a choice of grades, each with its count. */
function ComponentSelect({
  id,
  componentKey,
  selected,
  counts,
  anyCount,
  onChange,
}: {
  id: string;
  componentKey: OpennessComponentKey;
  selected: readonly ComponentGrade[];
  counts: Record<ComponentGrade, number>;
  anyCount: number;
  onChange: (grades: ComponentGrade[]) => void;
}) {
  const current = gradesKey(selected);
  const choices = [...COMPONENT_CHOICES];
  // A link can ask for any combination; show it as it is.
  if (!choices.some((c) => gradesKey(c.grades) === current)) {
    choices.push({
      grades: GRADES.filter((g) => selected.includes(g)),
      label: GRADES.filter((g) => selected.includes(g))
        .map((g) => COMPONENT_GRADE_LABEL[g])
        .join(' or '),
    });
  }
  const countOf = (grades: readonly ComponentGrade[]) =>
    grades.length === 0 ? anyCount : grades.reduce((n, g) => n + counts[g], 0);
  return (
    <div className="facet__component">
      <label htmlFor={`${id}-${componentKey}`}>{OPENNESS_COMPONENT_LABELS[componentKey]}</label>
      <select
        id={`${id}-${componentKey}`}
        value={current}
        onChange={(e) =>
          onChange(
            e.target.value === ''
              ? []
              : GRADES.filter((g) => e.target.value.split(',').includes(g)),
          )
        }
      >
        {choices.map((c) => (
          <option key={gradesKey(c.grades)} value={gradesKey(c.grades)}>
            {c.label} ({formatInteger(countOf(c.grades))})
          </option>
        ))}
      </select>
    </div>
  );
}

/** A score bound typed by the user: a whole number 0-100, or null when empty. */
function scoreBound(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Math.round(Number(text));
  return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : null;
}
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

/** The filters chosen by ticking values of a fixed list. */
type CheckFacet = 'openness' | 'g7' | 'mof' | 'weights' | 'tier' | 'modality' | 'status';
type CheckValue<K extends CheckFacet> = CatalogFilters[K][number];

/** Each ticked filter's legend, values in the order shown, and label of a value. */
const CHECK_FACETS: {
  [K in CheckFacet]: {
    legend: string;
    values: readonly CheckValue<K>[];
    label: (v: CheckValue<K>) => ReactNode;
  };
} = {
  openness: {
    legend: 'Openness level',
    values: LEVELS,
    label: (l) => (
      <>
        <span className={`badge badge--open-${l}`} aria-hidden="true">
          L{l}
        </span>{' '}
        {OPENNESS_NAMES[l]}
      </>
    ),
  },
  g7: { legend: 'G7 openness tier', values: G7_TIERS, label: (t) => G7_TIER_LABELS[t] },
  mof: { legend: 'MOF class', values: MOF_CLASSES, label: (c) => MOF_CLASS_LABELS[c] },
  weights: { legend: 'Weights', values: WEIGHTS, label: (w) => WEIGHTS_LABEL[w] },
  tier: { legend: 'License tier', values: LICENSE_TIERS, label: (t) => TIER_LABEL[t] },
  modality: { legend: 'Modality (any of)', values: MODALITIES, label: (m) => MODALITY_LABEL[m] },
  status: {
    legend: 'Status on the as-of date',
    values: CATALOG_STATUSES,
    label: (s) => STATUS_LABEL[s],
  },
};

function CheckFacetGroup<K extends CheckFacet>({
  facet,
  filters,
  facets,
  onChange,
}: {
  facet: K;
  filters: CatalogFilters;
  facets: CatalogFacets;
  onChange: (facet: K, next: CatalogFilters[K]) => void;
}) {
  const { legend, values, label } = CHECK_FACETS[facet];
  const counts = facets[facet] as Record<CheckValue<K>, number>;
  return (
    <CheckboxGroup<CheckValue<K>>
      legend={legend}
      values={values}
      selected={filters[facet]}
      label={label}
      count={(v) => counts[v]}
      onChange={(next) => onChange(facet, next as CatalogFilters[K])}
    />
  );
}

/** The filters answered yes, no or any, with their legends. */
const YES_NO_FACETS = {
  commercial: 'Commercial use allowed',
  userCap: 'Has a user cap',
} as const;

function YesNoGroup({
  facet,
  id,
  filters,
  facets,
  onChange,
}: {
  facet: keyof typeof YES_NO_FACETS;
  id: string;
  filters: CatalogFilters;
  facets: CatalogFacets;
  onChange: (facet: keyof typeof YES_NO_FACETS, next: YesNo | null) => void;
}) {
  const value = filters[facet];
  const options: Array<[YesNo | null, string, number]> = [
    [null, 'Any', facets.others[facet]],
    ['yes', 'Yes', facets[facet].yes],
    ['no', 'No', facets[facet].no],
  ];
  return (
    <fieldset className="facet">
      <legend>{YES_NO_FACETS[facet]}</legend>
      <ul className="facet__list facet__list--inline">
        {options.map(([v, text, n]) => (
          <li key={text}>
            <label className="facet__option">
              <input
                type="radio"
                name={`${id}-${facet.toLowerCase()}`}
                checked={value === v}
                onChange={() => onChange(facet, v)}
              />{' '}
              {text} <Count n={n} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A From-To pair of bounds under one legend. */
function RangeFacet({
  legend,
  from,
  to,
  children,
}: {
  legend: string;
  from: ReactNode;
  to: ReactNode;
  children?: ReactNode;
}) {
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <div className="facet__dates">
        <label>From {from}</label>
        <label>To {to}</label>
      </div>
      {children}
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
  /** `burst` names a field edited in steps (a number, a date): one edit, one history entry. */
  onChange: (next: CatalogFilters, burst?: string) => void;
}) {
  const id = useId();
  const [allProviders, setAllProviders] = useState(false);
  const componentsActive = (Object.keys(filters.components) as OpennessComponentKey[]).filter(
    (k) => filters.components[k].length > 0,
  ).length;
  const [showComponents, setShowComponents] = useState(componentsActive > 0);
  const set = <K extends keyof CatalogFilters>(key: K, value: CatalogFilters[K]) =>
    onChange({ ...filters, [key]: value });
  // A field typed or stepped through (a score bound, a date): its steps make one history entry.
  const edit = <K extends 'minScore' | 'maxScore' | 'from' | 'to'>(
    key: K,
    value: CatalogFilters[K],
  ) => onChange({ ...filters, [key]: value }, key);
  const active = activeDimensions(filters).filter((d) => d !== 'q').length;
  const checks = (facet: CheckFacet) => (
    <CheckFacetGroup facet={facet} filters={filters} facets={facets} onChange={set} />
  );
  const yesNo = (facet: keyof typeof YES_NO_FACETS) => (
    <YesNoGroup facet={facet} id={id} filters={filters} facets={facets} onChange={set} />
  );
  const scoreInput = (key: 'minScore' | 'maxScore') => (
    <input
      type="number"
      min={0}
      max={100}
      step={1}
      inputMode="numeric"
      value={filters[key] ?? ''}
      onChange={(e) => edit(key, scoreBound(e.target.value))}
    />
  );
  const dateInput = (key: 'from' | 'to') => {
    const day = filters[key];
    return (
      <input
        type="date"
        value={day !== null && isIsoDay(day) ? day : ''}
        onChange={(e) => edit(key, isIsoDay(e.target.value) ? e.target.value : null)}
      />
    );
  };

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
      {checks('openness')}
      {checks('g7')}
      {checks('mof')}
      <RangeFacet
        legend="Openness score (0-100)"
        from={scoreInput('minScore')}
        to={scoreInput('maxScore')}
      >
        <p className="muted small">
          {formatInteger(facets.others.score)} models pass the other filters. A model that is not
          graded never matches a bound.
        </p>
      </RangeFacet>
      <details
        className="facet facet--components"
        open={showComponents}
        onToggle={(e) => setShowComponents(e.currentTarget.open)}
      >
        <summary>
          Openness components
          {componentsActive > 0 ? ` (${componentsActive} filtered)` : ''}
        </summary>
        <p className="muted small">
          Keep the models whose component has the chosen grade; counts follow the other filters. An
          unknown grade is never taken for open.
        </p>
        {(Object.keys(OPENNESS_COMPONENT_GROUPS) as (keyof typeof OPENNESS_COMPONENT_GROUPS)[]).map(
          (group) => (
            <fieldset key={group} className="facet__group">
              <legend>{COMPONENT_GROUP_LEGEND[group]}</legend>
              {OPENNESS_COMPONENT_GROUPS[group].map((key) => (
                <ComponentSelect
                  key={key}
                  id={id}
                  componentKey={key}
                  selected={filters.components[key]}
                  counts={facets.components[key]}
                  anyCount={facets.others[key]}
                  onChange={(grades) => set('components', { ...filters.components, [key]: grades })}
                />
              ))}
            </fieldset>
          ),
        )}
      </details>
      {checks('weights')}
      {checks('tier')}
      {yesNo('commercial')}
      {yesNo('userCap')}
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
      {checks('modality')}
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
      <RangeFacet legend="Release date" from={dateInput('from')} to={dateInput('to')} />
      {checks('status')}
    </section>
  );
});
