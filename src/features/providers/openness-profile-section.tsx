import { useMemo } from 'react';
import { Link } from 'react-router';
import { ChartFigure } from '@/components/charts/chart-figure';
import { ChartTable, type TableColumn } from '@/components/charts/chart-table';
import { OpennessScoreChart, StackedBarsChart } from '@/components/charts/lazy-charts';
import {
  tierSampleDates,
  toOpennessProfileView,
  type TierShareRowView,
} from '@/components/charts/openness-profile-view-model';
import { formatInteger, formatShare } from '@/components/format';
import { providerOpennessProfile } from '@/domain/openness/provider-openness-profile';
import type { Model } from '@/domain/schema/model';

const percentFormat = (n: number) => formatShare(n / 100);

/**
 * The provider's openness over time from its models' component grades: each release family's
 * score at launch (a far more closed release breaks the line) and the share of its models on
 * each step of the G7 ladder, each chart with its table.
 */
export function OpennessProfileSection({
  models,
  providerId,
  providerName,
  fromIso,
  asOf,
  linkSearch,
}: {
  models: readonly Model[];
  providerId: string;
  providerName: string;
  fromIso: string;
  asOf: string;
  linkSearch: string;
}) {
  const view = useMemo(() => {
    const own = models.filter((m) => m.providerId === providerId);
    const first = own.reduce<string | null>(
      (min, m) => (min === null || m.release.date < min ? m.release.date : min),
      null,
    );
    const dates = first === null || first > asOf ? [asOf] : tierSampleDates(first, asOf);
    return toOpennessProfileView(
      providerOpennessProfile(own, providerId, asOf, dates),
      fromIso,
      asOf,
    );
  }, [models, providerId, fromIso, asOf]);

  if (view.points.length === 0) {
    return (
      <section aria-labelledby="openness-profile-title">
        <h2 id="openness-profile-title">Openness over time</h2>
        <p className="muted">
          No graded model of {providerName} is released by this date, so there is no openness
          profile yet.
        </p>
      </section>
    );
  }
  const breaks = view.breaks;
  const scoreCaption =
    breaks.length === 0
      ? `No release of ${providerName} scored 15 points or more below all its earlier releases.`
      : `${breaks
          .map((b) => `${b.name} (${b.dateLabel}) broke the line, ${b.breakLabel}`)
          .join('; ')}. Unknown components count as closed and are named in the table.`;
  const last = view.tierRows[view.tierRows.length - 1];
  return (
    <section aria-labelledby="openness-profile-title" className="openness-profile">
      <h2 id="openness-profile-title">Openness over time</h2>
      <p className="muted small">
        From the component grades of {providerName}&apos;s models (score 0-100, higher is more open;
        see <Link to={`/methodology${linkSearch}`}>Methodology</Link>).
      </p>
      <ChartFigure
        headingLevel={3}
        title={`${providerName}'s releases by openness score`}
        caption={scoreCaption}
        table={
          <ChartTable
            caption={`Each release family of ${providerName} with its openness score at launch`}
            columns={[
              { key: 'date', header: 'Released', cell: (p) => p.dateLabel },
              {
                key: 'release',
                header: 'Release (newest of its family)',
                rowHeader: true,
                cell: (p) => (
                  <Link to={`/models/${encodeURIComponent(p.modelId)}${linkSearch}`}>{p.name}</Link>
                ),
              },
              { key: 'score', header: 'Score', num: true, cell: (p) => p.scoreLabel },
              { key: 'tier', header: 'G7 tier', cell: (p) => p.tierLabel },
              { key: 'class', header: 'MOF class', cell: (p) => p.classLabel },
              {
                key: 'unknown',
                header: 'Unknown components',
                cell: (p) => p.unknownLabel || 'none',
              },
              { key: 'break', header: 'Break', cell: (p) => p.breakLabel ?? '—' },
            ]}
            rows={view.points}
            rowKey={(p) => p.modelId}
          />
        }
      >
        <OpennessScoreChart view={view} label={`${providerName}'s releases by openness score`} />
      </ChartFigure>
      <ChartFigure
        headingLevel={3}
        title={`${providerName}'s models on the G7 ladder`}
        caption={
          last
            ? `Share of ${providerName}'s models released and not retired at each date, by G7 openness tier; ${formatInteger(last.models)} models on the last date.`
            : ''
        }
        table={
          <ChartTable
            scrollLabel={`${providerName}'s models by G7 tier, scrollable`}
            caption={`${providerName}'s models by G7 tier at each date`}
            columns={[
              { key: 'date', header: 'Date', rowHeader: true, cell: (r) => r.label },
              { key: 'models', header: 'Models', num: true, cell: (r) => formatInteger(r.models) },
              ...view.tierSeries.map((t): TableColumn<TierShareRowView> => ({
                key: t.key,
                header: t.label,
                num: true,
                cell: (r) =>
                  `${formatInteger(r.counts[t.key] ?? 0)} (${percentFormat(r.values[t.key] ?? 0)})`,
              })),
            ]}
            rows={view.tierRows}
            rowKey={(r) => r.id}
          />
        }
      >
        <StackedBarsChart
          rows={view.tierRows}
          series={view.tierSeries}
          label={`${providerName}'s models on the G7 ladder`}
          scale="share"
          labelWidth={110}
        />
      </ChartFigure>
    </section>
  );
}
