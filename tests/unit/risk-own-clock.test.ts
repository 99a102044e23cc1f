import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChangeSet } from '@/domain/changes/run-change-set';
import { dayNumber } from '@/domain/dates';
import type { LifecycleRow } from '@/domain/import/diff-rows';
import { diffToChangeSet } from '@/domain/import/diff-to-change-set';
import { importCatalogs } from '@/domain/import/import-catalogs';
import { statusOnChannel } from '@/domain/lifecycle/status-on-channel';
import { statusAt } from '@/domain/openness';
import { createRiskContext, isActiveAt } from '@/domain/risk/risk-context';
import { scoreProvider } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { dataset } from '@mocks/data/dataset';

const feed = readFileSync(
  join(process.cwd(), 'tests/fixtures/external/model-eol/anthropic.json'),
  'utf8',
);

/** The compiled data with the Anthropic feed's Bedrock rows (and their events) accepted. */
function withBedrockRows() {
  const { diff, problems } = importCatalogs(dataset, [{ name: 'anthropic.json', text: feed }]);
  expect(problems).toEqual([]);
  const bedrock = diff.rows.filter(
    (r): r is LifecycleRow => r.kind === 'lifecycle' && r.channel === 'bedrock',
  );
  expect(bedrock.map((r) => `${r.modelId} ${r.status} ${r.date.date}`)).toEqual(
    expect.arrayContaining([
      'claude-3.5-sonnet deprecated 2026-01-30',
      'claude-3.5-sonnet retired 2026-07-30',
    ]),
  );
  const draft = diffToChangeSet(dataset, bedrock, { author: 'Ana Analyst', note: 'Bedrock' });
  expect(draft.errors).toEqual([]);
  if (draft.changeSet === null) throw new Error('no change set');
  const out = runChangeSet(dataset, draft.changeSet, {
    id: 'cs-1',
    recordedAt: '2026-12-01T00:00:00Z',
  });
  expect(out.errors).toEqual([]);
  return out.dataset;
}

describe('the risk engine reads the provider’s own clock only', () => {
  const changed = withBedrockRows();
  const sonnet = changed.models.find((m) => m.id === 'claude-3.5-sonnet');

  it('accepting Bedrock’s later dates does not revive Claude 3.5 Sonnet, which the own API retired', () => {
    if (sonnet === undefined) throw new Error('missing model');
    // Bedrock keeps it deprecated until 2026-07-30; the own API retired it on 2025-10-28.
    expect(statusOnChannel(sonnet, 'bedrock', '2026-03-01').status).toBe('deprecated');
    expect(statusAt(sonnet, '2026-03-01')).toBe('retired');
    const ctx = createRiskContext(changed);
    const facts = ctx.models[ctx.modelIndex.get('claude-3.5-sonnet') ?? -1];
    if (facts === undefined) throw new Error('not in the engine');
    expect(isActiveAt(facts, dayNumber('2026-03-01'))).toBe(false);
  });

  it('leaves Anthropic’s score on every day as it was on the compiled data', () => {
    const before = createRiskContext(dataset);
    const after = createRiskContext(changed);
    for (const day of [
      '2025-10-28',
      '2026-01-30',
      '2026-03-01',
      '2026-07-29',
      '2026-07-30',
      '2026-11-26',
    ]) {
      const a = scoreProvider(before, 'anthropic', day, DEFAULT_RISK_SETTINGS);
      const b = scoreProvider(after, 'anthropic', day, DEFAULT_RISK_SETTINGS);
      expect({ day, risk: b?.risk }).toEqual({ day, risk: a?.risk });
    }
  });
});
