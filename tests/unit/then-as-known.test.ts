import { describe, expect, it } from 'vitest';
import { applyChangeLog } from '@/domain/changes/apply-change-log';
import { datasetKnownAt } from '@/domain/review/known-at';
import { sinceReview, withThenAsKnown } from '@/domain/review/since-review';
import { createRiskContext } from '@/domain/risk/risk-context';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import type { Change, ChangeSetRecord } from '@/domain/schema/change';
import type { Dataset } from '@/domain/schema/dataset';
import { dataset } from '@mocks/data/dataset';
import { metaClosesFlagship } from '../fixtures/late-facts';

const settings = DEFAULT_RISK_SETTINGS;
const REVIEW = { date: '2026-09-01', recordedAt: '2026-09-01T10:00:00.000Z' };
const AS_OF = '2026-11-26';
const sources = [{ url: 'https://ai.meta.com/blog/', label: 'Meta AI blog' }];

// Recorded a month after the review, about a day before it: a closed flagship for Meta, and a
// correction that retires one of its models.
const changes: Change[] = [
  metaClosesFlagship(
    'meta-2026-08-20-closed-test',
    '2026-08-20',
    'A change recorded after the review.',
  ),
  {
    kind: 'correct',
    entity: 'model',
    id: 'muse-spark',
    asOf: { date: '2026-08-25', precision: 'day' },
    status: { status: 'retired', eventId: null },
    sources,
    confidence: 'verified',
  },
];
const record: ChangeSetRecord = {
  id: 'cs-after-review',
  recordedAt: '2026-10-01T09:00:00.000Z',
  baseVersion: 0,
  author: 'Ana Analyst',
  note: 'after the review',
  changes,
};

const riskOf = (data: Dataset, day: string, id: string) =>
  scoreProviders(createRiskContext(data), day, settings, { explain: false }).find(
    (s) => s.providerId === id,
  )?.risk ?? null;

describe('"then" as known at the review', () => {
  const applied = applyChangeLog(dataset, [record]);
  // GET /changes serves the log newest first.
  const log = [...applied.entries].reverse();
  const served = applied.dataset;

  it('undoes every change recorded after the review, and none before it', () => {
    expect(applied.skipped).toEqual([]);
    const known = datasetKnownAt(served, log, REVIEW.recordedAt);
    expect(known.events).toEqual(dataset.events);
    expect(known.models.find((m) => m.id === 'muse-spark')?.statusHistory).toEqual(
      dataset.models.find((m) => m.id === 'muse-spark')?.statusHistory,
    );
    expect(datasetKnownAt(served, log, '2026-10-02T00:00:00.000Z')).toEqual(served);
  });

  it('a change recorded after the review moves "now" but not "then"', () => {
    const report = sinceReview(createRiskContext(served), settings, {
      review: REVIEW,
      asOf: AS_OF,
    });
    const known = datasetKnownAt(served, log, REVIEW.recordedAt);
    const shown = withThenAsKnown(report, createRiskContext(known), settings, REVIEW.recordedAt);
    const before = report.providers.find((p) => p.providerId === 'meta');
    const meta = shown.providers.find((p) => p.providerId === 'meta');

    // On today's data the review day already counts the change; as known then it does not.
    expect(before?.then).toBeCloseTo(riskOf(served, REVIEW.date, 'meta') ?? NaN, 9);
    expect(riskOf(served, REVIEW.date, 'meta')).not.toBeCloseTo(
      riskOf(dataset, REVIEW.date, 'meta') ?? NaN,
      3,
    );
    expect(meta?.then).toBeCloseTo(riskOf(dataset, REVIEW.date, 'meta') ?? NaN, 9);
    expect(meta?.now).toBeCloseTo(riskOf(served, AS_OF, 'meta') ?? NaN, 9);
    expect(meta?.now).not.toBeCloseTo(riskOf(dataset, AS_OF, 'meta') ?? NaN, 3);
    expect(meta?.delta).toBeCloseTo((meta?.now ?? NaN) - (meta?.then ?? NaN), 9);
    expect(shown.thenKnownAt).toBe(REVIEW.recordedAt);
    // A provider the change did not touch reads the same on both data.
    const openai = shown.providers.find((p) => p.providerId === 'openai');
    expect(openai?.then).toBeCloseTo(
      report.providers.find((p) => p.providerId === 'openai')?.then ?? NaN,
      9,
    );
  });
});
