import { describe, expect, it } from 'vitest';
import { applyChangeLog } from '@/domain/changes/apply-change-log';
import { eventSchema } from '@/domain/schema/event';
import { modelSchema } from '@/domain/schema/model';
import { providerSchema } from '@/domain/schema/provider';
import { dataset } from '@mocks/data/dataset';
import { withSynthetic } from '@mocks/data/synthetic';
import { metaClosesFlagship } from '../fixtures/late-facts';

// The client keeps the records the in-page service hands over as values once they pass the
// schemas, instead of the schemas' copies (getList, ADR 0013). That is only the same thing if
// a schema neither adds, drops nor changes anything on a record the service makes: the compiled
// data, the synthetic data of `scale:N`, and records made by an accepted change.
const withChange = applyChangeLog(dataset, [
  {
    id: 'cs-1',
    recordedAt: '2026-12-01T00:00:00Z',
    baseVersion: 0,
    author: 'test',
    note: '',
    changes: [metaClosesFlagship('ev-test-late', '2026-10-01', 'A late fact.')],
  },
]);
const synthetic = withSynthetic(dataset, 2000);

function differing<T extends { id: string }>(
  schema: { parse: (x: unknown) => unknown },
  records: readonly T[],
): string[] {
  return records
    .filter((r) => {
      try {
        expect(schema.parse(r)).toStrictEqual(r);
        return false;
      } catch {
        return true;
      }
    })
    .map((r) => r.id);
}

describe("the item schemas on the service's own records", () => {
  it.each([
    ['synthetic', synthetic],
    ['changed', withChange.dataset],
  ] as const)('give back every %s provider, model and event exactly as it is', (_, data) => {
    expect(data.providers.length).toBeGreaterThan(10);
    expect(differing(providerSchema, data.providers)).toEqual([]);
    expect(differing(modelSchema, data.models)).toEqual([]);
    expect(differing(eventSchema, data.events)).toEqual([]);
  });

  it('read the change that was made', () => {
    expect(withChange.skipped).toEqual([]);
    expect(withChange.dataset.events.map((e) => e.id)).toContain('ev-test-late');
  });

  it('tell a record the schema would change', () => {
    const model = dataset.models[0];
    if (model === undefined) throw new Error('no model');
    // A key the schema does not know is dropped by the copy: such a record must not pass as kept.
    expect(differing(modelSchema, [{ ...model, internal: 1 }])).toEqual([model.id]);
  });
});
