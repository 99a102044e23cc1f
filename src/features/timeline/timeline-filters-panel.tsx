import { useId } from 'react';
import { DIRECTION_COLOR, DIRECTION_LABEL } from '@/components/charts/palette';
import {
  directionSchema,
  eventTypeSchema,
  type Direction,
  type EventType,
} from '@/domain/schema/event';
import type { Provider } from '@/domain/schema/provider';
import { confidenceSchema, type Confidence } from '@/domain/schema/source';
import {
  EVENT_TYPE_LABEL,
  SHAPE_FAMILIES,
  SHAPE_FAMILY_LABEL,
  SHAPE_FAMILY_OF,
} from '@/domain/timeline/event-shape-family';
import {
  EMPTY_TIMELINE_FILTERS,
  INDUSTRY_LANE_ID,
  isUnfiltered,
  type TimelineFilters,
} from '@/domain/timeline/timeline-filters';
import { DIRECTION_TEXT_GLYPH } from './event-glyph';
import { compareText } from '@/domain/compare-text';

// The reference's confidence: whether a source was read, not whether the record is "Verified"
// (a primary source or two reputable ones: the evidence status shown with each event).
const CONFIDENCE_LABEL: Record<Confidence, string> = {
  verified: 'Read at a source',
  recalled: 'Recalled (not read at a source)',
};

interface Props {
  filters: TimelineFilters;
  providers: readonly Provider[];
  onChange: (filters: TimelineFilters) => void;
}

/** The timeline's filters; every change goes to the URL so the view can be shared. */
export function TimelineFiltersPanel({ filters, providers, onChange }: Props) {
  const id = useId();
  const set = (patch: Partial<TimelineFilters>) => onChange({ ...filters, ...patch });
  const sorted = [...providers].sort((a, b) =>
    compareText(a.shortName, b.shortName),
  );
  const providerValue =
    filters.provider.length === 0
      ? ''
      : filters.provider.length === 1
        ? (filters.provider[0] ?? '')
        : 'several';
  const typeValue =
    filters.type.length === 0
      ? ''
      : filters.type.length === 1
        ? (filters.type[0] ?? '')
        : 'several';
  const confidenceValue = filters.confidence.length === 1 ? (filters.confidence[0] ?? '') : '';
  const toggleDirection = (d: Direction, on: boolean) => {
    const current = filters.direction.length === 0 ? directionSchema.options : filters.direction;
    const next = directionSchema.options.filter((x) => (x === d ? on : current.includes(x)));
    set({ direction: next.length === directionSchema.options.length ? [] : next });
  };

  return (
    <section className="tl-filters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Filters
      </h2>
      <div className="tl-field">
        <label htmlFor={`${id}-provider`}>Provider</label>
        <select
          id={`${id}-provider`}
          value={providerValue}
          onChange={(e) => set({ provider: e.target.value === '' ? [] : [e.target.value] })}
        >
          <option value="">All providers</option>
          {providerValue === 'several' && (
            <option value="several">{filters.provider.length} providers (from the link)</option>
          )}
          <option value={INDUSTRY_LANE_ID}>Industry-wide events only</option>
          {sorted.map((p) => (
            <option key={p.id} value={p.id}>
              {p.shortName}
            </option>
          ))}
        </select>
      </div>
      <div className="tl-field">
        <label htmlFor={`${id}-type`}>Event type</label>
        <select
          id={`${id}-type`}
          value={typeValue}
          onChange={(e) => {
            const v = eventTypeSchema.safeParse(e.target.value);
            set({ type: v.success ? [v.data] : [] });
          }}
        >
          <option value="">All types</option>
          {typeValue === 'several' && (
            <option value="several">{filters.type.length} types (from the link)</option>
          )}
          {SHAPE_FAMILIES.map((family) => (
            <optgroup key={family} label={SHAPE_FAMILY_LABEL[family]}>
              {eventTypeSchema.options
                .filter((t: EventType) => SHAPE_FAMILY_OF[t] === family)
                .map((t) => (
                  <option key={t} value={t}>
                    {EVENT_TYPE_LABEL[t]}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <fieldset className="tl-field tl-directions">
        <legend>Direction</legend>
        {directionSchema.options.map((d) => (
          <label key={d} className="tl-check">
            <input
              type="checkbox"
              checked={filters.direction.length === 0 || filters.direction.includes(d)}
              onChange={(e) => toggleDirection(d, e.target.checked)}
            />
            <span aria-hidden="true" style={{ color: DIRECTION_COLOR[d] }}>
              {DIRECTION_TEXT_GLYPH[d]}
            </span>{' '}
            {DIRECTION_LABEL[d]}
          </label>
        ))}
      </fieldset>
      <div className="tl-field">
        <label htmlFor={`${id}-severity`}>Minimum severity</label>
        <select
          id={`${id}-severity`}
          value={filters.minSeverity}
          onChange={(e) => set({ minSeverity: Number(e.target.value) })}
        >
          {[0, 1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n === 0 ? 'Any (0 and up)' : `${n} and up`}
            </option>
          ))}
        </select>
      </div>
      <div className="tl-field">
        <label htmlFor={`${id}-confidence`}>Confidence</label>
        <select
          id={`${id}-confidence`}
          value={confidenceValue}
          onChange={(e) => {
            const v = confidenceSchema.safeParse(e.target.value);
            set({ confidence: v.success ? [v.data] : [] });
          }}
        >
          <option value="">Any</option>
          {confidenceSchema.options.map((c) => (
            <option key={c} value={c}>
              {CONFIDENCE_LABEL[c]}
            </option>
          ))}
        </select>
      </div>
      <label className="tl-check tl-field">
        <input
          type="checkbox"
          checked={filters.scheduled}
          onChange={(e) => set({ scheduled: e.target.checked })}
        />
        Include scheduled events
      </label>
      {!isUnfiltered(filters) && (
        <button
          type="button"
          className="button tl-clear"
          onClick={() => onChange(EMPTY_TIMELINE_FILTERS)}
        >
          Clear filters
        </button>
      )}
    </section>
  );
}
