import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { portfolioToCsv } from '@/domain/portfolio-io/export-portfolio';
import { createRiskContext } from '@/domain/risk/risk-context';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { rankedExitOptions } from '@/domain/scenario/exit-candidates';
import { dataset } from '@mocks/data/dataset';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import type { Dependency } from '@/domain/schema/dependency';
import { PORTFOLIO_STORAGE_KEY, usePortfolioStore } from '@/stores/portfolio-store';
import { setMockControls } from '@mocks/controls';
import { renderApp } from '../render';

const HOSTILE_LINK = '=HYPERLINK("http://x","y")';
const HOSTILE_HTML = '<img src=x onerror=alert(1)>';

beforeEach(() => {
  usePortfolioStore.setState({ dependencies: [], restoreNotice: null });
});

function csvFile(text: string, name = 'portfolio.csv') {
  return new File([text], name, { type: 'text/csv' });
}

/** Capture what a download link would save. */
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

describe('Portfolio page', () => {
  it('loads the sample in one click and shows exposure, effective number of providers and the HHI band', async () => {
    const { user } = renderApp('/portfolio?today=2026-04-20');
    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Load the sample portfolio' }));
    expect(usePortfolioStore.getState().dependencies).toHaveLength(6);
    expect(await screen.findByText('Effective number of providers')).toBeInTheDocument();
    expect(screen.getByText(/concentrated market band/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Your AI dependencies/ });
    expect(
      within(table).getByRole('rowheader', { name: /Customer-support assistant/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Exposure per provider' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('table', { name: 'Exposure per provider' })).toBeInTheDocument();
  });

  it('adds a dependency through the form, with clear field errors first', async () => {
    const { user } = renderApp('/portfolio');
    await user.click(await screen.findByRole('button', { name: 'Add a dependency' }));
    await user.click(screen.getByRole('button', { name: 'Add dependency' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveTextContent('Enter a name for the workload');
    expect(summary).toHaveTextContent('Choose the model');
    expect(summary).toHaveTextContent('Enter a number more than 0');
    const workload = screen.getByRole('textbox', { name: 'Workload' });
    expect(workload).toHaveAttribute('aria-invalid', 'true');
    expect(workload).toHaveAccessibleDescription(/Enter a name for the workload/);
    await user.type(workload, 'Contract review');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'gpt-5');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Criticality' }), 'high');
    await user.type(screen.getByRole('textbox', { name: 'Monthly spend or usage share' }), '12.5');
    await user.click(screen.getByRole('button', { name: 'Add dependency' }));
    expect(await screen.findByText('Added “Contract review”.')).toBeInTheDocument();
    expect(usePortfolioStore.getState().dependencies).toMatchObject([
      {
        workload: 'Contract review',
        modelId: 'gpt-5',
        criticality: 'high',
        share: 12.5,
        deployment: 'vendor-api',
      },
    ]);
  });

  it('lists each workload’s exit options ranked by fit, with what fits and what is lacking', async () => {
    usePortfolioStore.setState({ dependencies: SAMPLE_PORTFOLIO.map((d) => ({ ...d })) });
    const { user } = renderApp('/portfolio?today=2026-11-26');
    const support = SAMPLE_PORTFOLIO[0] as Dependency;
    const ctx = createRiskContext(dataset);
    const scores = scoreProviders(ctx, '2026-11-26', DEFAULT_RISK_SETTINGS, { explain: false });
    const expected = rankedExitOptions(ctx, support, '2026-11-26', scores);
    expect(expected.length).toBeGreaterThan(5);

    await user.click(
      await screen.findByRole(
        'button',
        { name: `Show exit options for ${support.workload}` },
        { timeout: 15000 },
      ),
    );
    const list = screen.getByRole('list', {
      name: `Exit options for ${support.workload}, ranked by fit (${expected.length})`,
    });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(
      expected.slice(0, 5).map((e) => e.candidate.name),
    );
    expect(items[0]).toHaveTextContent(`fit ${Math.round(expected[0]?.fit ?? -1)}/100`);
    expect(items[0]).toHaveTextContent(/Fits:/);
    // No "unknown" badge: a model whose modalities are not known is ranked lower, not hidden.
    expect(screen.queryByText('unknown', { selector: '.exit-badge' })).not.toBeInTheDocument();
    await user.click(
      screen.getByRole('button', {
        name: `Show all ${expected.length} exit options for ${support.workload}`,
      }),
    );
    expect(within(list).getAllByRole('listitem')).toHaveLength(expected.length);
  });

  it('edits and removes a dependency', async () => {
    usePortfolioStore.setState({ dependencies: SAMPLE_PORTFOLIO.map((d) => ({ ...d })) });
    const { user } = renderApp('/portfolio');
    await user.click(
      await screen.findByRole('button', { name: 'Edit Code assistant' }, { timeout: 15000 }),
    );
    const workload = screen.getByRole('textbox', { name: 'Workload' });
    await user.clear(workload);
    await user.type(workload, 'Coding agent');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved “Coding agent”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Document search' }));
    const names = usePortfolioStore.getState().dependencies.map((d) => d.workload);
    expect(names).toContain('Coding agent');
    expect(names).not.toContain('Document search');
    expect(names).toHaveLength(5);
  });

  it('shows an import preview with row errors and applies nothing on cancel', async () => {
    usePortfolioStore.setState({ dependencies: SAMPLE_PORTFOLIO.map((d) => ({ ...d })) });
    const before = usePortfolioStore.getState().dependencies;
    const { user } = renderApp('/portfolio');
    await user.click(await screen.findByRole('button', { name: 'Import CSV or JSON' }));
    await user.upload(
      screen.getByLabelText('CSV or JSON file'),
      csvFile(
        'workload,modelId,criticality,share,deployment\nBot,gpt-5,urgent,1,vendor-api\nX,nope,low,1,vendor-api\n',
      ),
    );
    const problems = await screen.findByRole('table', { name: /Problems found/ });
    expect(
      within(problems).getByRole('row', { name: /2 criticality must be one of/ }),
    ).toBeInTheDocument();
    expect(
      within(problems).getByRole('row', { name: /3 modelId no model "nope"/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm import' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(
      await screen.findByText('Import cancelled: your portfolio is unchanged.'),
    ).toBeInTheDocument();
    expect(usePortfolioStore.getState().dependencies).toBe(before);
  });

  it('flags repeated rows by row and column before confirming, and keeps a typed apostrophe', async () => {
    const { user } = renderApp('/portfolio');
    await user.click(await screen.findByRole('button', { name: 'Import CSV or JSON' }));
    const header = 'Workload Name,Model,Criticality,Spend,Deployment';
    const a = "'=already,gpt-5,high,35,vendor-api";
    const b = 'Search,gpt-5,Urgent,10,vendor-api';
    await user.upload(
      screen.getByLabelText('CSV or JSON file'),
      csvFile([header, a, b, a].join('\n')),
    );
    const problems = await screen.findByRole('table', { name: /Problems found/ });
    expect(within(problems).getByRole('columnheader', { name: 'Column' })).toBeInTheDocument();
    expect(
      within(problems).getByRole('row', { name: /^3 Criticality must be one of/ }),
    ).toBeInTheDocument();
    expect(within(problems).getByRole('row', { name: /^4 — repeats row 2/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm import' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await user.click(await screen.findByRole('button', { name: 'Import CSV or JSON' }));
    await user.upload(screen.getByLabelText('CSV or JSON file'), csvFile([header, a].join('\n')));
    expect(await screen.findByText(/1 dependency ready to import/)).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: "'=already" })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Confirm import' }));
    expect(usePortfolioStore.getState().dependencies.map((d) => d.workload)).toEqual(["'=already"]);
  });

  it('keeps a hostile workload name as plain text on screen and neutralises it in both exports', async () => {
    const hostile: Dependency[] = [
      { ...SAMPLE_PORTFOLIO[0], id: 'h1', workload: HOSTILE_LINK } as Dependency,
      { ...SAMPLE_PORTFOLIO[1], id: 'h2', workload: HOSTILE_HTML } as Dependency,
    ];
    const { user, container } = renderApp('/portfolio');
    await user.click(await screen.findByRole('button', { name: 'Import CSV or JSON' }));
    await user.upload(screen.getByLabelText('CSV or JSON file'), csvFile(portfolioToCsv(hostile)));
    expect(await screen.findByText(/2 dependencies ready to import/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Confirm import' }));
    expect(usePortfolioStore.getState().dependencies.map((d) => d.workload)).toEqual([
      HOSTILE_LINK,
      HOSTILE_HTML,
    ]);
    expect(await screen.findByRole('rowheader', { name: HOSTILE_HTML })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: HOSTILE_LINK })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();

    const saved = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(saved.map((s) => s.name)).toEqual([
      expect.stringMatching(/\.csv$/),
      expect.stringMatching(/\.json$/),
    ]);
    const csv = await saved[0]?.blob.text();
    const json = await saved[1]?.blob.text();
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(json).toContain(`"'=HYPERLINK(\\"http://x\\",\\"y\\")"`);
    vi.restoreAllMocks();
  });

  it('survives a corrupt saved portfolio and says so', async () => {
    localStorage.setItem(PORTFOLIO_STORAGE_KEY, '{not json');
    await usePortfolioStore.persist.rehydrate();
    // The notice is on every page, not only the portfolio's.
    renderApp('/providers');
    expect(
      await screen.findByText(
        /^Your saved portfolio could not be read, so it starts empty\. A copy/,
      ),
    ).toBeInTheDocument();
    expect(usePortfolioStore.getState().dependencies).toEqual([]);
  });

  it('keeps the portfolio and its export when the risk data fails, and Retry recovers', async () => {
    usePortfolioStore.setState({ dependencies: SAMPLE_PORTFOLIO.map((d) => ({ ...d })) });
    setMockControls({ faults: [{ kind: '500', once: true, endpoint: 'models' }] });
    const { user } = renderApp('/portfolio');
    const alert = await screen.findByRole('alert', {}, { timeout: 15000 });
    expect(alert).toHaveTextContent('The risk data could not be loaded');
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('Effective number of providers', {}, { timeout: 15000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
