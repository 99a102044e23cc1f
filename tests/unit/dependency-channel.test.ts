import { describe, expect, it } from 'vitest';
import { runChangeSet } from '@/domain/changes/run-change-set';
import { exitOptions } from '@/domain/exposure/exit-options';
import { portfolioToCsv, portfolioToJson } from '@/domain/portfolio-io/export-portfolio';
import { importPortfolio } from '@/domain/portfolio-io/import-portfolio';
import { createRiskContext } from '@/domain/risk/risk-context';
import type { Dependency } from '@/domain/schema/dependency';
import { migratePortfolio, PORTFOLIO_VERSION, restorePortfolio } from '@/stores/portfolio-store';
import { dataset } from '@mocks/data/dataset';

const onBedrock: Dependency = {
  id: 'dep-1',
  workload: 'Contract review',
  modelId: 'claude-sonnet-4.5',
  criticality: 'high',
  share: 3,
  deployment: 'cloud-marketplace',
  channel: 'bedrock',
  notes: '',
};

describe('a dependency names its channel', () => {
  it('round-trips the channel through CSV and JSON, and reads an empty one as the own API', () => {
    const own: Dependency = { ...onBedrock, id: 'dep-2', channel: undefined, workload: 'Chat' };
    delete own.channel;
    for (const text of [portfolioToCsv([onBedrock, own]), portfolioToJson([onBedrock, own])]) {
      const read = importPortfolio(text);
      expect(read.ok && read.dependencies).toEqual([onBedrock, own]);
    }
  });

  it('refuses a channel that is not a slug, naming the row and column', () => {
    const csv =
      'workload,modelId,criticality,share,deployment,channel\nChat,gpt-5,low,1,cloud-marketplace,Amazon Bedrock!';
    const read = importPortfolio(csv);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors[0]).toMatchObject({
      row: 2,
      field: 'channel',
      column: 'channel',
    });
  });

  it(`migrates a version-2 save to version ${PORTFOLIO_VERSION}: no channel means the own API, a bad one is dropped`, () => {
    const v2 = {
      dependencies: [
        { ...onBedrock, channel: undefined },
        { ...onBedrock, id: 'dep-3', channel: 'Not a slug' },
      ],
    };
    const restored = restorePortfolio(migratePortfolio(JSON.parse(JSON.stringify(v2)), 2));
    expect(restored?.dropped).toBe(0);
    expect(restored?.dependencies.map((d) => d.channel)).toEqual([undefined, undefined]);
  });

  it('offers as exit options the models still served on the dependency’s channel', () => {
    // Bedrock retires gpt-oss-120b on 2026-03-01; OpenAI's own API keeps it.
    const out = runChangeSet(
      dataset,
      {
        baseVersion: 0,
        author: 'Test',
        note: '',
        changes: [
          {
            kind: 'correct',
            entity: 'model',
            id: 'gpt-oss-120b',
            asOf: { date: '2026-03-01', precision: 'day' },
            status: { status: 'retired', channel: 'bedrock', eventId: null },
            sources: [
              {
                url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html',
                label: null,
              },
            ],
            confidence: 'recalled',
          },
        ],
      },
      { id: 'cs-1', recordedAt: '2026-12-01T00:00:00Z' },
    );
    expect(out.errors).toEqual([]);
    const ctx = createRiskContext(out.dataset);
    const ids = (channel: string | null, day: string) => {
      const exit = exitOptions(ctx, 'claude-sonnet-4.5', day, channel);
      return [...exit.options, ...exit.undetermined].map((o) => o.modelId);
    };
    expect(ids(null, '2026-06-01')).toContain('gpt-oss-120b');
    expect(ids('own-api', '2026-06-01')).toContain('gpt-oss-120b');
    expect(ids('bedrock', '2026-02-01')).toContain('gpt-oss-120b');
    expect(ids('bedrock', '2026-06-01')).not.toContain('gpt-oss-120b');
    // A channel without dates of its own follows the own API.
    expect(ids('azure', '2026-06-01')).toContain('gpt-oss-120b');
  });
});
