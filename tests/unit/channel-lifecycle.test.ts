import { describe, expect, it } from 'vitest';
import { shutdownOnChannel } from '@/domain/lifecycle/shutdown-on-channel';
import { statusOnChannel } from '@/domain/lifecycle/status-on-channel';
import { modelSchema, type Model, type StatusEntry } from '@/domain/schema/model';
import { dataset } from '@mocks/data/dataset';

function model(id: string): Model {
  const m = dataset.models.find((x) => x.id === id);
  if (m === undefined) throw new Error(`no model ${id}`);
  return m;
}

const day = (date: string) => ({ date, precision: 'day' as const });

// Claude 3.7 Sonnet as the model-eol feed tells it: the Claude API retired it on 2026-02-19,
// Amazon Bedrock deprecated it on 2026-01-30 and retires it on 2026-07-30.
const bedrock: StatusEntry[] = [
  { from: day('2026-01-30'), status: 'deprecated', eventId: null, channel: 'bedrock' },
  {
    from: day('2026-07-30'),
    status: 'retired',
    eventId: null,
    channel: 'bedrock',
    announced: day('2026-01-30'),
    replacement: { modelId: null, name: 'claude-sonnet-4-6' },
  },
];
const sonnet37: Model = {
  ...model('claude-3.7-sonnet'),
  statusHistory: [...model('claude-3.7-sonnet').statusHistory, ...bedrock],
};

describe('per-channel lifecycles', () => {
  it('keeps the compiled data valid: entries without a channel follow the own API', () => {
    expect(modelSchema.safeParse(sonnet37).success).toBe(true);
    expect(statusOnChannel(model('claude-3.7-sonnet'), null, '2026-03-01').status).toBe('retired');
    expect(statusOnChannel(model('claude-3.7-sonnet'), 'own-api', '2025-11-01').status).toBe(
      'deprecated',
    );
    expect(statusOnChannel(model('claude-3.7-sonnet'), 'own-api', '2025-02-23').status).toBe(
      'unreleased',
    );
  });

  it("reads a distributor's own clock, and the own API's for a channel without one", () => {
    expect(statusOnChannel(sonnet37, 'bedrock', '2025-11-01')).toMatchObject({
      status: 'active',
      clock: 'own',
    });
    expect(statusOnChannel(sonnet37, 'bedrock', '2026-03-01')).toMatchObject({
      status: 'deprecated',
      clock: 'own',
    });
    expect(statusOnChannel(sonnet37, 'bedrock', '2026-07-30').status).toBe('retired');
    expect(statusOnChannel(sonnet37, 'vertex', '2026-03-01')).toMatchObject({
      status: 'retired',
      clock: 'default',
    });
    expect(statusOnChannel(sonnet37, 'own-api', '2026-03-01').status).toBe('retired');
  });

  it('gives the shutdown per channel, and says when it is only a lower bound', () => {
    expect(shutdownOnChannel(sonnet37, null)).toMatchObject({
      date: day('2026-02-19'),
      lowerBound: false,
      clock: 'default',
    });
    expect(shutdownOnChannel(sonnet37, 'bedrock')).toMatchObject({
      date: day('2026-07-30'),
      lowerBound: false,
      clock: 'own',
    });
    expect(shutdownOnChannel(model('claude-opus-4'), null)).toBeNull();

    const earliest: Model = {
      ...model('gemini-2.5-pro'),
      statusHistory: [
        ...model('gemini-2.5-pro').statusHistory,
        {
          from: day('2026-06-17'),
          status: 'retired',
          eventId: null,
          channel: 'vertex',
          precision: 'earliest',
        },
      ],
    };
    expect(shutdownOnChannel(earliest, 'vertex')).toMatchObject({
      date: day('2026-06-17'),
      lowerBound: true,
    });
    expect(statusOnChannel(earliest, 'vertex', '2026-06-17')).toMatchObject({
      status: 'retired',
      lowerBound: true,
    });
    expect(shutdownOnChannel(earliest, null)).toBeNull();
  });
});
