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
        legend="G7 openness tier"
        values={G7_TIERS}
        selected={filters.g7}
        label={(t) => G7_TIER_LABELS[t]}
        count={(t) => facets.g7[t]}
        onChange={(v) => set('g7', v)}
      />
      <CheckboxGroup
        legend="MOF class"
        values={MOF_CLASSES}
        selected={filters.mof}
        label={(c) => MOF_CLASS_LABELS[c]}
        count={(c) => facets.mof[c]}
        onChange={(v) => set('mof', v)}
      />
      <fieldset className="facet">
        <legend>Openness score (0-100)</legend>
        <div className="facet__dates">
          <label>
            From{' '}
            <input
              type="number"
              min={0}
              max={100}
              step={1}
              inputMode="numeric"
              value={filters.minScore ?? ''}
              onChange={(e) => edit('minScore', scoreBound(e.target.value))}
            />
          </label>
          <label>
            To{' '}
            <input
              type="number"
              min={0}
              max={100}
              step={1}
              inputMode="numeric"
              value={filters.maxScore ?? ''}
              onChange={(e) => edit('maxScore', scoreBound(e.target.value))}
            />
          </label>
        </div>
        <p className="muted small">
          {formatInteger(facets.others.score)} models pass the other filters. A model that is not
          graded never matches a bound.
        </p>
      </fieldset>
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
              onChange={(e) => edit('from', isIsoDay(e.target.value) ? e.target.value : null)}
            />
          </label>
          <label>
            To{' '}
            <input
              type="date"
              value={filters.to !== null && isIsoDay(filters.to) ? filters.to : ''}
              onChange={(e) => edit('to', isIsoDay(e.target.value) ? e.target.value : null)}
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
