import { addDays, dayNumber, preciseDayNumber } from '../dates';
import { shutdownOnChannel } from '../lifecycle/shutdown-on-channel';
import { eventImpacts } from '../risk/event-impacts';
import type { RiskContext } from '../risk/risk-context';
import { scoreProviders } from '../risk/score-providers';
import {
  FACTOR_KEYS,
  FACTOR_LABELS,
  type FactorKey,
  type Grade,
  type RiskSettings,
} from '../risk/settings';
import type { Dependency } from '../schema/dependency';
import type { PreciseDate } from '../schema/precise-date';
import { compareText } from '@/domain/compare-text';
import type { RiskReport } from './build-risk-report';

/** The window of the summary's "biggest moves": the days before the as-of date. */
export const MOVE_WINDOW_DAYS = 90;
/** How many rows each list of the summary holds. */
export const SUMMARY_TOP_RISKS = 5;
export const SUMMARY_MOVES = 3;
export const SUMMARY_DEADLINES = 6;

export interface SummaryRisk {
  rank: number;
  providerId: string;
  provider: string;
  risk: number;
  grade: Grade;
  /** The factor that adds most points to the provider's risk (value × normalised weight). */
  driver: { key: FactorKey; label: string; value: number; points: number } | null;
  /** The provider's share 0-1 of the portfolio; null when the portfolio does not use it. */
  share: number | null;
}

export interface SummaryCause {
  /** ISO day the cause counts from. */
  date: string;
  /** The events of that day (events sharing a day share one change). */
  titles: string[];
  /** Points of platform risk the day moved the provider. */
  delta: number;
}

export interface SummaryMove {
  providerId: string;
  provider: string;
  from: number;
  to: number;
  delta: number;
  /** Days with events inside the window that moved the provider, largest first. */
  causes: SummaryCause[];
  /** The part of the move no event in the window explains: older facts ageing, and releases without an event. */
  rest: number;
}

export interface SummaryDeadline {
  date: PreciseDate;
  kind: 'retirement' | 'event';
  /** A retirement dated on or before the as-of date that a workload still relies on. */
  past: boolean;
  /** "no earlier than" dates. */
  lowerBound: boolean;
  provider: string;
  title: string;
  /** Workloads that rely on it (retirements), or "" for events. */
  detail: string;
  hypothetical: boolean;
}

export interface BoardSummary {
  asOf: string;
  scored: number;
  tracked: number;
  topRisks: SummaryRisk[];
  moves: { since: string; rows: SummaryMove[] };
  concentration: {
    portfolioExposure: number | null;
    hhi: number | null;
    hhiBandLabel: string | null;
    effectiveProviders: number | null;
    largest: { provider: string; share: number } | null;
    dependencies: number;
  } | null;
  deadlines: SummaryDeadline[];
}

export interface BoardSummaryInput {
  report: RiskReport;
  context: RiskContext;
  settings: RiskSettings;
  dependencies: readonly Dependency[];
}

/**
 * The board pack's one-page executive summary, from the report and the engine: the riskiest
 * providers and what drives each, the biggest moves of the last 90 days with the events that
 * caused them (and what is left for ageing facts), concentration, and the nearest dated
 * deadlines (shutdowns of models the portfolio calls, on the workload's channel, up to half the
 * list, and upcoming events), soonest first. Pure.
 */
