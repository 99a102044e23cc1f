import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import {
  digestSchema,
  digestToHtml,
  digestToJson,
  digestToMarkdown,
  toDigest,
} from '@/domain/review/digest';
import { sinceReview } from '@/domain/review/since-review';
import { createRiskContext } from '@/domain/risk/risk-context';
import { DEFAULT_RISK_SETTINGS, METHODOLOGY_ID } from '@/domain/risk/settings';
import type { Dataset } from '@/domain/schema/dataset';

const HOSTILE = '<script>alert(1)</script> =HYPERLINK("http://x") \u202Eevil';
const muse = dataset.events.find((e) => e.id === 'meta-2026-04-08-muse-spark');
if (muse === undefined) throw new Error('no Muse Spark');
const data: Dataset = {
  ...dataset,
  events: [
    ...dataset.events,
    {
      ...muse,
      id: 'hostile',
      title: HOSTILE,
      sources: [{ url: 'https://example.com/a?b="c"&d=<e>', label: null }],
    },
  ],
};
const report = sinceReview(createRiskContext(data), DEFAULT_RISK_SETTINGS, {
  review: { date: '2026-03-01', recordedAt: null },
  asOf: '2026-11-26',
});
const digest = toDigest(report, {
  reviewName: 'Q1 board',
  datasetVersion: dataset.version,
  datasetRevision: 0,
  compiledOn: dataset.compiledOn,
  factsCurrentTo: '2026-05-20',
  methodology: METHODOLOGY_ID,
  settings: 'default',
  watchlistOnly: false,
});

describe('the digest', () => {
  it('is JSON that validates against its schema and states review, as-of, data set and methodology', () => {
    const parsed = digestSchema.parse(JSON.parse(digestToJson(digest)));
    expect(parsed).toMatchObject({
      reviewDate: '2026-03-01',
      asOf: '2026-11-26',
      datasetVersion: dataset.version,
      methodology: 'rvm-1',
    });
    expect(parsed.providers[0]).toMatchObject({ providerId: 'meta', crossing: 'worse' });
    expect(parsed.events.find((e) => e.eventId === 'hostile')?.title.startsWith('<script>')).toBe(
      true,
    );
  });

  it('writes e-mail HTML with inline styles only, no script, and every data string escaped', () => {
    const html = digestToHtml(digest);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<style|<link|<img|\son\w+=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('\u202E');
    expect(html).toContain('href="https://example.com/a?b=&quot;c&quot;&amp;d=%3Ce%3E"');
    for (const line of [
      'Review: Q1 board, 2026-03-01',
      'As of: 2026-11-26',
      `Data set: ${dataset.version}`,
      'Methodology: rvm-1',
    ]) {
      expect(html).toContain(line);
    }
  });

  it('writes Markdown with the stamp, the ΔR table and escaped data', () => {
    const md = digestToMarkdown(digest);
    expect(md).toContain('- Review: Q1 board, 2026-03-01');
    expect(md).toContain(
      `- Data set: ${dataset.version} (revision 0, compiled ${dataset.compiledOn}, facts current to 2026-05-20)`,
    );
    expect(md).toMatch(/\| Meta \| 28\.4 \| \d+\.\d \| \+\d+\.\d \| B → C \(worse\) \|/);
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toContain('<script>');
  });
});
