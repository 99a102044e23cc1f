import { DataTable } from '@/components/data-table';
import { formatDay } from '@/components/format';
import { riskChangeColumns, signedOrNa } from '@/components/score-cells';
import type { ProviderImpact } from '@/domain/changes/change-impact';

/** ΔR per provider: platform risk as of a day before and after, and each event's ΔR on its date. */
export function ImpactTable({
  impact,
  asOf,
  providerName,
  caption,
}: {
  impact: ProviderImpact[];
  asOf: string;
  providerName: (id: string) => string;
  caption: string;
}) {
  if (impact.length === 0) return <p className="muted">The change applies to no provider.</p>;
  return (
    <DataTable
      label={caption}
      className="impact-table"
      caption={caption}
      rows={impact}
      rowKey={(row) => row.providerId}
      columns={[
        { header: 'Provider', rowHeader: true, cell: (row) => providerName(row.providerId) },
        ...riskChangeColumns<ProviderImpact>(
          [`Platform risk as of ${formatDay(asOf)}, before`, 'After'],
          (row) => row,
        ),
        {
          header: 'ΔR on the event’s date',
          cell: (row) =>
            row.events.length === 0
              ? '—'
              : row.events.map((e) => `${formatDay(e.date)}: ${signedOrNa(e.delta)}`).join('; '),
        },
      ]}
    />
  );
}
