import { memo, startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSetSearchParam } from '@/lib/use-view-params';
import { ChartFigure } from '@/components/charts/chart-figure';
import { ChartTable, type TableColumn } from '@/components/charts/chart-table';
import { factorValueLabel } from '@/components/charts/factor-labels';
import { HorizontalBarChart } from '@/components/charts/horizontal-bar-chart';
import { RiskTrendChart, StackedBarsChart } from '@/components/charts/lazy-charts';
import { RiskTrendTables } from '@/components/charts/risk-trend-tables';
import { toRiskTrendView, trendSampleDays } from '@/components/charts/risk-trend-view-model';
import { formatDay, formatInteger, formatScore, formatShare } from '@/components/format';
import { eventImpacts } from '@/domain/risk/event-impacts';
import { createRiskContext, type RiskContext } from '@/domain/risk/risk-context';
import { riskTrend } from '@/domain/risk/risk-trend';
import { opennessLevelCounts, type FactorScore } from '@/domain/risk/score-providers';
import { applyScenario } from '@/domain/scenario/apply-scenario';
import { useActiveScenario } from '@/stores/scenario-store';
import { FACTOR_LABELS } from '@/domain/risk/settings';
import { idList, readParams, type UrlIssue } from '@/domain/url/query-params';
import { UrlIssuesNotice } from '@/components/url-issues-notice';
import {
  defaultTrendProviders,
  toFactorBars,
  toFactorBreakdown,
  toOpennessMix,
  TREND_FROM,
  type RankedRow,
  type RankedViewProps,
  type SeriesKey,
  type StackedRow,
} from './overview-view-model';

const OVERVIEW_PARAMS = {
  /** The provider whose factors are shown. */
  focus: idList(1, 'provider id'),
  /** The providers drawn in the trend chart. */
  trend: idList(50, 'provider ids'),
};

/** The Overview's own link parameters, checked against the providers of the data set. */
function readOverviewParams(
  params: URLSearchParams,
  allIds: readonly string[],
): { focus: string | undefined; trend: string[] | undefined; issues: UrlIssue[] } {
  const { values, issues } = readParams(params, OVERVIEW_PARAMS);
  const known = new Set(allIds);
  const focus = values.focus?.[0];
  if (focus !== undefined && !known.has(focus)) {
    issues.push({ param: 'focus', value: focus, message: 'no such provider in the data set' });
  }
  const unknownTrend = values.trend?.filter((id) => !known.has(id)) ?? [];
  if (unknownTrend.length > 0) {
    issues.push({
      param: 'trend',
      value: unknownTrend.join(','),
      message: 'no such provider in the data set',
    });
  }
  return {
    focus: focus !== undefined && known.has(focus) ? focus : undefined,
    trend: values.trend?.filter((id) => known.has(id)),
    issues,
  };
}

const FACTOR_COLUMNS: TableColumn<FactorScore>[] = [
  { key: 'factor', header: 'Factor', rowHeader: true, cell: (f) => FACTOR_LABELS[f.key] },
  { key: 'value', header: 'Value', num: true, cell: (f) => factorValueLabel(f.key, f.value) },
  { key: 'weight', header: 'Weight', num: true, cell: (f) => formatShare(f.normalizedWeight) },
];

function RankingTable({ ranking, search }: { ranking: readonly RankedRow[]; search: string }) {
  const columns: TableColumn<RankedRow>[] = [
    {
      key: 'rank',
      header: 'Rank',
      num: true,
      cell: (r, i) => (r.risk === null ? '—' : formatInteger(i + 1)),
    },
    {
      key: 'provider',
      header: 'Provider',
      rowHeader: true,
      cell: (r) => (
        <Link to={`/providers/${encodeURIComponent(r.providerId)}${search}`}>{r.name}</Link>
      ),
    },
    { key: 'risk', header: 'Platform risk', num: true, cell: (r) => formatScore(r.risk) },
    {
      key: 'grade',
      header: 'Grade',
      cell: (r) =>
        r.grade ? <span className={`badge badge--grade-${r.grade}`}>{r.grade}</span> : 'no data',
    },
  ];
  return (
    <ChartTable
      caption="Providers ranked by platform risk"
      columns={columns}
      rows={ranking}
      rowKey={(r) => r.providerId}
    />
  );
}

/** What the trend figure takes: the Overview's view, the providers drawn and their setter. */
type TrendProps = Pick<RankedViewProps, 'ctx' | 'settings' | 'asOf' | 'ranking'> & {
  trendIds: string[];
  onTrendIdsChange: (ids: string[]) => void;
};

