import { describe, expect, it } from 'vitest';
import { toExposureView } from '@/components/exposure/exposure-view-model';
import { portfolioExposure } from '@/domain/exposure/portfolio-exposure';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { buildBoardSummary } from '@/domain/report/board-summary';
import { buildRiskReport } from '@/domain/report/build-risk-report';
import { createRiskContext } from '@/domain/risk/risk-context';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { retirementScenario } from '@/domain/scenario/scenario-templates';
import type { Dependency } from '@/domain/schema/dependency';
import type { Scenario } from '@/domain/schema/scenario';
import { buildBoardPackPdf, pdfText, type PaperFormat } from '@/features/reports/board-pack-pdf';
import { rankingCaption, toRankingBars } from '@/features/reports/reports-view-model';
import { dataset } from '@mocks/data/dataset';
// @ts-expect-error: a plain ES module of the journeys, without types.
import { openPdf } from '../e2e/pdf-pages.mjs';

const ctx = createRiskContext(dataset);
const settings = DEFAULT_RISK_SETTINGS;
const AS_OF = '2026-04-20';

interface PdfPage {
  width: number;
  height: number;
  text: string;
}

async function pack(
  format: PaperFormat,
  dependencies: readonly Dependency[],
  scenario: Scenario | null = null,
) {
  const report = buildRiskReport({
    dataset,
    asOf: AS_OF,
    settings,
    dependencies,
    scenario,
    context: ctx,
  });
  const summary = buildBoardSummary({ report, context: ctx, settings, dependencies });
  const exposureView =
    dependencies.length > 0
      ? toExposureView(portfolioExposure(ctx, dependencies, AS_OF, settings), dataset.providers)
      : null;
  const { blob, pages } = buildBoardPackPdf({
    report,
    summary,
    rankingBars: toRankingBars(report),
    rankingCaption: rankingCaption(report),
    exposureView,
    format,
  });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const dir = await import('node:fs/promises');
  const path = `${await dir.mkdtemp('/tmp/board-pack-')}/pack.pdf`;
  await dir.writeFile(path, bytes);
  const pdf = (await openPdf(path)) as {
    pages: PdfPage[];
    doc: { getPage(n: number): Promise<{ getAnnotations(): Promise<Array<{ url?: string }>> }> };
  };
  return { bytes, pages, read: pdf.pages, doc: pdf.doc, summary };
}

describe('pdfText', () => {
  it('keeps Latin-1, turns typographic marks plain and anything else into "?"', () => {
    expect(pdfText('Zürich · 52.8 → 68.9 — “ok” ▲ +1.0 … ≥')).toBe(
      'Zürich · 52.8 -> 68.9 - "ok" + +1.0 ... >=',
    );
    expect(pdfText('Łódź 智谱')).toBe('?ódz ??');
  });
});

describe('buildBoardPackPdf', () => {
  for (const [format, width] of [
    ['a4', 595],
    ['letter', 612],
  ] as const) {
    it(`makes a ${format} PDF: summary first, a section a page, a footer with page numbers on every page`, async () => {
      const { bytes, pages, read, summary } = await pack(format, SAMPLE_PORTFOLIO);
      expect(String.fromCharCode(...bytes.slice(0, 5))).toBe('%PDF-');
      expect(read).toHaveLength(pages);
      expect(Math.round(read[0]?.width ?? 0)).toBe(width);
      const first = read[0]?.text ?? '';
      expect(first).toMatch(/^AI vendor risk summary As of Apr 20, 2026/);
      for (const text of ['Executive summary', 'Top risks', 'Biggest moves', 'Nearest deadlines'])
        expect(first).toContain(text);
      for (const r of summary.topRisks) expect(first).toContain(r.provider);
      const sections = [
        'Provider ranking',
        'Openness',
        'Exposure and concentration',
        'Top contributors',
        'Upcoming events',
        'Active scenario',
        'Data sources',
      ];
      // Each section opens a page of its own, in order.
      const starts = sections.map((s) => read.findIndex((p) => p.text.startsWith(s)));
      expect(starts.every((i) => i > 0)).toBe(true);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      read.forEach((p, i) => {
        expect(p.text).toContain(`Page ${i + 1} of ${pages}`);
        expect(p.text).toContain(
          `As of Apr 20, 2026 · data set ${dataset.version} (compiled Nov 26, 2026) · methodology rvm-1`,
        );
      });
    });
  }

  it('makes every source on the Data sources pages a link to its URL', async () => {
    const { read, doc } = await pack('a4', SAMPLE_PORTFOLIO);
    const first = read.findIndex((p) => p.text.startsWith('Data sources'));
    const urls = new Set<string>();
    for (let n = first + 1; n <= read.length; n++)
      for (const a of await (await doc.getPage(n)).getAnnotations()) if (a.url) urls.add(a.url);
    const expected = new Set(dataset.providers.flatMap((p) => p.sources.map((s) => s.url)));
    expect(urls.size).toBeGreaterThan(0);
    expect([...expected].filter((u) => !urls.has(u))).toEqual([]);
    // Each source says its tier, and each provider record its evidence status, as on the screen.
    const pages = read.slice(first).map((p) => p.text).join(' ');
    expect(pages).toContain('Primary: https://ai.meta.com');
    expect(pages).toMatch(/Verified: primary source|Rests on/);
  });

  it('carries an active scenario: the headline and the workloads it breaks, with their exits', async () => {
    const scenario = retirementScenario(dataset, 'gpt-5', '2026-09-01', '2026-10-17', 4);
    const { read } = await pack('a4', SAMPLE_PORTFOLIO, scenario);
    expect(read[0]?.text).toMatch(
      /Scenario "GPT-5 is retired on 2026-09-01" is active: .*workloads broken 0 -> 1 \(1 mission-critical\)/,
    );
    const page = read.find((p) => p.text.startsWith('Active scenario'));
    expect(page?.text).toContain('Workloads broken 0 -> 1 (1 mission-critical)');
    expect(page?.text).toContain('Customer-support assistant');
    expect(page?.text).toMatch(/fit \d+\/100/);
  });

  it('says so when the portfolio is empty, and still starts with the summary', async () => {
    const { read } = await pack('a4', []);
    expect(read[0]?.text).toContain('The portfolio is empty');
    const exposure = read.find((p) => p.text.startsWith('Exposure and concentration'));
    expect(exposure?.text).toContain('record your dependencies on the Portfolio page');
  });
});
