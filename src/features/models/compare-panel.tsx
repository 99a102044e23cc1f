import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatPreciseDate, formatScore, formatTokens } from '@/components/format';
import { OpennessBadge } from '@/components/openness-badge';
import { channelLabel } from '@/domain/catalog/catalog-export';
import type { CatalogRow, TriState } from '@/domain/catalog/catalog-row';
import { MAX_COMPARE } from '@/domain/catalog/catalog-url';
import { OPENNESS_NAMES, opennessReason } from '@/domain/openness';
import { ComponentGradeBadge } from '@/components/component-grade-badge';
import { G7_TIER_LABELS } from '@/domain/openness/g7-tier';
import { MOF_CLASS_LABELS } from '@/domain/openness/mof-class';
import {
  OPENNESS_COMPONENT_KEYS,
  OPENNESS_COMPONENT_LABELS,
  componentList,
  type OpennessComponentKey,
} from '@/domain/openness/openness-components';
import { STATUS_LABEL, TIER_LABEL } from './catalog-labels';
import { ProviderRiskScore } from './provider-risk-score';
import { DisclosureButton } from '@/components/disclosure-button';

const NOT_GRADED = <span className="muted">not graded</span>;

/** A component's grade in a row, or null when the model is not graded. */
function gradeIn(r: CatalogRow, key: OpennessComponentKey) {
  return r.gradeSet ? r.gradeSet.components[key].grade : null;
}

/** True when the compared rows do not all show the same value. */
function differs(rows: readonly CatalogRow[], value: (r: CatalogRow) => string | null): boolean {
  return rows.length > 1 && new Set(rows.map(value)).size > 1;
}

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

/** A row of the comparison; a row whose values differ says so in words, not only by its look. */
function CompareRow({
  label,
  differ,
  children,
}: {
  label: ReactNode;
  differ: boolean;
  children: ReactNode;
}) {
  return (
    <tr className={differ ? 'compare__row--differs' : undefined}>
      <th scope="row">
        {label}
        {differ && (
          <>
            {' '}
            <span className="compare__differs">differs</span>
          </>
        )}
      </th>
      {children}
    </tr>
  );
}

/**
 * The license as published, linked to the page its grade was read from (the license text or the
 * provider's terms) when the data has one.
 */
function LicenseCell({ row }: { row: CatalogRow }) {
  const name = row.entry.license ?? 'unknown';
  const source = row.gradeSet?.components.license.source ?? null;
  if (!source) return <>{name}</>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {name}
      <span className="visually-hidden"> (license text, opens in a new tab)</span>
    </a>
  );
}

/**
 * The chosen models side by side, one column each; the openness rows mark where they differ.
 * It sits right after the results and scrolls its title bar into view each time a model is
 * ticked (`revealKey` changes), leaving the list where it was above it; it folds to that bar.
 * (Not an overlay: a panel docked over the page would hide part of the filters and the list.)
 */
export function ComparePanel({
  rows,
  providerRisk,
  linkSearch,
  open,
  revealKey,
  onToggleOpen,
  onRemove,
  onClear,
}: {
  rows: readonly CatalogRow[];
  providerRisk: Float64Array;
  linkSearch: string;
  /** The comparison is unfolded (the drawer shows its table). */
  open: boolean;
  /** Changes each time a model is ticked: the panel then scrolls its title bar into view. */
  revealKey: number;
  onToggleOpen: () => void;
  onRemove: (id: string) => void;
  onClear: () => void;
}) {
  const bodyId = useId();
  const headRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const head = headRef.current;
    if (revealKey > 0 && head && typeof head.scrollIntoView === 'function')
      head.scrollIntoView({ block: 'nearest' });
  }, [revealKey]);
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
    ['Openness rule', (r) => opennessReason(r.entry)],
    ['Parameters', (r) => r.model.parameters ?? <span className="muted">unknown</span>],
    ['License', (r) => <LicenseCell row={r} />],
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
    ['Provider risk', (r) => <ProviderRiskScore row={r} providerRisk={providerRisk} />],
  ];
  const opennessLines: Array<[string, (r: CatalogRow) => ReactNode, boolean]> = [
    [
      'Openness score',
      (r) => (Number.isNaN(r.score) ? NOT_GRADED : formatScore(r.score)),
      differs(rows, (r) => (Number.isNaN(r.score) ? null : formatScore(r.score))),
    ],
    [
      'G7 openness tier',
      (r) => (r.g7 ? G7_TIER_LABELS[r.g7] : NOT_GRADED),
      differs(rows, (r) => r.g7),
    ],
    [
      'MOF class',
      (r) => (r.mof ? MOF_CLASS_LABELS[r.mof] : NOT_GRADED),
      differs(rows, (r) => r.mof),
    ],
  ];
  const differing = OPENNESS_COMPONENT_KEYS.filter((k) => differs(rows, (r) => gradeIn(r, k)));
  return (
    <section className="panel compare compare--after" aria-labelledby="compare-title">
      <div className="compare__head" ref={headRef}>
        <h2 id="compare-title">
          Compare models ({rows.length} of {MAX_COMPARE})
        </h2>
        <div className="compare__actions">
          <DisclosureButton expanded={open} controls={bodyId} onToggle={onToggleOpen}>
            {open ? 'Hide comparison' : 'Show comparison'}
          </DisclosureButton>
          <button type="button" className="button" onClick={onClear}>
            Clear comparison
          </button>
        </div>
      </div>
      <div
        id={bodyId}
        className="table-wrap compare__body"
        hidden={!open}
        tabIndex={0}
        role="group"
        aria-label="The comparison (scrolls)"
      >
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
          <tbody>
            <tr className="compare__group">
              <th scope="rowgroup" colSpan={rows.length + 1}>
                Openness components
                <span className="compare__group-note">
                  {rows.length < 2
                    ? ' (add a model to see the differences)'
                    : differing.length === 0
                      ? ': every component has the same grade'
                      : `: ${differing.length} of 14 differ (${componentList(differing)})`}
                </span>
              </th>
            </tr>
            {opennessLines.map(([label, cell, differ]) => (
              <CompareRow key={label} label={label} differ={differ}>
                {rows.map((r) => (
                  <td key={r.model.id}>{cell(r)}</td>
                ))}
              </CompareRow>
            ))}
            {OPENNESS_COMPONENT_KEYS.map((key) => (
              <CompareRow
                key={key}
                label={
                  <>
                    {OPENNESS_COMPONENT_LABELS[key]}
                    {/* "License" is also a row above (its text): the name says which is which. */}{' '}
                    <span className="visually-hidden">grade</span>
                  </>
                }
                differ={differing.includes(key)}
              >
                {rows.map((r) => {
                  const grade = gradeIn(r, key);
                  return (
                    <td key={r.model.id}>
                      {grade === null ? NOT_GRADED : <ComponentGradeBadge grade={grade} />}
                    </td>
                  );
                })}
              </CompareRow>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