/**
 * The risk trend of the chosen providers with the events that moved it. Components of their own
 * (the trend, then its events and figure), so that React can pause between these steps, the
 * heaviest of the page, and the rest of the charts.
 */
function TrendFigure(props: TrendProps) {
  const { ctx, settings, asOf, trendIds } = props;
  const providers = ctx.dataset.providers;
  const allIds = useMemo(() => providers.map((p) => p.id), [providers]);
  const from = asOf < TREND_FROM ? asOf : TREND_FROM;
  // With a scenario active, the trend runs on the scenario's copy of the data up to its horizon.
  const scenario = useActiveScenario();
  const trendCtx = useMemo(
    () => (scenario ? createRiskContext(applyScenario(ctx.dataset, scenario)) : ctx),
    [ctx, scenario],
  );
  const trendTo = scenario && scenario.horizon > asOf ? scenario.horizon : asOf;
  const impacts = useMemo(
    () => eventImpacts(trendCtx, settings, { from, to: trendTo, providerIds: trendIds }),
    [trendCtx, settings, from, trendTo, trendIds],
  );
  return (
    <TrendFigureBody
      {...props}
      trendCtx={trendCtx}
      from={from}
      trendTo={trendTo}
      impacts={impacts}
      allIds={allIds}
      scenarioNote={
        scenario
          ? ` Scenario “${scenario.name}” is active: the lines follow it to ${formatDay(scenario.horizon)}, and its hypothetical events are hollow and dashed.`
          : ''
      }
    />
  );
}

/** The trend, view model and figure: a second step after the trend's events. */
function TrendFigureBody({
  trendCtx,
  settings,
  from,
  trendTo,
  trendIds,
  impacts,
  ranking,
  allIds,
  scenarioNote,
  onTrendIdsChange,
}: TrendProps & {
  /** The context the trend runs on: the scenario's copy of the data when one is active. */
  trendCtx: RiskContext;
  from: string;
  trendTo: string;
  impacts: ReturnType<typeof eventImpacts>;
  allIds: string[];
  scenarioNote: string;
}) {
  const providers = trendCtx.dataset.providers;
  // Every provider is sampled on every event's day and the day before, so that each x of the
  // chart (and each row of its table) has every line's value.
  const trends = useMemo(
    () =>
      riskTrend(trendCtx, settings, from, trendTo, trendIds, {
        extraDays: trendSampleDays(impacts, from, trendTo),
      }),
    [trendCtx, settings, from, trendTo, trendIds, impacts],
  );
  const trendView = useMemo(
    () =>
      toRiskTrendView({
        trends,
        impacts,
        events: trendCtx.dataset.events,
        providers,
        allProviderIds: allIds,
        fromIso: from,
        toIso: trendTo,
      }),
    [trends, impacts, trendCtx, providers, allIds, from, trendTo],
  );

  const topMarker = [...trendView.markers]
    .filter((m) => typeof m.delta === 'number')
    .sort((a, b) => Math.abs(b.delta as number) - Math.abs(a.delta as number))[0];

  return (
    <ChartFigure
      title="Platform risk over time"
      caption={`${
        topMarker
          ? `The largest move on this chart: ${topMarker.title} (${topMarker.providerName} ${topMarker.deltaLabel} points on ${topMarker.dateLabel}). Markers show events; ▲ toward closed, ▼ toward open.`
          : 'Platform risk of the chosen providers; markers show the events that moved it.'
      }${scenarioNote}`}
      actions={
        <details className="picker">
          <summary className="button">Providers ({trendIds.length})</summary>
          <fieldset className="picker__list">
            <legend className="visually-hidden">Providers on the trend chart</legend>
            {ranking.map((r) => (
              <label key={r.providerId} className="picker__item">
                <input
                  type="checkbox"
                  checked={trendIds.includes(r.providerId)}
                  disabled={trendIds.length === 1 && trendIds.includes(r.providerId)}
                  onChange={(e) => {
                    onTrendIdsChange(
                      e.target.checked
                        ? allIds.filter((id) => id === r.providerId || trendIds.includes(id))
                        : trendIds.filter((id) => id !== r.providerId),
                    );
                  }}
                />
                {r.name}
              </label>
            ))}
          </fieldset>
        </details>
      }
      table={<RiskTrendTables view={trendView} />}
    >
      <RiskTrendChart
        view={trendView}
        label="Platform risk over time with the events that moved it"
      />
    </ChartFigure>
  );
}

