/*
 * ADR 0009's measurement: the provider ranking under the openness factor as rvm-1 reads it (the
 * 1-5 level) and as it would read the finer component score, and Meta's ΔR at Muse Spark under
 * each. Run: npx tsx --tsconfig tsconfig.app.json tests/analysis/openness-factor-ranking.ts
 *
 * The candidates replace only the openness risk of a family's representative:
 *   level   rvm-1: L5 0, L4 10, L3 35, L2 60, L1 100;
 *   score   100 − openness score (equal component weights; unknown counts as closed);
 *   known   100 − the score over the sourced components only (unknown left out, not closed);
 *   blend   the mean of level and score.
 * Everything else (recency, families, the other factors, weights) is rvm-1's. The grade sets are
 * dated apart from the openness history (DeepSeek-R1's paper), so each model's openness history
 * is first split at its grade-set dates (same entries, same level), then each entry gets the
 * candidate's risk from the grade set in force on its day.
 */
import { dataset } from '../../mocks/data/dataset';
import { dayNumber, preciseDayNumber } from '../../src/domain/dates';
import { gradeSetAtDay, gradeSetsOf } from '../../src/domain/openness/model-openness';
import {
  OPENNESS_COMPONENT_KEYS,
  gradesOf,
  type ComponentGrades,
} from '../../src/domain/openness/openness-components';
import { GRADE_POINTS, opennessScore } from '../../src/domain/openness/openness-score';
import { eventImpacts } from '../../src/domain/risk/event-impacts';
import { OPENNESS_RISK } from '../../src/domain/risk/factor-rules';
import { createRiskContext, type RiskContext } from '../../src/domain/risk/risk-context';
import { scoreProviders } from '../../src/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '../../src/domain/risk/settings';
import { opennessLevel } from '../../src/domain/openness';
import type { Dataset } from '../../src/domain/schema/dataset';
import type { Model, OpennessEntry } from '../../src/domain/schema/model';

const AS_OF = dataset.compiledOn;
const MUSE_SPARK = 'meta-2026-04-08-muse-spark';

type Candidate = 'level' | 'score' | 'known' | 'blend';
const CANDIDATES: Candidate[] = ['level', 'score', 'known', 'blend'];

/** Score over the sourced components only: unknown components are left out. */
function knownScore(g: ComponentGrades): number {
  const known = OPENNESS_COMPONENT_KEYS.filter((k) => g[k] !== 'unknown');
  if (known.length === 0) return 0;
  return (100 * known.reduce((s, k) => s + GRADE_POINTS[g[k]], 0)) / known.length;
}

function riskOf(candidate: Candidate, entry: OpennessEntry, g: ComponentGrades | null): number {
  const level = OPENNESS_RISK[opennessLevel(entry)];
  if (candidate === 'level' || g === null) return level;
  const score = 100 - (opennessScore(g).score ?? 0);
  if (candidate === 'score') return score;
  if (candidate === 'known') return 100 - knownScore(g);
  return (level + score) / 2;
}

/** The data set with every openness history split at its model's grade-set dates. */
function splitAtGradeSets(data: Dataset): Dataset {
  const models = data.models.map((m): Model => {
    const days = new Set(m.opennessHistory.map((e) => preciseDayNumber(e.from)));
    const extra: OpennessEntry[] = [];
    for (const set of gradeSetsOf(m)) {
      const day = preciseDayNumber(set.from);
      if (days.has(day)) continue;
      const inForce = [...m.opennessHistory].filter((e) => preciseDayNumber(e.from) <= day).at(-1);
      if (inForce) extra.push({ ...inForce, from: set.from, eventId: null });
      days.add(day);
    }
    const history = [...m.opennessHistory, ...extra].sort(
      (a, b) => preciseDayNumber(a.from) - preciseDayNumber(b.from),
    );
    return { ...m, opennessHistory: history };
  });
  return { ...data, models };
}

/** A risk context whose openness risks are the candidate's. */
function contextFor(candidate: Candidate, data: Dataset): RiskContext {
  const ctx = createRiskContext(data);
  const x = ctx.flat;
  for (let slot = 0; slot < x.slotModel.length; slot++) {
    const m = ctx.models[x.slotModel[slot] ?? -1];
    if (!m) continue;
    for (let e = x.opStart[slot] ?? 0; e < (x.opStart[slot + 1] ?? 0); e++) {
      const day = x.opDay[e] ?? 0;
      const entry = m.model.opennessHistory[m.openness.entryIdx[e - (x.opStart[slot] ?? 0)] ?? 0];
      if (!entry) continue;
      const set = gradeSetAtDay(m.model, day);
      x.opRisk[e] = riskOf(candidate, entry, set ? gradesOf(set.components) : null);
    }
  }
  return ctx;
}

