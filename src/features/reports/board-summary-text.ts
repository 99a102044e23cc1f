import {
  formatDay,
  formatDecimal,
  formatInteger,
  formatPreciseDate,
  formatScore,
  formatShare,
  formatSigned,
} from '@/components/format';
import type { BoardSummary, SummaryCause, SummaryDeadline } from '@/domain/report/board-summary';
import type { RiskReport } from '@/domain/report/build-risk-report';
import { countsByCriticalityText } from '@/domain/scenario/workload-impact';

// The executive summary's words, shared by the page (and its print) and the PDF pack, so both say the same.

/** The headline: two or three sentences a board member reads first. */
export function summaryHeadline(summary: BoardSummary, report: RiskReport): string[] {
  const out: string[] = [];
  const [top, second] = summary.topRisks;
  if (top === undefined) {
    out.push(`No provider has a score on ${formatDay(summary.asOf)}.`);
  } else {
    const next = second ? `, ahead of ${second.provider} (${formatScore(second.risk)})` : '';
    out.push(
      `${top.provider} carries the highest platform risk: ${formatScore(top.risk)} of 100, grade ${top.grade}${next}; ${formatInteger(summary.scored)} of ${formatInteger(summary.tracked)} providers scored.`,
    );
  }
  const c = summary.concentration;
  if (c === null) {
    out.push('The portfolio is empty, so exposure and concentration are not reported.');
  } else {
    const exposure =
      c.portfolioExposure === null ? 'no data' : `${formatScore(c.portfolioExposure)} of 100`;
    const spread =
      c.effectiveProviders === null
        ? ''
        : `; it is as concentrated as ${formatDecimal(c.effectiveProviders)} equal providers${c.largest ? `, with ${c.largest.provider} holding ${formatShare(c.largest.share)}` : ''}`;
    out.push(`Portfolio exposure is ${exposure}${spread}.`);
  }
  const move = summary.moves.rows[0];
  if (move) {
    out.push(
      `Biggest move since ${formatDay(summary.moves.since)}: ${move.provider} ${formatSigned(move.delta)} (${formatScore(move.from)} → ${formatScore(move.to)}).`,
    );
  }
  if (report.scenario) {
    const s = report.scenario;
    const w = s.workloads;
    out.push(
      `Scenario “${s.name}” is active: at ${formatDay(s.horizon)} exposure ${formatScore(s.baselineExposure)} → ${formatScore(s.scenarioExposure)}, workloads broken ${w.baselineBroken} → ${w.scenarioBroken} (${countsByCriticalityText(w.brokenBy)}); the figures below are the baseline.`,
    );
  }
  return out;
}

/** A cause of a move: "Apr 5, 2026 Meta launches … (+23.6)". */
function causeText(c: SummaryCause): string {
  const titles =
    c.titles.length > 2 ? [...c.titles.slice(0, 2), `${c.titles.length - 2} more`] : c.titles;
  return `${formatDay(c.date)}: ${titles.join('; ')} (${formatSigned(c.delta)})`;
}

/** The event days of a move left out of the list ("1 more event day"). */
function moreCausesText(count: number): string {
  return `${count} more event ${count === 1 ? 'day' : 'days'}`;
}

/**
 * A move's causes as listed: its first two event days, how many more there are, and the rest no
 * event explains when it shows at one decimal.
 */
export function causeLines(m: { causes: readonly SummaryCause[]; rest: number }): string[] {
  return [
    ...m.causes.slice(0, 2).map(causeText),
    ...(m.causes.length > 2 ? [moreCausesText(m.causes.length - 2)] : []),
    ...(Math.abs(m.rest) >= 0.05 ? [restText(m.rest)] : []),
  ];
}

/** A move's change: "28.6 → 51.6 (+23.0)". */
export function moveText(m: { from: number; to: number; delta: number }): string {
  return `${formatScore(m.from)} → ${formatScore(m.to)} (${formatSigned(m.delta)})`;
}

/** The rest of a move no event explains. */
function restText(rest: number): string {
  return `ageing of older facts and other changes (${formatSigned(rest)})`;
}

/** A deadline's date as shown: "no earlier than" dates say so, past retirements say "since". */
export function deadlineDate(d: SummaryDeadline): string {
  const date = formatPreciseDate(d.date);
  if (d.past) return `since ${date}`;
  return d.lowerBound ? `not before ${date}` : date;
}

export function deadlineTitle(d: SummaryDeadline): string {
  const flag = d.hypothetical ? ' (hypothetical, scenario)' : '';
  return `${d.title}${flag}`;
}

/** The footer every printed page carries. */
export function reportFooterText(report: RiskReport): string {
  return `As of ${formatDay(report.asOf)} · data set ${report.dataset.version} (compiled ${formatDay(report.dataset.compiledOn)}) · methodology ${report.methodologyId}`;
}