/**
 * Bars a chart of providers draws at most (the ranking and the stacked charts). A longer list (a
 * thousand providers in a large data set) is drawn for its first rows, in the ranking's order,
 * and the table lists every row: a chart of a thousand bars is unreadable, took seconds to draw
 * (the stacked charts), and redrew a thousand bars at every change of the as-of date (the
 * ranking).
 */
export const CHART_MAX_ROWS = 40;

/**
 * A figure of stacked bars, one per provider, with its table: the provider, then `columns`.
 */
function StackedBarsFigure<R extends StackedRow<string>>({
  title,
  caption,
  tableCaption,
  stack,
  columns,
  label,
  scale,
}: {
  title: string;
  caption: string;
  tableCaption: string;
  stack: { rows: R[]; series: SeriesKey<string>[] };
  columns: TableColumn<R>[];
  label: string;
  scale: 'points' | 'share';
}) {
  const all = stack.rows.length;
  const drawn = useMemo(
    () => (all > CHART_MAX_ROWS ? { ...stack, rows: stack.rows.slice(0, CHART_MAX_ROWS) } : stack),
    [stack, all],
  );
  return (
    <ChartFigure
      title={title}
      caption={
        drawn === stack
          ? caption
          : `${caption} The chart shows the first ${formatInteger(CHART_MAX_ROWS)} of ${formatInteger(all)} providers, in the ranking's order; the table lists them all.`
      }
      table={
        <ChartTable
          caption={tableCaption}
          columns={[
            { key: 'provider', header: 'Provider', rowHeader: true, cell: (r) => r.label },
            ...columns,
          ]}
          rows={stack.rows}
          rowKey={(r) => r.id}
        />
      }
    >
      <StackedBarsChart rows={drawn.rows} series={drawn.series} label={label} scale={scale} />
    </ChartFigure>
  );
}

/**
 * False for the first render, true from a task after the first paint: the figures below the
 * ranking (the trend sweep first of all, the heaviest step of the page) are built after the
 * ranking is on screen, not before it (ADR 0006).
 */
