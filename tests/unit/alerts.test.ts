import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { alertRuleSchema, DEFAULT_RULES, type AlertRule } from '@/domain/alerts/alert-rules';
import { evaluateAlerts, type AlertInput } from '@/domain/alerts/evaluate-alerts';
import { effectiveState, mergeTriggers, unreadCount } from '@/domain/alerts/notifications';
import { retirementClock } from '@/domain/lifecycle/retirement-clock';
import { createRiskContext } from '@/domain/risk/risk-context';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import type { Dataset } from '@/domain/schema/dataset';
import type { RiskEvent } from '@/domain/schema/event';
import type { Model } from '@/domain/schema/model';
import { newEvents, opennessMovesIn, sinceReview } from '@/domain/review/since-review';
import { fcRuns } from '../fc-runs';
import { asOfArb, datasetArb, isoAt, settingsArb } from './risk-arbitraries';

const settings = DEFAULT_RISK_SETTINGS;
const ctx = createRiskContext(dataset);
const REVIEW = { date: '2026-03-01', recordedAt: '2026-03-01T09:00:00.000Z' };
const AS_OF = '2026-11-26';

function rule(partial: Partial<AlertRule> & Pick<AlertRule, 'kind'>): AlertRule {
  return alertRuleSchema.parse({
    id: 'r',
    name: 'rule',
    scope: 'everything',
    enabled: true,
    builtIn: false,
    ...partial,
  });
}

function run(rules: AlertRule[], over: Partial<AlertInput> = {}) {
  return evaluateAlerts({
    ctx,
    settings,
    rules,
    since: REVIEW,
    asOf: AS_OF,
    watchlist: { providerIds: [], modelIds: [] },
    dependencies: [],
    ...over,
  });
}

const riskOf = (id: string, day: string) =>
  scoreProviders(ctx, day, settings, { explain: false, providerIds: [id] })[0]?.risk ?? null;

describe('since review', () => {
  it("gives Meta's R then and now exactly as the engine scores those days, Muse Spark among the new events", () => {
    const report = sinceReview(ctx, settings, { review: REVIEW, asOf: AS_OF });
    const meta = report.providers.find((p) => p.providerId === 'meta');
    expect(meta?.then).toBeCloseTo(riskOf('meta', REVIEW.date) ?? NaN, 9);
    expect(meta?.now).toBeCloseTo(riskOf('meta', AS_OF) ?? NaN, 9);
    expect(meta?.crossing).toBe('worse');
    // Sorted by the size of ΔR: Meta's +20.7 is the largest move.
    expect(report.providers[0]?.providerId).toBe('meta');
    expect(report.events.map((e) => e.eventId)).toContain('meta-2026-04-08-muse-spark');
    const move = report.opennessMoves.find((m) => m.modelId === 'muse-spark');
    expect(move).toMatchObject({
      kind: 'new-flagship',
      direction: 'toward-closed',
      toLevel: 1,
      eventId: 'meta-2026-04-08-muse-spark',
    });
  });

  it('lists deadlines within the horizon only, soonest first', () => {
    const report = sinceReview(ctx, settings, {
      review: { date: '2025-06-01', recordedAt: null },
      asOf: '2025-10-01',
      horizonDays: 30,
    });
    expect(report.deadlines.map((d) => `${d.modelId}:${d.date.date}`)).toEqual([
      'claude-3.5-sonnet:2025-10-28',
      'claude-3.7-sonnet:2025-10-28',
    ]);
    expect(report.deadlines[0]?.daysLeft).toBe(27);
    const longer = sinceReview(ctx, settings, {
      review: { date: '2025-06-01', recordedAt: null },
      asOf: '2025-10-01',
      horizonDays: 10,
    });
    expect(longer.deadlines).toEqual([]);
  });
});

