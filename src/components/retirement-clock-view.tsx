import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { useDataset } from '@/api/use-dataset';
import {
  clockUrgency,
  retirementClock,
  type RetirementClock,
} from '@/domain/lifecycle/retirement-clock';
import { carriedSearch } from '@/domain/url/view-params';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { formatDay, formatInteger, formatPreciseDate } from './format';
import { channelName } from './lifecycle-table';

const days = (n: number) => `${formatInteger(n)} ${Math.abs(n) === 1 ? 'day' : 'days'}`;

/** A retirement clock in words: safe until, days left against the notice, the replacement; or why there is none. */
export function describeClock(clock: RetirementClock): { headline: string; detail: string | null } {
  const where = channelName(clock.channel);
  switch (clock.kind) {
    case 'scheduled': {
      const notice =
        clock.noticeDays === null
          ? 'notice given not stated'
          : `notice given ${days(clock.noticeDays)}${clock.announced ? ` (announced ${formatPreciseDate(clock.announced)})` : ''}`;
      return {
        headline: `Safe until ${clock.lowerBound ? 'no earlier than ' : ''}${formatPreciseDate(clock.shutdown)} on ${where}: ${days(clock.daysLeft)} left`,
        detail: `${clock.replacement ? `Replacement: ${clock.replacement.name}. ` : 'No replacement named. '}${notice}; the provider’s minimum notice is not stated in the data.`,
      };
    }
    case 'retired':
      return {
        headline: `Shut down on ${where} since ${formatPreciseDate(clock.shutdown)}`,
        detail: clock.replacement
          ? `Replacement: ${clock.replacement.name}.`
          : 'No replacement named.',
      };
    case 'none':
      return {
        headline: `No retirement scheduled on ${where} as of ${formatDay(clock.asOfSource)}`,
        detail: null,
      };
    case 'self-hosted-open':
      return { headline: 'Self-hosted open weights: no vendor clock', detail: null };
    case 'unknown-model':
      return { headline: 'Model not in the data set: no clock known', detail: null };
  }
}

/** A dependency's clock as a table cell. */
export function RetirementClockCell({ clock }: { clock: RetirementClock | null }) {
  if (clock === null) return <>…</>;
  const { headline, detail } = describeClock(clock);
  return (
    <>
      <span className={`clock clock--${clock.kind}`}>{headline}</span>
      {detail && <div className="muted small">{detail}</div>}
    </>
  );
}

/** The three nearest retirement clocks of the portfolio (the Overview shows them). */
export function NearestRetirements({ asOf }: { asOf: string }) {
  const { data } = useDataset();
  const dependencies = usePortfolioStore((s) => s.dependencies);
  const location = useLocation();
  const search = carriedSearch(location.search);
  const nearest = useMemo(() => {
    if (!data) return [];
    const models = new Map(data.models.map((m) => [m.id, m]));
    return dependencies
      .map((d) => ({
        d,
        model: models.get(d.modelId),
        clock: retirementClock(d, models.get(d.modelId), asOf, data.compiledOn),
      }))
      .filter((x) => x.clock.kind === 'scheduled' || x.clock.kind === 'retired')
      .sort((a, b) => clockUrgency(a.clock) - clockUrgency(b.clock))
      .slice(0, 3);
  }, [data, dependencies, asOf]);
  if (!data) return null;
  return (
    <section className="panel nearest-retirements" aria-labelledby="nearest-ret">
      <h2 id="nearest-ret" className="panel__title">
        Nearest retirements in your portfolio
      </h2>
      {nearest.length === 0 ? (
        <p>No model your portfolio depends on has a shutdown scheduled on its channel.</p>
      ) : (
        <ul>
          {nearest.map(({ d, model, clock }) => (
            <li key={d.id}>
              <strong>{d.workload}</strong> ({model?.name ?? d.modelId}):{' '}
              {describeClock(clock).headline}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/portfolio${search}`}>Every dependency’s clock, by urgency</Link>
      </p>
    </section>
  );
}
