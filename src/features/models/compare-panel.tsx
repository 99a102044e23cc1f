import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatPreciseDate, formatScore, formatTokens } from '@/components/format';
import { OpennessBadge } from '@/components/openness-badge';
import { channelLabel } from '@/domain/catalog/catalog-export';
import type { CatalogRow, TriState } from '@/domain/catalog/catalog-row';
import { MAX_COMPARE } from '@/domain/catalog/catalog-url';
import { OPENNESS_NAMES } from '@/domain/openness';
import { gradeOf } from '@/domain/risk/settings';
import { STATUS_LABEL, TIER_LABEL } from './catalog-labels';

function tri(v: TriState): string {
  return v === 0 ? 'Yes' : v === 1 ? 'No' : 'Unknown';
}

function List({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="compare__list">
      {items.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
}

/** The chosen models side by side, one column each. */
export function ComparePanel({
  rows,
  providerRisk,
  linkSearch,
  onRemove,
  onClear,
}: {
  rows: readonly CatalogRow[];
  providerRisk: Float64Array;
  linkSearch: string;
  onRemove: (id: string) => void;
  onClear: () => void;
}) {
  const riskOf = (r: CatalogRow) => {
    const v = r.providerIdx >= 0 ? (providerRisk[r.providerIdx] ?? NaN) : NaN;
    return Number.isNaN(v) ? null : v;
  };
  const lines: Array<[string, (r: CatalogRow) => ReactNode]> = [
    ['Provider', (r) => r.providerName],
    [
      'Openness',
      (r) => (
        <>
          <OpennessBadge level={r.level} /> {OPENNESS_NAMES[r.level]}
        </>
      ),
    ],
    ['License', (r) => r.entry.license ?? 'unknown'],
    ['License tier', (r) => TIER_LABEL[r.tier]],
    ['Commercial use allowed', (r) => tri(r.commercial)],
    ['Has a user cap', (r) => tri(r.userCap)],
    ['Restrictions', (r) => <List items={r.entry.restrictions} empty="None recorded" />],
    [
      'Access channels',
      (r) => <List items={r.entry.channels.map(channelLabel)} empty="None recorded" />,
    ],
    ['Context window', (r) => formatTokens(r.model.contextWindow)],
    ['Modalities', (r) => r.model.modalitiesText ?? 'unknown'],
    ['Released', (r) => formatPreciseDate(r.model.release)],
    ['Status', (r) => STATUS_LABEL[r.status]],
    [
      'Provider risk',
      (r) => {
        const risk = riskOf(r);
        const grade = gradeOf(risk);
        return (
          <>
            {formatScore(risk)}{' '}
            {grade && <span className={`badge badge--grade-${grade}`}>{grade}</span>}
          </>
        );
      },
    ],
  ];
  return (
    <section className="panel compare" aria-labelledby="compare-title">
      <div className="compare__head">
        <h2 id="compare-title">
          Compare models ({rows.length} of {MAX_COMPARE})
        </h2>
        <button type="button" className="button" onClick={onClear}>
          Clear comparison
        </button>
      </div>
      <div className="table-wrap">
        <table className="data-table compare__table">
          <caption className="visually-hidden">The chosen models side by side</caption>
          <thead>
            <tr>
              <td />
              {rows.map((r) => (
                <th key={r.model.id} scope="col">
                  <Link to={`/models/${encodeURIComponent(r.model.id)}${linkSearch}`}>
                    {r.model.name}
                  </Link>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Remove ${r.model.name} from the comparison`}
                    onClick={() => onRemove(r.model.id)}
                  >
                    Remove
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map(([label, cell]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {rows.map((r) => (
                  <td key={r.model.id}>{cell(r)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