const split = splitAtGradeSets(dataset);
const names = new Map(dataset.providers.map((p) => [p.id, p.shortName]));
const results = CANDIDATES.map((candidate) => {
  const ctx = contextFor(candidate, split);
  const scores = scoreProviders(ctx, AS_OF, DEFAULT_RISK_SETTINGS, { explain: false });
  const ranked = scores
    .filter((s) => s.risk !== null)
    .sort((a, b) => (b.risk ?? 0) - (a.risk ?? 0));
  const meta = eventImpacts(ctx, DEFAULT_RISK_SETTINGS, {
    eventIds: [MUSE_SPARK],
    providerIds: ['meta'],
  })[0];
  return { candidate, ranked, meta };
});

const level = results[0];
if (!level) throw new Error('no rvm-1 result');
const rankOf = (ranked: typeof level.ranked) =>
  new Map(ranked.map((s, i) => [s.providerId, i + 1]));
const base = rankOf(level.ranked);

/** Spearman's rank correlation of two rankings of the same providers (no ties). */
function spearman(a: Map<string, number>, b: Map<string, number>): number {
  const n = a.size;
  let d2 = 0;
  for (const [id, r] of a) d2 += (r - (b.get(id) ?? r)) ** 2;
  return 1 - (6 * d2) / (n * (n * n - 1));
}

console.log(`Ranking as of ${AS_OF}, default settings (weights 35/25/20/10/10, half-life 365 d).`);
console.log(
  ['provider', ...CANDIDATES.flatMap((c) => [`R ${c}`, `openness ${c}`, `rank ${c}`])].join('\t'),
);
for (const s of level.ranked) {
  const cells = results.flatMap((r) => {
    const mine = r.ranked.find((x) => x.providerId === s.providerId);
    const rank = rankOf(r.ranked).get(s.providerId);
    return [
      (mine?.risk ?? NaN).toFixed(1),
      (mine?.factors.openness.value ?? NaN).toFixed(1),
      String(rank),
    ];
  });
  console.log([names.get(s.providerId) ?? s.providerId, ...cells].join('\t'));
}
for (const r of results) {
  const ranks = rankOf(r.ranked);
  const moves = [...ranks].filter(([id, rank]) => base.get(id) !== rank);
  const biggest = [...ranks]
    .map(([id, rank]) => ({ id, move: (base.get(id) ?? rank) - rank }))
    .sort((a, b) => Math.abs(b.move) - Math.abs(a.move))[0];
  const top5 = r.ranked.slice(0, 5).map((s) => names.get(s.providerId));
  const delta = r.meta?.delta;
  console.log(
    `${r.candidate}: Spearman ρ vs level ${spearman(base, ranks).toFixed(3)}; ${moves.length} of ${ranks.size} providers change rank; largest move ${names.get(biggest?.id ?? '')} ${biggest?.move ?? 0}; top 5 ${top5.join(', ')}; Meta ΔR at Muse Spark ${typeof delta === 'number' ? delta.toFixed(2) : delta} (R ${r.meta?.before?.toFixed(2)} → ${r.meta?.after?.toFixed(2)}); R spread ${(
      (r.ranked[0]?.risk ?? 0) - (r.ranked.at(-1)?.risk ?? 0)
    ).toFixed(1)}`,
  );
}

// How much of each provider's score is unknown: the bias the score candidate would import.
console.log("\nUnknown components among each provider's models (current grade sets):");
for (const p of dataset.providers) {
  const own = dataset.models.filter((m) => m.providerId === p.id);
  let unknown = 0;
  let total = 0;
  for (const m of own) {
    const set = gradeSetAtDay(m, dayNumber(AS_OF));
    if (!set) continue;
    for (const k of OPENNESS_COMPONENT_KEYS) {
      total += 1;
      if (set.components[k].grade === 'unknown') unknown += 1;
    }
  }
  console.log(
    `${p.shortName}\t${unknown}/${total} unknown (${((100 * unknown) / total).toFixed(0)}%)`,
  );
}
