import { GRADE_COLOR, NO_DATA_COLOR } from '@/components/charts/palette';
import { formatScore } from '@/components/format';
import type { RiskReport } from '@/domain/report/build-risk-report';

export interface RankingBar {
  id: string;
  label: string;
  /** Bar length on the shared 0-100 axis; 0 for "no data" (the label says so). */
  value: number;
  valueLabel: string;
  color: string;
}

/** Bars of the ranking chart: providers riskiest first, each labelled with its score and grade. Pure. */
export function toRankingBars(report: Pick<RiskReport, 'ranking'>): RankingBar[] {
  return report.ranking.map((r) => ({
    id: r.providerId,
    label: r.provider,
    value: r.risk ?? 0,
    valueLabel: r.risk === null ? 'no data' : `${formatScore(r.risk)} · ${r.grade ?? ''}`.trim(),
    color: r.grade ? GRADE_COLOR[r.grade] : NO_DATA_COLOR,
  }));
}

/** The ranking chart's message in one sentence. */
export function rankingCaption(report: Pick<RiskReport, 'ranking' | 'asOf'>): string {
  const [first, second] = report.ranking;
  if (first === undefined || first.risk === null) return 'No provider has a score at this date.';
  const next =
    second && second.risk !== null
      ? `, ahead of ${second.provider} (${formatScore(second.risk)})`
      : '';
  return `${first.provider} carries the highest platform risk (${formatScore(first.risk)} of 100)${next}.`;
}
