import { factorValueLabel } from '@/components/charts/factor-labels';
import { formatDelta } from '@/components/charts/risk-trend-view-model';
import { formatPreciseDate, formatScore, formatShare } from '@/components/format';
import { dayNumber, preciseDayNumber } from '@/domain/dates';
import { licenseTier, type LicenseTier } from '@/domain/license';
import { opennessAtDay, opennessLevel, statusAtDay, type OpennessLevel } from '@/domain/openness';
import type { EventImpact } from '@/domain/risk/event-impacts';
import type { Contributor, ProviderScore } from '@/domain/risk/score-providers';
import { FACTOR_KEYS, FACTOR_LABELS, type FactorKey } from '@/domain/risk/settings';
import type { Direction, RiskEvent } from '@/domain/schema/event';
import type { Model } from '@/domain/schema/model';
import type { Source } from '@/domain/schema/source';
import { compareText } from '@/domain/compare-text';
import { evidenceStatus, type EvidenceStatus } from '@/domain/evidence/evidence-status';

export interface ExplanationRow {
  id: string;
  label: string;
  /** Where the contributor leads: its model page, or its entry in this page's events list. */
  href: string | null;
  kindLabel: string;
  /** The item's own value before weighting, in words ("closed (L1): 100", "toward closed, severity 5"). */
  itemLabel: string;
  recencyLabel: string;
  /** Points of the factor value; the rows sum to the factor value. */
  share: number;
  shareLabel: string;
  sources: Source[];
  /** Whose record the sources back (their tier depends on it): the event's provider, or this one. */
  recordProviderId: string | null;
}

export interface FactorView {
  key: FactorKey;
  label: string;
  value: number | null;
  valueLabel: string;
  /** The factor's weight in the score (normalised), "35%"; "left out" when not in play. */
  weightLabel: string;
  /** Points the factor adds to the provider's risk (weight × value). */
  pointsLabel: string;
  /** Why a factor has no value. */
  note: string | null;
  rows: ExplanationRow[];
}

function itemLabel(key: FactorKey, c: Contributor): string {
  if (c.kind === 'baseline') return 'neutral starting point';
  if (c.kind === 'provider') return `${formatScore(c.itemValue)} for this jurisdiction`;
  if (c.kind === 'family')
    return key === 'openness'
      ? `L${c.level ?? '?'}: openness risk ${formatScore(c.itemValue)}`
      : `lock-in ${formatScore(c.itemValue)}`;
  if (key === 'trajectory')
    return `${c.itemValue > 0 ? 'toward closed' : 'toward open'}, severity ${Math.abs(c.itemValue)}`;
  return `weight ${formatScore(c.itemValue)} (severity ÷ 3)`;
}

const KIND_LABEL: Record<Contributor['kind'], string> = {
  family: 'Model family',
  event: 'Event',
  baseline: 'Baseline',
  provider: 'Provider',
};

/**
 * The six factors of a score with their additive explanations, largest contributors first.
 * `eventProviders` maps an event id to the provider the event is about (null: industry-wide), so
 * an event's sources are tiered for its own record; a model family is always this provider's.
 */
export function toFactorViews(
  score: ProviderScore,
  search: string,
  eventProviders: ReadonlyMap<string, string | null> = new Map(),
): FactorView[] {
  return FACTOR_KEYS.map((key) => {
    const f = score.factors[key];
    const rows = f.contributors
      .map((c) => ({
        id: `${c.kind}:${c.id}`,
        label: c.label,
        href: c.modelId
          ? `/models/${encodeURIComponent(c.modelId)}${search}`
          : c.eventId
            ? `#event-${c.eventId}`
            : null,
        kindLabel: KIND_LABEL[c.kind],
        itemLabel: itemLabel(key, c),
        recencyLabel: formatShare(c.recency),
        share: c.share,
        shareLabel: formatScore(c.share),
        sources: c.sources,
        recordProviderId:
          c.eventId !== undefined && eventProviders.has(c.eventId)
            ? (eventProviders.get(c.eventId) ?? null)
            : score.providerId,
      }))
      .sort((a, b) => Math.abs(b.share) - Math.abs(a.share) || compareText(a.label, b.label));
    const inPlay = f.value !== null && f.normalizedWeight > 0;
    return {
      key,
      label: FACTOR_LABELS[key],
      value: f.value,
      valueLabel: factorValueLabel(key, f.value),
      weightLabel: inPlay ? formatShare(f.normalizedWeight) : 'left out',
      pointsLabel: inPlay && f.value !== null ? formatScore(f.value * f.normalizedWeight) : '—',
      note:
        f.value === null
          ? key === 'jurisdiction'
            ? 'Set a home jurisdiction in Settings to turn this factor on.'
            : 'No active model on this date.'
          : rows.length === 0
            ? 'Nothing counts toward this factor on this date.'
            : null,
      rows,
    };
  });
}

