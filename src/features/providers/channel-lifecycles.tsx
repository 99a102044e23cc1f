import { Link } from 'react-router';
import { formatDay, formatPreciseDate } from '@/components/format';
import { channelName } from '@/components/lifecycle-table';
import { hasLifecycle, lifecycleRows } from '@/domain/lifecycle/lifecycle-rows';
import type { Model } from '@/domain/schema/model';

const STATUS_TEXT = {
  active: 'Active',
  deprecated: 'Deprecated',
  retired: 'Retired',
  unreleased: 'Not yet released',
} as const;

/** The provider's models that are deprecated or retired on some channel, one row per model and channel. */
export function ChannelLifecycles({
  models,
  isoDay,
  search,
}: {
  models: Model[];
  isoDay: string;
  search: string;
}) {
  const rows = models.filter(hasLifecycle).flatMap((m) =>
    lifecycleRows(m, isoDay)
      .filter((r) => r.status !== 'active' || r.shutdown !== null)
      .map((r) => ({ model: m, row: r })),
  );
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="lifecycles-title">
      <h2 id="lifecycles-title">Lifecycles per channel</h2>
      <p className="muted small">
        Deprecations and shutdowns on the provider’s own API and on distributors that keep their own
        dates. Scores read the own API.
      </p>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">
            Deprecations and shutdowns per channel as of {formatDay(isoDay)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Channel</th>
              <th scope="col">Status on {formatDay(isoDay)}</th>
              <th scope="col">Shutdown</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ model, row }) => (
              <tr key={`${model.id}-${row.channel}`}>
                <th scope="row">
                  <Link to={`/models/${encodeURIComponent(model.id)}${search}`}>{model.name}</Link>
                </th>
                <td>{channelName(row.channel)}</td>
                <td>{STATUS_TEXT[row.status]}</td>
                <td>
                  {row.shutdown === null
                    ? 'none known'
                    : `${row.shutdown.lowerBound ? 'no earlier than ' : ''}${formatPreciseDate(row.shutdown.date)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