describe('two clocks', () => {
  const old = dataset.events.find((e) => e.id === 'meta-2026-04-08-muse-spark') as RiskEvent;
  const backdated: RiskEvent = {
    ...old,
    id: 'late-recorded',
    title: 'An old event recorded late',
    date: { date: '2026-02-10', precision: 'day' },
    provenance: {
      changeSetId: 'cs-9',
      recordedAt: '2026-05-02T10:00:00.000Z',
      author: 'A',
      changeIds: ['c1'],
    },
  };
  const earlier: RiskEvent = {
    ...backdated,
    id: 'recorded-before',
    provenance: {
      changeSetId: 'cs-8',
      recordedAt: '2026-02-20T10:00:00.000Z',
      author: 'A',
      changeIds: ['c1'],
    },
  };
  const data: Dataset = { ...dataset, events: [...dataset.events, backdated, earlier] };
  const c = createRiskContext(data);

  it('counts an event dated before the review but recorded after it as new, and says which clock', () => {
    const events = newEvents(c, REVIEW, AS_OF);
    expect(events.find((e) => e.eventId === 'late-recorded')).toMatchObject({
      clock: 'recorded-after-review',
      changeSetId: 'cs-9',
    });
    expect(events.find((e) => e.eventId === 'meta-2026-04-08-muse-spark')?.clock).toBe(
      'dated-after-review',
    );
    // Dated before and recorded before the review: not new.
    expect(events.some((e) => e.eventId === 'recorded-before')).toBe(false);
    // Without a recorded review time only the day clock applies.
    expect(
      newEvents(c, { date: REVIEW.date, recordedAt: null }, AS_OF).some(
        (e) => e.eventId === 'late-recorded',
      ),
    ).toBe(false);
  });

  it('lets a severity rule fire on an event recorded after the review, saying so', () => {
    const t = evaluateAlerts({
      ctx: c,
      settings,
      rules: [rule({ kind: 'event-severity', minSeverity: 5 })],
      since: REVIEW,
      asOf: AS_OF,
      watchlist: { providerIds: [], modelIds: [] },
      dependencies: [],
    });
    const late = t.find((x) => x.eventIds.includes('late-recorded'));
    expect(late?.detail).toMatch(/dated before your review, recorded after it \(2026-05-02\)/);
  });
});

