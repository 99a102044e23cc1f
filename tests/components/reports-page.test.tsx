import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { closedFlagshipScenario } from '@/domain/scenario/scenario-templates';
import type { Dependency } from '@/domain/schema/dependency';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { useScenarioStore } from '@/stores/scenario-store';
import { dataset } from '@mocks/data/dataset';
import { renderApp } from '../render';

const HOSTILE_LINK = '=HYPERLINK("http://x","y")';
const HOSTILE_HTML = '<img src=x onerror=alert(1)>';

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

describe('Reports page', () => {
  it('shows the report stamped with as-of date, methodology and data set, with every section', async () => {
    renderApp('/reports?today=2026-04-20');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
    const report = await screen.findByRole(
      'article',
      { name: 'AI vendor risk summary' },
      { timeout: 15000 },
    );
    expect(report).toHaveTextContent(/methodology rvm-1/);
    expect(report).toHaveTextContent(`data set ${dataset.version}`);
    for (const name of [
      'Provider ranking',
      'Exposure and concentration',
      'Top contributors',
      'Upcoming events',
      'Active scenario',
      'Data sources',
    ]) {
      expect(within(report).getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    const ranking = within(report).getByRole('table', {
      name: /Providers ranked by platform risk/,
    });
    expect(within(ranking).getAllByRole('row')).toHaveLength(dataset.providers.length + 1);
    expect(
      within(report).getByRole('figure', { name: 'Platform risk by provider' }),
    ).toBeInTheDocument();
    expect(
      within(within(report).getByRole('region', { name: 'Exposure and concentration' })).getByText(
        /Highly concentrated market band/,
      ),
    ).toBeInTheDocument();
  });

  it('exports CSV, JSON and Markdown, and prints', async () => {
    const { user } = renderApp('/reports?today=2026-04-20');
    await screen.findByRole('article', { name: 'AI vendor risk summary' }, { timeout: 15000 });
    const saved = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(saved.map((s) => s.name)).toEqual([
      'ai-vendor-risk-2026-04-20.csv',
      'ai-vendor-risk-2026-04-20.json',
      'ai-vendor-risk-2026-04-20.md',
    ]);
    const csv = (await saved[0]?.blob.text()) ?? '';
    expect(csv.split('\r\n')[0]).toContain('"rank","provider_id","provider","platform_risk"');
    expect(csv).toContain('"rvm-1"');
    const md = (await saved[2]?.blob.text()) ?? '';
    expect(md).toContain('## Provider ranking');
    expect(md).toContain('As of 2026-04-20 · methodology rvm-1');
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Print / save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('exports a chart as a standalone SVG', async () => {
    const { user } = renderApp('/reports?today=2026-04-20');
    await screen.findByRole('article', { name: 'AI vendor risk summary' }, { timeout: 15000 });
    const saved = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Download the ranking chart as SVG' }));
    expect(saved[0]?.name).toBe('ai-vendor-risk-ranking-2026-04-20.svg');
    const svg = (await saved[0]?.blob.text()) ?? '';
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Meta');
  });

  it('keeps hostile workload names as text and neutralises them in every export', async () => {
    usePortfolioStore.setState({
      dependencies: [
        { ...SAMPLE_PORTFOLIO[0], id: 'h1', workload: HOSTILE_LINK } as Dependency,
        { ...SAMPLE_PORTFOLIO[1], id: 'h2', workload: HOSTILE_HTML } as Dependency,
      ],
    });
    const { user, container } = renderApp('/reports?today=2026-04-20');
    await screen.findByRole('article', { name: 'AI vendor risk summary' }, { timeout: 15000 });
    expect(screen.getByRole('rowheader', { name: HOSTILE_HTML })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: HOSTILE_LINK })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    const saved = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    const json = JSON.parse((await saved[0]?.blob.text()) ?? '{}') as {
      report: { exposure: { dependencies: Array<{ workload: string }> } };
    };
    expect(json.report.exposure.dependencies.map((d) => d.workload)).toEqual([
      `'${HOSTILE_LINK}`,
      HOSTILE_HTML,
    ]);
    const md = (await saved[1]?.blob.text()) ?? '';
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/\| =HYPERLINK/);
    // Neutralised, and escaped only where Markdown would read it: brackets and quotes stay.
    expect(md).toContain(`| '=HYPERLINK("http://x","y") |`);
    expect(md).toContain('| &lt;img src=x onerror=alert(1)&gt; |');
  });

  it('includes the active scenario', async () => {
    const scenario = closedFlagshipScenario(dataset, 'meta', '2026-10-20');
    useScenarioStore.setState({ scenarios: [scenario], activeId: scenario.id });
    renderApp('/reports?today=2026-04-20');
    const report = await screen.findByRole(
      'article',
      { name: 'AI vendor risk summary' },
      { timeout: 15000 },
    );
    const table = within(report).getByRole('table', {
      name: /^Platform risk per provider as of Oct 20, 2026, baseline and scenario/,
    });
    expect(within(table).getByRole('row', { name: /^Meta .* ▲/ })).toBeInTheDocument();
    // The hypothetical event is the scenario's, listed with it, not among the upcoming facts.
    const upcoming = within(report).getByRole('table', { name: /^Events dated after/ });
    expect(upcoming).not.toHaveTextContent('hypothetical');
    expect(
      within(report).getByText(
        /Meta: Meta releases its next flagship with closed weights \(hypothetical\) \(severity 5\)$/,
      ),
    ).toBeInTheDocument();
  });
});
