import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDecimal, formatInteger, formatPreciseDate, formatScore } from '@/components/format';
import { addDays, preciseDayNumber, dayNumber } from '@/domain/dates';
import { portfolioExposure } from '@/domain/exposure/portfolio-exposure';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { createRiskContext } from '@/domain/risk/risk-context';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { useScenarioStore } from '@/stores/scenario-store';
import { dataset } from '@mocks/data/dataset';
import { renderApp } from '../render';

const AS_OF = '2026-04-20';
const ctx = createRiskContext(dataset);
const settings = DEFAULT_RISK_SETTINGS;
const shortName = new Map(dataset.providers.map((p) => [p.id, p.shortName]));

beforeEach(() => {
  usePortfolioStore.setState({
    dependencies: SAMPLE_PORTFOLIO.map((d) => ({ ...d })),
    restoreNotice: null,
  });
  useScenarioStore.setState({ scenarios: [], activeId: null, restoreNotice: null });
});
afterEach(() => vi.restoreAllMocks());

function captureDownloads() {
  const saved: Array<{ name: string; blob: Blob }> = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
  return saved;
}

async function openReport() {
  const rendered = renderApp(`/reports?today=${AS_OF}`);
  const report = await screen.findByRole(
    'article',
    { name: 'AI vendor risk summary' },
    { timeout: 15000 },
  );
  const summary = within(report).getByRole('region', { name: 'Executive summary' });
  return { ...rendered, report, summary };
}

function bodyRows(table: HTMLElement): HTMLElement[] {
  return within(table).getAllByRole('row').slice(1);
}

// Each test renders the whole app; the first pays for loading it, the PDF test for jsPDF.
describe('Board pack: the executive summary', { timeout: 40_000 }, () => {
  it('opens the report, before every other section', async () => {
    const { report, summary } = await openReport();
    const ranking = within(report).getByRole('region', { name: 'Provider ranking' });
    expect(
      summary.compareDocumentPosition(ranking) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('shows the top risks with the engine’s scores, riskiest first', async () => {
    const { summary } = await openReport();
    const expected = scoreProviders(ctx, AS_OF, settings, { explain: false })
      .filter((s) => s.risk !== null)
      .sort((a, b) => (b.risk ?? 0) - (a.risk ?? 0))
      .slice(0, 5);
    const rows = bodyRows(within(summary).getByRole('table', { name: /Top risks/ }));
    expect(rows).toHaveLength(5);
    rows.forEach((row, i) => {
      const s = expected[i];
      expect(within(row).getByRole('rowheader')).toHaveTextContent(
        shortName.get(s?.providerId ?? '') ?? '?',
      );
      expect(row).toHaveTextContent(`${formatScore(s?.risk ?? null)} ${s?.grade}`);
    });
    const top = expected[0];
    expect(summary).toHaveTextContent(
      `${shortName.get(top?.providerId ?? '')} carries the highest platform risk: ${formatScore(top?.risk ?? null)} of 100, grade ${top?.grade}`,
    );
  });

  it('shows the biggest move of the last 90 days as the engine scores it, with its cause', async () => {
    const { summary } = await openReport();
    const before = new Map(
      scoreProviders(ctx, addDays(AS_OF, -90), settings, { explain: false }).map((s) => [
        s.providerId,
        s.risk,
      ]),
    );
    const moves = scoreProviders(ctx, AS_OF, settings, { explain: false })
      .flatMap((s) => {
        const from = before.get(s.providerId);
        return s.risk === null || from === null || from === undefined
          ? []
          : [{ id: s.providerId, from, to: s.risk }];
      })
      .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
    const biggest = moves[0];
    const row = bodyRows(within(summary).getByRole('table', { name: /Biggest moves/ }))[0];
    expect(row).toBeDefined();
    const cells = within(row as HTMLElement);
    expect(cells.getByRole('rowheader')).toHaveTextContent(shortName.get(biggest?.id ?? '') ?? '?');
    expect(row).toHaveTextContent(
      `${formatScore(biggest?.from ?? null)} → ${formatScore(biggest?.to ?? null)}`,
    );
    expect(row).toHaveTextContent(/Apr 8, 2026: Meta launches closed-weight Muse Spark \(\+/);
  });

  it('shows concentration and the nearest deadline as the engine and the data give them', async () => {
    const { summary } = await openReport();
    const e = portfolioExposure(ctx, SAMPLE_PORTFOLIO, AS_OF, settings);
    const figure = (name: string) =>
      within(summary).getByText(name, { selector: 'dt' }).nextElementSibling;
    expect(figure('HHI')).toHaveTextContent(formatInteger(e.hhi ?? NaN));
    expect(figure('Effective number of providers')).toHaveTextContent(
      formatDecimal(e.effectiveProviders ?? NaN),
    );
    expect(figure('Portfolio exposure')).toHaveTextContent(
      `${formatScore(e.portfolioExposure)} of 100`,
    );
    const next = [...dataset.events]
      .filter((ev) => preciseDayNumber(ev.date) > dayNumber(AS_OF))
      .sort((a, b) => preciseDayNumber(a.date) - preciseDayNumber(b.date))[0];
    const first = bodyRows(within(summary).getByRole('table', { name: /Nearest deadlines/ }))[0];
    expect(first).toHaveTextContent(
      formatPreciseDate(next?.date ?? { date: '', precision: 'day' }),
    );
    expect(first).toHaveTextContent(next?.title ?? '?');
  });
});

describe('Board pack: files', { timeout: 40_000 }, () => {
  it('downloads the pack as a PDF file that starts with %PDF', async () => {
    const { user } = await openReport();
    const saved = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Download PDF (A4)' }));
    const status = await screen.findByText(
      /^Saved ai-vendor-risk-board-pack-2026-04-20-a4\.pdf \(\d+ pages\)\.$/,
      {},
      { timeout: 15000 },
    );
    expect(status).toBeInTheDocument();
    expect(saved.map((s) => s.name)).toEqual(['ai-vendor-risk-board-pack-2026-04-20-a4.pdf']);
    const bytes = new Uint8Array(await (saved[0] as { blob: Blob }).blob.arrayBuffer());
    expect(String.fromCharCode(...bytes.slice(0, 5))).toBe('%PDF-');
    const text = new TextDecoder('latin1').decode(bytes);
    const pages = Number(status.textContent?.match(/\((\d+) pages\)/)?.[1]);
    expect(text.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(pages);
    expect(pages).toBeGreaterThanOrEqual(8);
  });

  it('stamps a saved chart image with its title, as-of date, scale and source', async () => {
    const { user } = await openReport();
    const saved = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Download the exposure chart as SVG' }));
    const svg = (await saved[0]?.blob.text()) ?? '';
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const stamp of [
      '>Exposure per provider<',
      `As of Apr 20, 2026 · data set ${dataset.version} · methodology rvm-1`,
      'Scale: points of the portfolio',
      `Source: AI Vendor Risk Radar, curated data set ${dataset.version}`,
    ])
      expect(svg).toContain(stamp.replace(/'/g, '&apos;'));
    expect(svg).toContain('OpenAI');
  });
});
