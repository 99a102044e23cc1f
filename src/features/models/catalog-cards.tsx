import { useState } from 'react';
import { Link } from 'react-router';
import { StarButton } from '@/components/star-button';
import { formatInteger, formatPreciseDate, formatScore, formatTokens } from '@/components/format';
import { OpennessBadge } from '@/components/openness-badge';
import type { CatalogRow } from '@/domain/catalog/catalog-row';
import { MAX_COMPARE } from '@/domain/catalog/catalog-url';
import { OPENNESS_NAMES } from '@/domain/openness';
import { STATUS_LABEL, TIER_LABEL } from './catalog-labels';
import { ProviderRiskScore } from './provider-risk-score';

const PAGE = 30;

/**
 * The catalog on a narrow screen: one card per model (the table would show one column at a
 * time), the first thirty and then thirty more on request, in the order the view sorts.
 */
export function CatalogCards({
  rows,
  indices,
  providerRisk,
  compare,
  linkSearch,
  onToggleCompare,
}: {
  rows: readonly CatalogRow[];
  indices: Int32Array;
  providerRisk: Float64Array;
  compare: readonly string[];
  linkSearch: string;
  onToggleCompare: (id: string) => void;
}) {
  const [shown, setShown] = useState(PAGE);
  const compareFull = compare.length >= MAX_COMPARE;
  const count = Math.min(shown, indices.length);
  const cards: CatalogRow[] = [];
  for (let i = 0; i < count; i++) {
    const row = rows[indices[i] ?? -1];
    if (row) cards.push(row);
  }
  return (
    <>
      <ul className="catalog-cards" aria-label="Models matching the filters">
        {cards.map((row) => {
          const m = row.model;
          const picked = compare.includes(m.id);
          return (
            <li key={m.id} className="catalog-card">
              <div className="catalog-card__head">
                <h3 className="catalog-card__name">
                  <Link to={`/models/${encodeURIComponent(m.id)}${linkSearch}`}>{m.name}</Link>
                </h3>
                <label className="catalog-card__pick">
                  <input
                    type="checkbox"
                    aria-label={`Compare ${m.name}`}
                    checked={picked}
                    disabled={!picked && compareFull}
                    onChange={() => onToggleCompare(m.id)}
                  />{' '}
                  Compare
                </label>
                <StarButton compact kind="model" id={m.id} name={m.name} />
              </div>
              <dl className="catalog-card__facts">
                <dt>Provider</dt>
                <dd>{row.providerName}</dd>
                <dt>Openness</dt>
                <dd>
                  <OpennessBadge level={row.level} /> {OPENNESS_NAMES[row.level]}
                </dd>
                <dt>Openness score</dt>
                <dd>{Number.isNaN(row.score) ? 'not graded' : formatScore(row.score)}</dd>
                <dt>License tier</dt>
                <dd>{TIER_LABEL[row.tier]}</dd>
                <dt>Released</dt>
                <dd>{formatPreciseDate(m.release)}</dd>
                <dt>Context window</dt>
                <dd>{formatTokens(m.contextWindow)}</dd>
                <dt>Status</dt>
                <dd>{STATUS_LABEL[row.status]}</dd>
                <dt>Provider risk</dt>
                <dd>
                  <ProviderRiskScore row={row} providerRisk={providerRisk} />
                </dd>
              </dl>
            </li>
          );
        })}
      </ul>
      {count < indices.length && (
        <button
          type="button"
          className="button catalog-cards__more"
          onClick={() => setShown((n) => n + PAGE)}
        >
          Show {formatInteger(Math.min(PAGE, indices.length - count))} more of{' '}
          {formatInteger(indices.length - count)}
        </button>
      )}
    </>
  );
}
