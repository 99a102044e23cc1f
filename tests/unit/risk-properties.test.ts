import fc from 'fast-check';
import { describe, it } from 'vitest';
import { addDays } from '@/domain/dates';
import { eventImpacts } from '@/domain/risk/event-impacts';
import { createRiskContext } from '@/domain/risk/risk-context';
import { riskTrend } from '@/domain/risk/risk-trend';
import { scoreProviders, type ProviderScore } from '@/domain/risk/score-providers';
import { FACTOR_KEYS, type RiskSettings } from '@/domain/risk/settings';
import type { Dataset } from '@/domain/schema/dataset';
import {
  asOfArb,
  buildEvent,
  buildModel,
  datasetArb,
  eventSpecArb,
  isoAt,
  modelSpecArb,
  settingsArb,
} from './risk-arbitraries';
import { fcRuns } from '../fc-runs';

const RUNS = fcRuns(1000);

function score(data: Dataset, asOf: string, settings: RiskSettings): ProviderScore[] {
  return scoreProviders(createRiskContext(data), asOf, settings);
}

function close(a: number | null, b: number | null, eps = 1e-9): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= eps;
}

function sameScores(a: ProviderScore[], b: ProviderScore[], eps = 1e-9): boolean {
  return a.every((s, i) => {
    const t = b[i];
    return (
      t !== undefined &&
      s.providerId === t.providerId &&
      close(s.risk, t.risk, eps) &&
      FACTOR_KEYS.every((k) => close(s.factors[k].value, t.factors[k].value, eps))
    );
  });
}

describe('risk engine properties', () => {
  it('keeps every score and factor in [0, 100]', () => {
    fc.assert(
      fc.property(datasetArb, settingsArb, asOfArb, (data, settings, t) => {
        for (const s of score(data, isoAt(t), settings)) {
          if (s.risk !== null && !(s.risk >= 0 && s.risk <= 100)) return false;
          for (const k of FACTOR_KEYS) {
            const v = s.factors[k].value;
            if (v !== null && !(v >= 0 && v <= 100)) return false;
          }
        }
        return true;
      }),
      RUNS,
    );
  });

  it('explains every factor additively: contributors sum to the value within 1e-9', () => {
    fc.assert(
      fc.property(datasetArb, settingsArb, asOfArb, (data, settings, t) => {
        for (const s of score(data, isoAt(t), settings)) {
          for (const k of FACTOR_KEYS) {
            const f = s.factors[k];
            const sum = f.contributors.reduce((acc, c) => acc + c.share, 0);
            if (Math.abs(sum - (f.value ?? 0)) > 1e-9) return false;
          }
        }
        return true;
      }),
      RUNS,
    );
  });

  it('never lowers trajectory for a toward-closed event, never raises it for a toward-open one', () => {
    fc.assert(
      fc.property(datasetArb, settingsArb, asOfArb, eventSpecArb, (data, settings, t, spec) => {
        const asOf = isoAt(t);
        const extra = buildEvent({ ...spec, day: Math.min(spec.day, Math.max(t, 0)), industry: false }, 'extra');
        const before = score(data, asOf, settings);
        const after = score({ ...data, events: [...data.events, extra] }, asOf, settings);
        return before.every((b, i) => {
          const a = after[i];
          const tb = b.factors.trajectory.value ?? 50;
          const ta = a?.factors.trajectory.value ?? 50;
          if (extra.direction === 'toward-closed') return ta >= tb - 1e-12;
          if (extra.direction === 'toward-open') return ta <= tb + 1e-12;
          return true;
        });
      }),
      RUNS,
    );
  });

  it('ignores an event or a model dated after the as-of date', () => {
    fc.assert(
      fc.property(datasetArb, settingsArb, asOfArb, eventSpecArb, modelSpecArb, (data, settings, t, ev, mod) => {
        const asOf = isoAt(t);
        // Month-precision dates count from the 1st, so "after T" means a later month for them.
        const later = t + 40;
        const event = buildEvent({ ...ev, day: later + ev.day }, 'late-event');
        const model = buildModel({ ...mod, release: later + mod.release }, 'late-model');
        const before = score(data, asOf, settings);
        const after = score({ ...data, events: [...data.events, event], models: [...data.models, model] }, asOf, settings);
        return sameScores(before, after, 1e-12);
      }),
      RUNS,
    );
  });

  it('does not change when all weights are scaled by a positive constant', () => {
    fc.assert(
      fc.property(datasetArb, settingsArb, asOfArb, fc.double({ min: 0.01, max: 1000, noNaN: true }), (data, settings, t, k) => {
        const scaled: RiskSettings = {
          ...settings,
          weights: Object.fromEntries(FACTOR_KEYS.map((key) => [key, settings.weights[key] * k])) as RiskSettings['weights'],
        };
        const ctx = createRiskContext(data);
        return sameScores(scoreProviders(ctx, isoAt(t), settings), scoreProviders(ctx, isoAt(t), scaled));
      }),
      RUNS,
    );
  });

  it('does not change when a model is split into several records of the same family', () => {
    fc.assert(
      fc.property(datasetArb, settingsArb, asOfArb, fc.nat(), fc.integer({ min: 1, max: 3 }), (data, settings, t, pick, copies) => {
        if (data.models.length === 0) return true;
        const original = data.models[pick % data.models.length];
        if (original === undefined) return true;
        const split = Array.from({ length: copies }, (_, i) => ({ ...original, id: `${original.id}-size${i}` }));
        const before = score(data, isoAt(t), settings);
        const after = score({ ...data, models: [...data.models, ...split] }, isoAt(t), settings);
        return sameScores(before, after);
      }),
      RUNS,
    );
  });

  it('gives the same trend by the sweep as by re-scoring at every point', () => {
    fc.assert(
      fc.property(
        datasetArb,
        settingsArb,
        fc.integer({ min: -60, max: 900 }),
        fc.integer({ min: 0, max: 900 }),
        (data, settings, from, length) => {
          const ctx = createRiskContext(data);
          const trend = riskTrend(ctx, settings, isoAt(from), isoAt(from + length));
          for (const series of trend) {
            for (const point of series.points) {
              const naive = scoreProviders(ctx, point.date, settings, { explain: false, providerIds: [series.providerId] })[0];
              if (naive === undefined || !close(point.risk, naive.risk)) return false;
              if (!FACTOR_KEYS.every((k) => close(point[k], naive.factors[k].value))) return false;
            }
          }
          return true;
        },
      ),
      RUNS,
    );
  });

  it('computes event impacts as R on the date minus R the day before', () => {
    fc.assert(
      fc.property(datasetArb, settingsArb, (data, settings) => {
        const ctx = createRiskContext(data);
        for (const impact of eventImpacts(ctx, settings)) {
          const at = (iso: string) =>
            scoreProviders(ctx, iso, settings, { explain: false, providerIds: [impact.providerId] })[0]?.risk ?? null;
          const after = at(impact.date);
          const before = at(addDays(impact.date, -1));
          if (!close(impact.after, after) || !close(impact.before, before)) return false;
          if (before === null || after === null ? impact.delta !== 'n/a' : impact.delta === 'n/a' || !close(impact.delta, after - before)) {
            return false;
          }
        }
        return true;
      }),
      RUNS,
    );
  });
});