describe('rule kinds', () => {
  it('score change: "Meta rises by 10 or more within 30 days" fires once, on Muse Spark', () => {
    const t = run(
      [rule({ kind: 'score-change', direction: 'rise', points: 10, days: 30, scope: 'watchlist' })],
      {
        watchlist: { providerIds: ['meta'], modelIds: [] },
      },
    );
    expect(t.map((x) => x.key)).toEqual(['r:meta:2026-04-08']);
    expect(t[0]?.eventIds).toEqual(['meta-2026-04-08-muse-spark']);
    const before = riskOf('meta', '2026-04-07') ?? 0;
    const after = riskOf('meta', '2026-04-08') ?? 0;
    expect(t[0]?.title).toBe(
      `Meta: platform risk rose ${(after - before).toFixed(1)} points within 30 days`,
    );
    // Out of scope (an empty watchlist) or a bar set too high: nothing.
    expect(
      run([
        rule({ kind: 'score-change', direction: 'rise', points: 10, days: 30, scope: 'watchlist' }),
      ]),
    ).toEqual([]);
    expect(
      run([rule({ kind: 'score-change', direction: 'rise', points: 30, days: 30 })]).filter(
        (x) => x.providerId === 'meta',
      ),
    ).toEqual([]);
  });

  it('score change: a drop', () => {
    const t = run([rule({ kind: 'score-change', direction: 'drop', points: 5, days: 60 })]);
    expect(t.length).toBeGreaterThan(0);
    for (const x of t) expect(x.title).toMatch(/platform risk fell/);
  });

  it('threshold: crossing above 40 on the day Muse Spark moved Meta', () => {
    const t = run([rule({ kind: 'threshold', direction: 'above', threshold: 40 })]).filter(
      (x) => x.providerId === 'meta',
    );
    expect(t.map((x) => x.date)).toEqual(['2026-04-08']);
    expect(
      run([rule({ kind: 'threshold', direction: 'below', threshold: 40 })]).some(
        (x) => x.providerId === 'meta',
      ),
    ).toBe(false);
  });

  it('grade: Meta B → C is worse; a "better" rule ignores it', () => {
    const worse = run([rule({ kind: 'grade', direction: 'worse' })]).filter(
      (x) => x.providerId === 'meta',
    );
    expect(worse.map((x) => x.title)).toEqual(['Meta: grade B → C']);
    expect(
      run([rule({ kind: 'grade', direction: 'better' })]).some((x) => x.providerId === 'meta'),
    ).toBe(false);
  });

  it('openness regression: Muse Spark, a closed flagship after open Llama; never a move toward open', () => {
    const t = run([rule({ kind: 'openness-regression' })]);
    expect(t.map((x) => x.modelId)).toEqual(['muse-spark']);
    const portfolio = run([rule({ kind: 'openness-regression', scope: 'portfolio' })], {
      dependencies: [{ modelId: 'gpt-4o', deployment: 'vendor-api' }],
    });
    expect(portfolio).toEqual([]);
  });

  it('event severity: at least S, by either clock', () => {
    const five = run([rule({ kind: 'event-severity', minSeverity: 5 })]);
    expect(five.map((x) => x.eventIds[0])).toEqual(['meta-2026-04-08-muse-spark']);
    expect(run([rule({ kind: 'event-severity', minSeverity: 4 })]).length).toBeGreaterThan(
      five.length,
    );
  });

  describe('lifecycle', () => {
    const sonnet = dataset.models.find((m) => m.id === 'claude-3.7-sonnet') as Model;
    const withBedrock: Model = {
      ...sonnet,
      statusHistory: [
        ...sonnet.statusHistory,
        {
          from: { date: '2026-01-30', precision: 'day' },
          status: 'deprecated',
          channel: 'bedrock',
          eventId: null,
        },
        {
          from: { date: '2026-07-30', precision: 'day' },
          status: 'retired',
          channel: 'bedrock',
          eventId: null,
          replacement: { modelId: null, name: 'Claude Sonnet 4.5' },
        },
      ],
    };
    const c = createRiskContext({
      ...dataset,
      models: dataset.models.map((m) => (m.id === sonnet.id ? withBedrock : m)),
    });
    const deps = [
      {
        modelId: 'claude-3.7-sonnet',
        deployment: 'cloud-marketplace' as const,
        channel: 'bedrock',
      },
    ];
    const lifecycle = rule({ kind: 'lifecycle', reminderDays: [90, 30, 7], scope: 'portfolio' });
    const at = (asOf: string, since = '2026-01-01') =>
      evaluateAlerts({
        ctx: c,
        settings,
        rules: [lifecycle],
        since: { date: since, recordedAt: null },
        asOf,
        watchlist: { providerIds: [], modelIds: [] },
        dependencies: deps,
      });

    it("reads the dependency's channel: deprecated on Bedrock, then reminders at 90 and 30 days once passed", () => {
      expect(at('2026-02-15').map((x) => x.title)).toEqual([
        'Claude 3.7 Sonnet is deprecated on Amazon Bedrock',
      ]);
      const july = at('2026-07-10', '2026-03-01');
      expect(july.map((x) => x.date)).toEqual(['2026-05-01', '2026-06-30']);
      expect(july[1]?.detail).toBe(
        'Shutdown 2026-07-30: 20 days left. Named replacement: Claude Sonnet 4.5.',
      );
      // The own API's clock (retired 2026-02-19) does not leak onto Bedrock.
      expect(at('2026-03-10', '2026-03-01')).toEqual([]);
    });

    it('says the shutdown once it is past, without the reminders', () => {
      expect(at('2026-08-02', '2026-07-01').map((x) => x.title)).toEqual([
        'Claude 3.7 Sonnet has shut down on Amazon Bedrock',
      ]);
    });
  });
});

