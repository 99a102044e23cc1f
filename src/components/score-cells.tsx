import type { ReactNode } from 'react';
import type { Column } from './data-table';
import { formatScore, formatSigned } from './format';
import type { Grade } from '@/domain/risk/settings';

/** A score, or a dash where there is none (a factor left out, a model not graded). */
export const scoreOrDash = (n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : formatScore(n);

/** A ΔR as signed text ("+1.2"), or "n/a" where the score is not defined on one side. */
export const signedOrNa = (n: number | null | 'n/a'): string =>
  n === null || n === 'n/a' ? 'n/a' : formatSigned(n);

/** A score with its grade badge beside it, where it has a grade. */
export function ScoreWithGrade({ score, grade }: { score: number | null; grade: Grade | null }) {
  return (
    <>
      {formatScore(score)}
      {grade && (
        <>
          {' '}
          <span className={`badge badge--grade-${grade}`}>{grade}</span>
        </>
      )}
    </>
  );
}

/** A change in points as text with an arrow, so the direction never rests on colour alone. */
export function Delta({ value, digits = 1 }: { value: number | null; digits?: 0 | 1 }) {
  if (value === null) return <span className="muted">n/a</span>;
  const rounded = digits === 0 ? Math.round(value) : Math.round(value * 10) / 10;
  if (rounded === 0) return <span className="delta delta--none">0</span>;
  const up = rounded > 0;
  return (
    <span className={`delta ${up ? 'delta--up' : 'delta--down'}`}>
      <span aria-hidden="true">{up ? '▲' : '▼'} </span>
      {formatSigned(rounded, digits)}
    </span>
  );
}

/**
 * Platform risk before and after a change, and the ΔR between them as signed text; the ΔR cell
 * carries the test id `delta-<provider id>`.
 */
export function riskChangeColumns<R extends { providerId: string }>(
  headers: readonly [before: ReactNode, after: ReactNode],
  value: (row: R) => { before: number | null; after: number | null; delta: number | null | 'n/a' },
): Column<R>[] {
  return [
    { header: headers[0], num: true, cell: (r) => formatScore(value(r).before) },
    { header: headers[1], num: true, cell: (r) => formatScore(value(r).after) },
    {
      header: 'ΔR',
      num: true,
      testId: (r) => `delta-${r.providerId}`,
      cell: (r) => signedOrNa(value(r).delta),
    },
  ];
}
