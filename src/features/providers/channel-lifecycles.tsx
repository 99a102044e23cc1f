import { Link } from 'react-router';
import { DataTable } from '@/components/data-table';
import { formatDay } from '@/components/format';
import { channelName, STATUS_TEXT, shutdownText } from '@/components/lifecycle-table';
import { hasLifecycle, lifecycleRows } from '@/domain/lifecycle/lifecycle-rows';
import type { Model } from '@/domain/schema/model';

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
      <DataTable
        caption={`Deprecations and shutdowns per channel as of ${formatDay(isoDay)}`}
        captionHidden
        rows={rows}
        rowKey={({ model, row }) => `${model.id}-${row.channel}`}
        columns={[
          {
            header: 'Model',
            rowHeader: true,
            cell: ({ model }) => (
              <Link to={`/models/${encodeURIComponent(model.id)}${search}`}>{model.name}</Link>
            ),
          },
          { header: 'Channel', cell: ({ row }) => channelName(row.channel) },
          { header: `Status on ${formatDay(isoDay)}`, cell: ({ row }) => STATUS_TEXT[row.status] },
          { header: 'Shutdown', cell: ({ row }) => shutdownText(row) },
        ]}
      />
    </section>
  );
}