function useAfterFirstPaint(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setAfter(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return after;
}

/**
 * The Overview's charts (Recharts), each with its caption and table alternative. When the
 * as-of date (or the settings, the watchlist filter) changes, the ranking redraws first: the
 * other figures read deferred copies of the scores (`useDeferredValue`) and are memoised, so
 * React commits the new ranking, then redraws them in a render of its own that input can
 * interrupt (at 100,000 models they are most of a redraw's work).
 */
export function OverviewCharts(props: RankedViewProps) {
  const { ctx, asOf, ranking, search } = props;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const providers = ctx.dataset.providers;
  const allIds = useMemo(() => providers.map((p) => p.id), [providers]);
  const open = (id: string) => void navigate(`/providers/${encodeURIComponent(id)}${search}`);
  const { issues } = useMemo(() => readOverviewParams(params, allIds), [params, allIds]);
  const later: RankedViewProps = {
    ...props,
    asOf: useDeferredValue(asOf),
    scores: useDeferredValue(props.scores),
    ranking: useDeferredValue(ranking),
  };
  const top = ranking[0];
  // The riskiest providers, as the stacked charts draw them (CHART_MAX_ROWS); the table lists all.
  const rankingRows = ranking.slice(0, CHART_MAX_ROWS).map((r) => ({
    id: r.providerId,
    label: r.name,
    value: r.risk,
    valueLabel: r.label,
    color: r.color,
  }));
  const rankingCut =
    ranking.length > CHART_MAX_ROWS
      ? ` The chart shows the ${formatInteger(CHART_MAX_ROWS)} riskiest of ${formatInteger(ranking.length)} providers; the table lists them all.`
      : '';

  return (
    <>
      <UrlIssuesNotice issues={issues} />
      <div className="overview-grid">
        <ChartFigure
          title="Platform risk by provider"
          caption={
            top && top.risk !== null
              ? `${top.name} carries the highest platform risk (${top.label}) as of ${formatDay(asOf)}. Select a bar or a provider to see why.${rankingCut}`
              : 'No provider has a score on this date.'
          }
          table={<RankingTable ranking={ranking} search={search} />}
        >
          <HorizontalBarChart
            rows={rankingRows}
            label="Platform risk by provider, 0 to 100"
            onSelect={open}
          />
        </ChartFigure>
        <DriversFigure scores={later.scores} ranking={later.ranking} />
      </div>
      <LowerFigures {...later} />
    </>
  );
}

/** "What drives each score": each provider's risk split into the points of its factors. */
const DriversFigure = memo(function DriversFigure({
  scores,
  ranking,
}: Pick<RankedViewProps, 'scores' | 'ranking'>) {
  const breakdown = useMemo(() => toFactorBreakdown(scores, ranking), [scores, ranking]);
  return (
    <StackedBarsFigure
      title="What drives each score"
      caption="Each bar is a provider's platform risk split into the points each factor adds (factor value × its weight)."
      tableCaption="Points each factor adds to each provider's platform risk"
      stack={breakdown}
      columns={[
        ...breakdown.series.map((f): TableColumn<(typeof breakdown.rows)[number]> => ({
          key: f.key,
          header: f.label,
          num: true,
          cell: (r) => formatScore(r.values[f.key]),
        })),
        { key: 'total', header: 'Platform risk', num: true, cell: (r) => formatScore(r.total) },
      ]}
      label="Points each factor adds to platform risk, by provider"
      scale="points"
    />
  );
});

/** The figures below the ranking: the trend, one provider's six factors, the openness mix. */
const LowerFigures = memo(function LowerFigures(props: RankedViewProps) {
  const { ctx, asOf, settings, scores, ranking, search } = props;
  const [params] = useSearchParams();
  const belowRanking = useAfterFirstPaint();
  const providers = ctx.dataset.providers;
  const allIds = useMemo(() => providers.map((p) => p.id), [providers]);
  const { focus, trend } = useMemo(() => readOverviewParams(params, allIds), [params, allIds]);
  const selectedId = focus ?? ranking[0]?.providerId ?? '';
  const selected = scores.find((s) => s.providerId === selectedId) ?? scores[0];
  const selectedName = providers.find((p) => p.id === selected?.providerId)?.shortName ?? '';
  const trendIds = useMemo(
    () => (trend && trend.length > 0 ? trend : defaultTrendProviders(ranking)),
    [trend, ranking],
  );

  const setParam = useSetSearchParam();

  const mix = useMemo(
    () => toOpennessMix(opennessLevelCounts(ctx, asOf, settings), ranking),
    [ctx, asOf, settings, ranking],
  );
  const factorBars = useMemo(() => (selected ? toFactorBars(selected) : []), [selected]);

  if (!belowRanking)
    return <div className="chart-skeleton chart-skeleton--tall" aria-hidden="true" />;
  return (
    <>
      <TrendFigure
        {...props}
        trendIds={trendIds}
        onTrendIdsChange={(ids) => setParam('trend', ids.join(','))}
      />

      <div className="overview-grid">
        {selected && (
          <ChartFigure
            title={`${selectedName}: the six factors`}
            caption={`Each factor scores 0 to 100 (higher is riskier); the percentage is its weight in ${selectedName}'s platform risk of ${formatScore(selected.risk)}.`}
            actions={
              <label className="inline-select">
                <span>Provider</span>
                <select
                  value={selected.providerId}
                  onChange={(e) => setParam('focus', e.target.value)}
                >
                  {ranking.map((r) => (
                    <option key={r.providerId} value={r.providerId}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </label>
            }
            table={
              <ChartTable
                caption={`${selectedName}'s factor values and weights`}
                columns={FACTOR_COLUMNS}
                rows={Object.values(selected.factors)}
                rowKey={(f) => f.key}
              />
            }
          >
            <HorizontalBarChart
              rows={factorBars}
              label={`${selectedName}'s factor values, 0 to 100`}
              labelWidth={132}
            />
            <p className="small">
              <Link to={`/providers/${encodeURIComponent(selected.providerId)}${search}`}>
                Why {selectedName} scores {formatScore(selected.risk)}: models, events and sources
              </Link>
            </p>
          </ChartFigure>
        )}

        <StackedBarsFigure
          title="How open each provider is"
          caption="Share of each provider's active model families at each openness level, from L5 open source to L1 closed."
          tableCaption="Active model families per openness level"
          stack={mix}
          columns={[
            {
              key: 'families',
              header: 'Families',
              num: true,
              cell: (r) => formatInteger(r.families),
            },
            ...mix.series.map((l): TableColumn<(typeof mix.rows)[number]> => ({
              key: l.key,
              header: l.key,
              num: true,
              cell: (r) => formatInteger(r.counts[l.key]),
            })),
          ]}
          label="Share of active model families at each openness level, by provider"
          scale="share"
        />
      </div>
    </>
  );
});
