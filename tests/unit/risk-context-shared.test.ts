import { describe, expect, it } from 'vitest';
import { riskContextOf } from '@/lib/use-risk-context';
import { dataset } from '@mocks/data/dataset';

describe('the engine’s indexes are built once per data set version', () => {
  it('gives every page the same indexes for the same answers, though each wraps them anew', () => {
    // Each useDataset call makes its own object around the lists the query cache keeps.
    const onePage = { ...dataset };
    const otherPage = { ...dataset };
    expect(riskContextOf(otherPage)).toBe(riskContextOf(onePage));
  });

  it('builds new indexes when any list changes (an accepted change refetches the data)', () => {
    const before = riskContextOf({ ...dataset });
    const newEvents = { ...dataset, events: dataset.events.slice(1) };
    const after = riskContextOf(newEvents);
    expect(after).not.toBe(before);
    expect(after.events.length).toBe(before.events.length - 1);
    expect(riskContextOf({ ...dataset, providers: [...dataset.providers] })).not.toBe(before);
  });
});
