import { describe, expect, it } from 'vitest';
import { changeImpact } from '@/domain/changes/change-impact';
import { changeLogFileText, readChangeLogFile } from '@/domain/changes/change-log-file';
import { runChangeSet } from '@/domain/changes/run-change-set';
import { createRiskContext } from '@/domain/risk/risk-context';
import { scoreProvider } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import type { ChangeSetRecord } from '@/domain/schema/change';
import { dataset } from '@mocks/data/dataset';

const record: ChangeSetRecord = {
  id: 'cs-20261201-093000-abcdef',
  recordedAt: '2026-12-01T09:30:00.000Z',
  baseVersion: 0,
  author: '=HYPERLINK("http://x","y")',
  note: "'=already quoted",
  changes: [
    {
      kind: 'create',
      entity: 'event',
      record: {
        id: 'anthropic-2026-11-30-outage',
        date: { date: '2026-11-30', precision: 'day' },
        scheduled: false,
        providerId: 'anthropic',
        appliesTo: ['anthropic'],
        relatedModelIds: [],
        type: 'outage',
        direction: 'neutral',
        severity: 3,
        scored: true,
        title: '-4 hours of errors',
        summary: '@once: the API answered errors for four hours.',
        notes: null,
        ratingNote: null,
      },
      ratingContext: { multiHourOutage: true },
      sources: [{ url: 'https://status.anthropic.com/', label: '+status page' }],
      confidence: 'verified',
    },
  ],
};
const stamp = {
  datasetVersion: dataset.version,
  compiledOn: dataset.compiledOn,
  revision: 1,
  exportedAt: '2026-12-02T00:00:00.000Z',
};

describe('the change-log file', () => {
  it('neutralises formulas in the file and reads back exactly what was exported', () => {
    const text = changeLogFileText([record], stamp);
    expect(text).toContain('"author": "\'=HYPERLINK');
    expect(text).toContain('"title": "\'-4 hours of errors"');
    const read = readChangeLogFile(text);
    expect(read.ok && read.file.changeSets).toEqual([record]);
  });

  it('refuses what is not a change log, naming why', () => {
    expect(readChangeLogFile('{')).toEqual({ ok: false, message: 'The file is not JSON.' });
    expect(readChangeLogFile('{"format":"avrr-portfolio"}').ok).toBe(false);
    const broken = JSON.parse(changeLogFileText([record], stamp)) as {
      changeSets: { changes: { sources: { url: string }[] }[] }[];
    };
    const first = broken.changeSets[0]?.changes[0]?.sources[0];
    if (first) first.url = 'javascript:alert(1)';
    const read = readChangeLogFile(JSON.stringify(broken));
    expect(read.ok === false && read.message).toMatch(/changeSets\.0\.changes\.0\.sources\.0\.url/);
  });
});

describe('changeImpact', () => {
  it('gives each provider’s R before and after as the engine scores the two data sets', () => {
    const after = runChangeSet(dataset, record, {
      id: record.id,
      recordedAt: record.recordedAt,
    }).dataset;
    const [impact] = changeImpact(dataset, after, record, '2026-12-01', DEFAULT_RISK_SETTINGS);
    const before =
      scoreProvider(createRiskContext(dataset), 'anthropic', '2026-12-01', DEFAULT_RISK_SETTINGS)
        ?.risk ?? null;
    const now =
      scoreProvider(createRiskContext(after), 'anthropic', '2026-12-01', DEFAULT_RISK_SETTINGS)
        ?.risk ?? null;
    expect(impact).toMatchObject({ providerId: 'anthropic', before, after: now });
    if (before === null || now === null || impact === undefined || impact.delta === 'n/a')
      throw new Error('no score');
    // A scored multi-hour outage adds to continuity: the risk rises.
    expect(now).toBeGreaterThan(before);
    expect(impact.delta).toBeCloseTo(now - before, 12);
    expect(impact.events).toEqual([
      expect.objectContaining({ eventId: 'anthropic-2026-11-30-outage', date: '2026-11-30' }),
    ]);
    const onDay = impact.events[0]?.delta;
    expect(typeof onDay === 'number' && onDay > 0).toBe(true);
  });
});