export interface ModelRow {
  id: string;
  name: string;
  family: string;
  released: string;
  releasedDay: number;
  level: OpennessLevel | null;
  license: string;
  tier: LicenseTier | null;
  /** Status on the as-of date, or "not yet released". */
  status: string;
  confidence: Model['confidence'];
  /** The evidence status of the record ("Verified: primary source", "Rests on …"). */
  evidence: EvidenceStatus;
  notes: string | null;
  unverified: string[];
}

const TIER_LABEL: Record<LicenseTier, string> = {
  permissive: 'permissive',
  'restricted-commercial': 'restricted commercial',
  'non-commercial': 'non-commercial',
  proprietary: 'proprietary',
  unknown: 'license unknown',
};

/** The provider's models as of a day, newest release first. */
export function toModelRows(models: readonly Model[], asOf: string): ModelRow[] {
  const day = dayNumber(asOf);
  return models
    .map((m) => {
      const entry = opennessAtDay(m, day);
      const status = statusAtDay(m, day);
      const shown = entry ?? m.opennessHistory[0] ?? null;
      return {
        id: m.id,
        name: m.name,
        family: m.family,
        released: formatPreciseDate(m.release),
        releasedDay: preciseDayNumber(m.release),
        level: entry ? opennessLevel(entry) : null,
        license: shown?.license ?? 'not stated',
        tier: shown ? licenseTier(shown) : null,
        status: status ?? 'not yet released',
        confidence: m.confidence,
        evidence: evidenceStatus(m),
        notes: m.notes,
        unverified: m.unverifiedFields,
      };
    })
    .sort((a, b) => b.releasedDay - a.releasedDay || compareText(a.name, b.name));
}

export function tierLabel(tier: LicenseTier | null): string {
  return tier ? TIER_LABEL[tier] : '';
}

export interface EventRow {
  id: string;
  anchor: string;
  date: string;
  title: string;
  summary: string;
  type: string;
  direction: Direction;
  severity: number;
  scored: boolean;
  /** "+23.6" for this provider, "n/a", or null for an event after the as-of date. */
  deltaLabel: string | null;
  /** "upcoming" after the as-of date; "scheduled, not confirmed" for a scheduled date already past. */
  status: string | null;
  notes: string | null;
  ratingNote: string | null;
  confidence: RiskEvent['confidence'];
  sources: Source[];
  /** The provider the event is about (null: industry-wide), for its sources' tiers. */
  providerId: string | null;
  evidence: EvidenceStatus;
}

/** The events that apply to the provider, newest first, with their ΔR for it. */
export function toEventRows(
  events: readonly RiskEvent[],
  impacts: readonly EventImpact[],
  providerId: string,
  asOf: string,
  today: string,
): EventRow[] {
  const asOfDay = dayNumber(asOf);
  const todayDay = dayNumber(today);
  const delta = new Map(
    impacts.filter((i) => i.providerId === providerId).map((i) => [i.eventId, i.delta]),
  );
  return events
    .filter((e) => e.appliesTo.includes(providerId) || e.providerId === providerId)
    .map((e) => {
      const day = preciseDayNumber(e.date);
      const after = day > asOfDay;
      const d = delta.get(e.id);
      return {
        id: e.id,
        anchor: `event-${e.id}`,
        date: formatPreciseDate(e.date),
        day,
        title: e.title,
        summary: e.summary,
        type: e.type.replace(/-/g, ' '),
        direction: e.direction,
        severity: e.severity,
        scored: e.scored,
        deltaLabel: after ? null : d === undefined ? 'n/a' : formatDelta(d),
        status: after
          ? 'upcoming'
          : e.scheduled && day < todayDay
            ? 'scheduled, not confirmed'
            : null,
        notes: e.notes,
        ratingNote: e.ratingNote,
        confidence: e.confidence,
        sources: e.sources,
        providerId: e.providerId,
        evidence: evidenceStatus(e),
      };
    })
    .sort((a, b) => b.day - a.day || compareText(a.id, b.id))
    .map(({ day: _day, ...row }) => row);
}