describe('retirement clock', () => {
  const model = (id: string) => dataset.models.find((m) => m.id === id);
  it('reads the shutdown on the channel, with the notice given and the days left', () => {
    const sonnet = model('claude-3-opus');
    const clock = retirementClock(
      { modelId: 'claude-3-opus', deployment: 'vendor-api' },
      sonnet,
      '2025-12-01',
      dataset.compiledOn,
    );
    expect(clock).toMatchObject({
      kind: 'scheduled',
      daysLeft: 35,
      lowerBound: false,
      minimumNoticeDays: null,
    });
    expect(
      retirementClock(
        { modelId: 'claude-3-opus', deployment: 'vendor-api' },
        sonnet,
        '2026-02-01',
        dataset.compiledOn,
      ).kind,
    ).toBe('retired');
  });
  it('says when no retirement is scheduled, as of the day the facts were compiled', () => {
    expect(
      retirementClock(
        { modelId: 'gpt-4o', deployment: 'vendor-api' },
        model('gpt-4o'),
        AS_OF,
        dataset.compiledOn,
      ),
    ).toEqual({
      kind: 'none',
      channel: 'own-api',
      asOfSource: dataset.compiledOn,
    });
  });
  it('gives self-hosted open weights no vendor clock, but a self-hosted closed model keeps its clock', () => {
    const open = dataset.models.find((m) => m.opennessHistory.every((o) => o.weights === 'open'));
    expect(
      retirementClock(
        { modelId: open?.id ?? '', deployment: 'self-hosted' },
        open,
        AS_OF,
        dataset.compiledOn,
      ).kind,
    ).toBe('self-hosted-open');
    expect(
      retirementClock(
        { modelId: 'claude-3-opus', deployment: 'self-hosted' },
        model('claude-3-opus'),
        AS_OF,
        dataset.compiledOn,
      ).kind,
    ).toBe('retired');
    expect(
      retirementClock(
        { modelId: 'nope', deployment: 'vendor-api' },
        undefined,
        AS_OF,
        dataset.compiledOn,
      ).kind,
    ).toBe('unknown-model');
  });
});

describe('notifications', () => {
  const triggers = run([...DEFAULT_RULES]);

  it('makes one notification per trigger, never a second on a later evaluation', () => {
    const first = mergeTriggers([], triggers, '2026-11-26T10:00:00.000Z');
    expect(first.added.length).toBe(triggers.length);
    expect(new Set(first.inbox.map((n) => n.key)).size).toBe(first.inbox.length);
    const read = first.inbox.map((n) => ({ ...n, state: 'read' as const }));
    const second = mergeTriggers(read, run([...DEFAULT_RULES]), '2026-11-27T10:00:00.000Z');
    expect(second.added).toEqual([]);
    expect(second.inbox).toEqual(read);
  });

  it('keeps a snoozed notification out of the unread count until its day', () => {
    const [n] = mergeTriggers([], triggers.slice(0, 1), '2026-11-26T10:00:00.000Z').inbox;
    if (n === undefined) throw new Error('no trigger');
    const snoozed = { ...n, state: 'snoozed' as const, snoozedUntil: '2026-12-03' };
    expect(effectiveState(snoozed, '2026-12-02')).toBe('snoozed');
    expect(unreadCount([snoozed], '2026-12-02')).toBe(0);
    expect(effectiveState(snoozed, '2026-12-03')).toBe('unread');
    expect(unreadCount([snoozed], '2026-12-03')).toBe(1);
    // A snoozed notification is still known: its trigger does not come back as a new one.
    expect(
      mergeTriggers([snoozed], triggers.slice(0, 1), '2026-12-04T00:00:00.000Z').added,
    ).toEqual([]);
  });
});

