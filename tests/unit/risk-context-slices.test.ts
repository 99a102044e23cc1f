import { describe, expect, it } from 'vitest';
import { createRiskContext, startRiskContext, type RiskContext } from '@/domain/risk/risk-context';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { riskContextInSlices, riskContextOf } from '@/lib/use-risk-context';
import { dataset } from '@mocks/data/dataset';
import { withSynthetic } from '@mocks/data/synthetic';

const data = withSynthetic(dataset, 3000);
const DATES = ['2024-06-01', '2026-04-08', '2026-12-01'];

/** Every index of a context as text (typed arrays and maps as lists; each model by its facts). */
function indexesOf(ctx: RiskContext): string {
  const { dataset: _data, models, ...rest } = ctx;
  const facts = models.map((m) => [
    m.index,
    m.model.id,
    m.providerIdx,
    m.familyIdx,
    m.releaseDay,
    m.status,
    m.openness,
  ]);
  return JSON.stringify({ ...rest, facts }, (_key, value: unknown) =>
    ArrayBuffer.isView(value)
      ? Array.from(value as unknown as ArrayLike<number>, String)
      : value instanceof Map
        ? [...value]
        : value,
  );
}

describe('the engine’s indexes built over several tasks', () => {
  it('are the indexes built at once, however the models are split', () => {
    const whole = createRiskContext(data);
    const wholeIndexes = indexesOf(whole);
    for (const slice of [1, 7, 500, 2999, 5000]) {
      const build = startRiskContext(data);
      let calls = 1;
      while (!build.addModels(slice)) calls += 1;
      expect(calls).toBe(Math.max(1, Math.ceil(data.models.length / slice)));
      if (slice !== 7) build.group();
      const sliced = build.finish();
      // The same object on every call.
      expect(build.finish()).toBe(sliced);
      expect(indexesOf(sliced)).toBe(wholeIndexes);
      for (const date of DATES) {
        expect(scoreProviders(sliced, date, DEFAULT_RISK_SETTINGS)).toEqual(
          scoreProviders(whole, date, DEFAULT_RISK_SETTINGS),
        );
      }
    }
  });

  it('are built once for every caller, and finished at once by one that cannot wait', async () => {
    const own = { ...data, providers: [...data.providers] };
    const first = riskContextInSlices(own, 300);
    // Another page of the same answers joins the same build.
    expect(riskContextInSlices({ ...own }, 300)).toBe(first);
    // A caller that needs the indexes now (an event's impact panel) finishes them.
    const now = riskContextOf({ ...own });
    expect(now.models).toHaveLength(createRiskContext(own).models.length);
    expect(await first).toBe(now);
    expect(await riskContextInSlices({ ...own })).toBe(now);
  });

  it('give the same scores when the slices run to the end on their own', async () => {
    const own = { ...data, events: [...data.events] };
    const ctx = await riskContextInSlices(own, 700);
    expect(riskContextOf({ ...own })).toBe(ctx);
    expect(scoreProviders(ctx, '2026-12-01', DEFAULT_RISK_SETTINGS)).toEqual(
      scoreProviders(createRiskContext(own), '2026-12-01', DEFAULT_RISK_SETTINGS),
    );
  });
});
