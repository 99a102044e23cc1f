import { describe, expect, it } from 'vitest';
import { addMonths, proposeRating } from '@/domain/changes/propose-rating';
import type { RatingContext } from '@/domain/schema/rating-context';
import type { EventType } from '@/domain/schema/event';
import { dataset } from '@mocks/data/dataset';

function rated(id: string) {
  const e = dataset.events.find((x) => x.id === id);
  if (e === undefined) throw new Error(`no event ${id}`);
  return { type: e.type, direction: e.direction, severity: e.severity, scored: e.scored };
}

describe('the rating rule', () => {
  // The reviewed ratings in mocks/data/curation/events.ts are the independent oracle: given the
  // context a curator would enter, the rule proposes what the review decided.
  const reviewed: [string, RatingContext][] = [
    ['meta-2026-04-08-muse-spark', { opennessScope: 'flagship-line' }],
    ['mistral-2024-02-26-large-msft', { opennessScope: 'flagship-line' }],
    [
      'mistral-2024-05-29-mnpl',
      { opennessScope: 'major-model', opennessDirection: 'toward-closed' },
    ],
    [
      'deepseek-2025-01-20-r1-mit',
      { opennessScope: 'all-open-models', opennessDirection: 'toward-open' },
    ],
    ['openai-2025-08-05-gpt-oss', { opennessScope: 'major-model' }],
    ['google-2024-02-21-gemma', { opennessScope: 'major-model', opennessDirection: 'toward-open' }],
    ['openai-2024-12-11-outage', { multiHourOutage: true }],
    ['deepseek-2025-01-27-attack', {}],
    ['xai-2025-07-grok-antisemitic', { serviceLoss: false }],
    ['deepseek-2025-01-30-italy-block', { regulatoryKind: 'ban' }],
    ['eu-2025-02-02-prohibitions', { regulatoryKind: 'binding-obligations' }],
    ['eu-2025-07-10-gpai-code', { regulatoryKind: 'guidance' }],
    ['eu-2025-11-19-digital-omnibus', { regulatoryKind: 'relief' }],
    ['anthropic-2025-06-30-claude3-opus-deprecation', {}],
    ['anthropic-2025-10-28-claude35-retired', { flagship: false }],
    ['openai-2025-08-07-gpt5', {}],
    ['anthropic-2025-11-24-opus45-price', {}],
  ];
  it.each(reviewed)('proposes the reviewed rating of %s', (id, context) => {
    const { type, ...rating } = rated(id);
    const p = proposeRating(type, context);
    expect({ direction: p.direction, severity: p.severity, scored: p.scored }).toEqual(rating);
  });

  it('gives every reviewed launch, pricing, corporate and market event neutral 0', () => {
    const plain: EventType[] = ['model-launch', 'pricing-change', 'corporate', 'market'];
    const events = dataset.events.filter((e) => plain.includes(e.type));
    expect(events.length).toBeGreaterThan(50);
    for (const e of events) {
      const p = proposeRating(e.type);
      expect([e.id, p.direction, p.severity]).toEqual([e.id, e.direction, e.severity]);
    }
  });

  it('rates a flagship retirement by its notice: under 6 calendar months 4, else 2', () => {
    const ctx = { flagship: true, announced: '2026-04-22' };
    expect(proposeRating('retirement', { ...ctx, effective: '2026-10-21' }).severity).toBe(4);
    expect(proposeRating('retirement', { ...ctx, effective: '2026-10-22' }).severity).toBe(2);
    expect(
      proposeRating('retirement', {
        flagship: false,
        announced: '2026-04-22',
        effective: '2026-05-01',
      }).severity,
    ).toBe(2);
  });

  it('says which context it missed instead of guessing', () => {
    expect(proposeRating('retirement', {}).missing).toEqual(['flagship']);
    expect(proposeRating('retirement', { flagship: true }).missing).toEqual([
      'announced',
      'effective',
    ]);
    const license = proposeRating('license-change', {});
    expect(license).toMatchObject({
      direction: 'neutral',
      missing: ['opennessDirection', 'opennessScope'],
    });
    expect(proposeRating('regulatory').missing).toEqual(['regulatoryKind']);
    expect(proposeRating('strategy')).toMatchObject({ severity: 0, judgement: true });
  });

  it("does not score a lifecycle step on a distributor's clock under rvm-1", () => {
    expect(proposeRating('retirement', { channel: 'bedrock', flagship: true })).toMatchObject({
      severity: 2,
      scored: false,
    });
    expect(proposeRating('deprecation', { channel: 'own-api' })).toMatchObject({
      severity: 2,
      scored: true,
    });
  });

  it('adds calendar months, clamping the day to the month', () => {
    expect(addMonths('2026-04-22', 6)).toBe('2026-10-22');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});
