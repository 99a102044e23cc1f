import { useMemo } from 'react';
import { Link } from 'react-router';
import { ChartFigure } from '@/components/charts/chart-figure';
import { OpennessScoreChart, StackedBarsChart } from '@/components/charts/lazy-charts';
import {
  tierSampleDates,
  toOpennessProfileView,
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
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">
                Each release family of {providerName} with its openness score at launch
              </caption>
              <thead>
                <tr>
                  <th scope="col">Released</th>
                  <th scope="col">Release (newest of its family)</th>
                  <th scope="col" className="num">
                    Score
                  </th>
                  <th scope="col">G7 tier</th>
                  <th scope="col">MOF class</th>
                  <th scope="col">Unknown components</th>
                  <th scope="col">Break</th>
                </tr>
              </thead>
              <tbody>
                {view.points.map((p) => (
                  <tr key={p.modelId}>
                    <td>{p.dateLabel}</td>
                    <th scope="row">
                      <Link to={`/models/${encodeURIComponent(p.modelId)}${linkSearch}`}>
                        {p.name}
                      </Link>
                    </th>
                    <td className="num">{p.scoreLabel}</td>
                    <td>{p.tierLabel}</td>
                    <td>{p.classLabel}</td>
                    <td>{p.unknownLabel || 'none'}</td>
                    <td>{p.breakLabel ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
          <div
            className="table-wrap"
            tabIndex={0}
            role="region"
            aria-label={`${providerName}'s models by G7 tier, scrollable`}
          >
            <table className="data-table">
              <caption className="visually-hidden">
                {providerName}&apos;s models by G7 tier at each date
              </caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col" className="num">
                    Models
                  </th>
                  {view.tierSeries.map((s) => (
                    <th key={s.key} scope="col" className="num">
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.tierRows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.label}</th>
                    <td className="num">{formatInteger(r.models)}</td>
                    {view.tierSeries.map((s) => (
                      <td key={s.key} className="num">
                        {formatInteger(r.counts[s.key] ?? 0)} ({percentFormat(r.values[s.key] ?? 0)}
                        )
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      >
        <StackedBarsChart
          rows={view.tierRows}
          series={view.tierSeries}
          label={`${providerName}'s models on the G7 ladder`}
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          format={percentFormat}
          labelWidth={110}
          segmentStroke="var(--muted)"
        />
      </ChartFigure>
    </section>
  );
}