describe('properties', () => {
  const rulesArb = fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('threshold' as const),
        direction: fc.constantFrom('above' as const, 'below' as const),
        threshold: fc.integer({ min: 0, max: 100 }),
      }),
      fc.record({
        kind: fc.constant('grade' as const),
        direction: fc.constantFrom('worse' as const, 'better' as const, 'either' as const),
      }),
      fc.record({
        kind: fc.constant('score-change' as const),
        direction: fc.constantFrom('rise' as const, 'drop' as const),
        points: fc.integer({ min: 1, max: 40 }),
        days: fc.integer({ min: 1, max: 400 }),
      }),
      fc.record({ kind: fc.constant('openness-regression' as const) }),
      fc.record({
        kind: fc.constant('event-severity' as const),
        minSeverity: fc.integer({ min: 0, max: 5 }),
      }),
    ),
    { maxLength: 6 },
  );

  it('evaluating twice creates no new notification, and one evaluation never repeats a key', () => {
    fc.assert(
      fc.property(
        datasetArb,
        settingsArb,
        rulesArb,
        asOfArb,
        fc.integer({ min: 0, max: 600 }),
        (data, s, specs, asOf, span) => {
          const c = createRiskContext(data);
          const rules = specs.map((spec, i) => rule({ ...spec, id: `r${i}` } as AlertRule));
          const input: AlertInput = {
            ctx: c,
            settings: s,
            rules,
            since: { date: isoAt(asOf - span), recordedAt: null },
            asOf: isoAt(asOf),
            watchlist: { providerIds: [], modelIds: [] },
            dependencies: [],
          };
          const once = evaluateAlerts(input);
          if (new Set(once.map((t) => t.key)).size !== once.length) return false;
          const first = mergeTriggers([], once, '2026-01-01T00:00:00.000Z');
          const second = mergeTriggers(
            first.inbox,
            evaluateAlerts(input),
            '2026-01-02T00:00:00.000Z',
          );
          return second.added.length === 0 && second.inbox.length === first.inbox.length;
        },
      ),
      fcRuns(300),
    );
  });

  it('finds the same moves toward closed when asked for that direction only', () => {
    fc.assert(
      fc.property(datasetArb, asOfArb, fc.integer({ min: 0, max: 600 }), (data, asOf, span) => {
        const c = createRiskContext(data);
        const from = isoAt(asOf - span);
        const to = isoAt(asOf);
        const all = opennessMovesIn(c, from, to);
        const closed = opennessMovesIn(c, from, to, 'toward-closed');
        const open = opennessMovesIn(c, from, to, 'toward-open');
        expect(closed).toEqual(all.filter((m) => m.direction === 'toward-closed'));
        expect(open).toEqual(all.filter((m) => m.direction === 'toward-open'));
      }),
      fcRuns(200),
    );
  });

  it('takes R then and now from the sweep exactly as scoring those days', () => {
    fc.assert(
      fc.property(
        datasetArb,
        settingsArb,
        asOfArb,
        fc.integer({ min: 0, max: 600 }),
        (data, s, asOf, span) => {
          const c = createRiskContext(data);
          const review = isoAt(asOf - span);
          const report = sinceReview(c, s, {
            review: { date: review, recordedAt: null },
            asOf: isoAt(asOf),
          });
          const close = (a: number | null, b: number | null) =>
            a === null || b === null ? a === b : Math.abs(a - b) < 1e-9;
          return report.providers.every((p) => {
            const [then] = scoreProviders(c, review, s, {
              explain: false,
              providerIds: [p.providerId],
            });
            const [now] = scoreProviders(c, isoAt(asOf), s, {
              explain: false,
              providerIds: [p.providerId],
            });
            return close(p.then, then?.risk ?? null) && close(p.now, now?.risk ?? null);
          });
        },
      ),
      fcRuns(300),
    );
  });
});
