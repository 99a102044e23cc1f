import { ScrollTable } from '@/components/scroll-table';
import { formatDay, formatScore, formatSigned } from '@/components/format';
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
  const delta = (d: number | 'n/a') => (d === 'n/a' ? 'n/a' : formatSigned(d));
  return (
    <ScrollTable label={caption}>
      <table className="data-table impact-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Provider</th>
            <th scope="col" className="num">
              Platform risk as of {formatDay(asOf)}, before
            </th>
            <th scope="col" className="num">
              After
            </th>
            <th scope="col" className="num">
              ΔR
            </th>
            <th scope="col">ΔR on the event’s date</th>
          </tr>
        </thead>
        <tbody>
          {impact.map((row) => (
            <tr key={row.providerId}>
              <th scope="row">{providerName(row.providerId)}</th>
              <td className="num">{formatScore(row.before)}</td>
              <td className="num">{formatScore(row.after)}</td>
              <td className="num" data-testid={`delta-${row.providerId}`}>
                {delta(row.delta)}
              </td>
              <td>
                {row.events.length === 0
                  ? '—'
                  : row.events.map((e) => `${formatDay(e.date)}: ${delta(e.delta)}`).join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