export function buildBoardSummary(input: BoardSummaryInput): BoardSummary {
  const { report, context: ctx, settings, dependencies } = input;
  const asOf = report.asOf;
  const asOfDay = dayNumber(asOf);
  const nameOf = new Map(ctx.dataset.providers.map((p) => [p.id, p.shortName]));

  const scores = scoreProviders(ctx, asOf, settings, { explain: false });
  const scoreById = new Map(scores.map((s) => [s.providerId, s]));
  const topRisks: SummaryRisk[] = [];
  for (const r of report.ranking) {
    if (topRisks.length >= SUMMARY_TOP_RISKS) break;
    if (r.risk === null || r.grade === null || r.rank === null) continue;
    const s = scoreById.get(r.providerId);
    let driver: SummaryRisk['driver'] = null;
    if (s) {
      for (const key of FACTOR_KEYS) {
        const f = s.factors[key];
        if (f.value === null) continue;
        const points = f.value * f.normalizedWeight;
        if (driver === null || points > driver.points)
          driver = { key, label: FACTOR_LABELS[key], value: f.value, points };
      }
    }
    topRisks.push({
      rank: r.rank,
      providerId: r.providerId,
      provider: r.provider,
      risk: r.risk,
      grade: r.grade,
      driver,
      share: r.share,
    });
  }

  // Biggest moves: risk at asOf − 90 days against risk at asOf, then the event days in between.
  const since = addDays(asOf, -MOVE_WINDOW_DAYS);
  const earlier = new Map(
    scoreProviders(ctx, since, settings, { explain: false }).map((s) => [s.providerId, s.risk]),
  );
  const movers = report.ranking
    .flatMap((r) => {
      const from = earlier.get(r.providerId);
      if (r.risk === null || from === null || from === undefined) return [];
      return [
        { providerId: r.providerId, provider: r.provider, from, to: r.risk, delta: r.risk - from },
      ];
    })
    .filter((m) => Math.abs(m.delta) >= 0.05)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || compareText(a.provider, b.provider))
    .slice(0, SUMMARY_MOVES);
  const impacts =
    movers.length === 0
      ? []
      : eventImpacts(ctx, settings, {
          from: addDays(since, 1),
          to: asOf,
          providerIds: movers.map((m) => m.providerId),
        });
  const titleOf = new Map(ctx.dataset.events.map((e) => [e.id, e.title]));
  const rows: SummaryMove[] = movers.map((m) => {
    const byDay = new Map<string, SummaryCause>();
    for (const i of impacts) {
      if (i.providerId !== m.providerId || i.delta === 'n/a') continue;
      const day = byDay.get(i.date);
      const title = titleOf.get(i.eventId) ?? i.eventId;
      if (day) day.titles.push(title);
      else byDay.set(i.date, { date: i.date, titles: [title], delta: i.delta });
    }
    const causes = [...byDay.values()]
      .filter((c) => Math.abs(c.delta) >= 0.05)
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || compareText(a.date, b.date));
    const explained = causes.reduce((sum, c) => sum + c.delta, 0);
    return { ...m, causes, rest: m.delta - explained };
  });

  const exposure = report.exposure;
  const largest = exposure?.providers.reduce<{ provider: string; share: number } | null>(
    (best, p) =>
      best === null || p.share > best.share ? { provider: p.provider, share: p.share } : best,
    null,
  );
  const concentration =
    exposure === null
      ? null
      : {
          portfolioExposure: exposure.portfolioExposure,
          hhi: exposure.hhi,
          hhiBandLabel: exposure.hhiBandLabel,
          effectiveProviders: exposure.effectiveProviders,
          largest: largest ?? null,
          dependencies: exposure.dependencies.length,
        };

  // Deadlines: shutdowns of models the portfolio calls (on the dependency's channel), then upcoming events.
  const modelById = new Map(ctx.dataset.models.map((m) => [m.id, m]));
  const retirements = new Map<string, SummaryDeadline & { day: number; workloads: string[] }>();
  for (const d of dependencies) {
    const model = modelById.get(d.modelId);
    if (!model) continue;
    const shutdown = shutdownOnChannel(model, d.channel ?? null);
    if (!shutdown) continue;
    const key = `${model.id}|${d.channel ?? 'own-api'}`;
    const existing = retirements.get(key);
    if (existing) {
      existing.workloads.push(d.workload);
      continue;
    }
    const day = preciseDayNumber(shutdown.date);
    const channel = d.channel && d.channel !== 'own-api' ? ` on ${d.channel}` : '';
    retirements.set(key, {
      date: shutdown.date,
      day,
      kind: 'retirement',
      past: day <= asOfDay,
      lowerBound: shutdown.lowerBound,
      provider: nameOf.get(model.providerId) ?? model.providerId,
      title: `${model.name} retires${channel}`,
      detail: '',
      hypothetical: model.hypothetical === true,
      workloads: [d.workload],
    });
  }
  const retirementRows = [...retirements.values()].map(({ workloads, day, ...r }) => ({
    ...r,
    day,
    detail: `used by ${workloads.join(', ')}`,
  }));
  const eventRows = report.upcomingEvents.map((e) => ({
    date: e.date,
    day: preciseDayNumber(e.date),
    kind: 'event' as const,
    past: false,
    lowerBound: false,
    provider: e.provider,
    title: e.title,
    detail: '',
    hypothetical: e.hypothetical,
  }));
  // The retirements the workloads face come first (up to half the list), events fill the rest; then by date.
  const byDate = (a: { day: number; title: string }, b: { day: number; title: string }) =>
    a.day - b.day || compareText(a.title, b.title);
  const keptRetirements = retirementRows.sort(byDate).slice(0, Math.ceil(SUMMARY_DEADLINES / 2));
  const keptEvents = eventRows.sort(byDate).slice(0, SUMMARY_DEADLINES - keptRetirements.length);
  const deadlines = [...keptRetirements, ...keptEvents]
    .sort(
      (a, b) =>
        a.day - b.day || (a.kind === b.kind ? 0 : a.kind === 'retirement' ? -1 : 1) || byDate(a, b),
    )
    .map(({ day: _day, ...rest }) => rest);

  return {
    asOf,
    scored: report.ranking.filter((r) => r.risk !== null).length,
    tracked: report.ranking.length,
    topRisks,
    moves: { since, rows },
    concentration,
    deadlines,
  };
}
