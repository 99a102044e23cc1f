import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { opennessComponentCuration } from '@mocks/data/curation/openness-components';
import { dataset } from '@mocks/data/dataset';
import { renderApp } from '../render';

const TODAY = 'today=2026-11-26';

async function loaded(): Promise<HTMLElement> {
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/of [\d,]+ models/), {
    timeout: 10000,
  });
  return screen.getByRole('status');
}

/** The names of the models listed in the catalog table. */
function listedNames(): string[] {
  const table = screen.getAllByRole('table').find((t) => t.classList.contains('catalog__table'));
  if (!table) throw new Error('no catalog table');
  return within(table)
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-index'))
    .map((r) => within(r).getAllByRole('link')[0]?.textContent ?? '');
}

/** The models whose current curated grade of a component is `grade`, by name. */
function curatedNames(key: 'trainingDataBase' | 'trainingCode', grade: string): string[] {
  return Object.entries(opennessComponentCuration)
    .filter(([, sets]) => sets[sets.length - 1]?.components[key].grade === grade)
    .map(([id]) => dataset.models.find((m) => m.id === id)?.name ?? id)
    .sort();
}

describe('Models page: openness components', () => {
  it('filters to "training data open" and lists exactly the models that have it', async () => {
    const { user, router } = renderApp(`/models?${TODAY}`);
    await loaded();
    await user.click(screen.getByText('Openness components'));
    const select = screen.getByRole('combobox', { name: 'Training data (base)' });
    const want = curatedNames('trainingDataBase', 'open');
    expect(want.length).toBeGreaterThan(0);
    // The option says how many models it keeps before it is chosen.
    expect(
      within(select).getByRole('option', { name: `Open (${want.length})` }),
    ).toBeInTheDocument();
    await user.selectOptions(select, `Open (${want.length})`);
    const status = await loaded();
    await waitFor(() => expect(status).toHaveTextContent(`${want.length} of 98 models`));
    expect(listedNames().sort()).toEqual(want);
    expect(router.state.location.search).toContain('trainingDataBase=open');
  });

  it('combines a component with the weights facet, a G7 tier and a score range, and sorts by score', async () => {
    const { user } = renderApp(
      `/models?weights=open&trainingCode=open&g7=open-source-open-data,open-source&minScore=60&${TODAY}`,
    );
    await loaded();
    // Open weights with open training code, at least Open Source AI and a score of 60 or more:
    // the three OLMo releases (85.7, 67.9, 64.3).
    const want = curatedNames('trainingCode', 'open').filter((n) => n.startsWith('OLMo'));
    expect(listedNames().sort()).toEqual(want);
    await user.click(screen.getByRole('button', { name: /Openness score/ }));
    expect(screen.getByRole('columnheader', { name: /Openness score/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(listedNames()).toEqual([
      'OLMo (1B / 7B)',
      'OLMo 3 (7B / 32B: Base, Think, Instruct, RL Zero)',
      'OLMo 2 (7B / 13B; 32B added March 2025)',
    ]);
  });

  it('counts each G7 tier and MOF class given the other filters', async () => {
    renderApp(`/models?provider=ai2&${TODAY}`);
    await loaded();
    // AI2's three OLMo releases: two with open data (OLMo, OLMo 2), one Open Source AI (OLMo 3);
    // one Class II (OLMo), two not classified.
    expect(
      screen.getByRole('checkbox', { name: 'Open Source AI with Open Data (2)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Open Source AI (1)' })).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Class II – Open Tooling (1)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Not classified (2)' })).toBeInTheDocument();
  });

  it('compares components side by side and marks the ones that differ', async () => {
    renderApp(`/models?compare=olmo-1,gpt-oss-120b&${TODAY}`);
    const panel = await screen.findByRole('region', { name: /Compare models/ }, { timeout: 10000 });
    const table = within(panel).getByRole('table');
    const row = (name: string) => {
      const header = within(table).getByRole('rowheader', { name: new RegExp(`^${name}`) });
      const tr = header.closest('tr');
      if (!tr) throw new Error(name);
      return tr;
    };
    // OLMo publishes its training code and data; gpt-oss neither (closed, and unknown).
    expect(row('Training code')).toHaveTextContent(/Training code grade differs\s*Open\s*Closed/);
    expect(row('Training data \\(base\\)')).toHaveTextContent(/differs\s*Open\s*Unknown/);
    // Both publish end-model weights under an open license: no mark.
    expect(row('End-model')).not.toHaveTextContent('differs');
    expect(row('License grade')).not.toHaveTextContent('differs');
    expect(
      within(table).getByRole('rowheader', { name: /^Openness components/ }),
    ).toHaveTextContent(
      '7 of 14 differ (base-model weights, training code, training data (base), training data (fine-tuning), architecture and hardware described, preprint or technical report and data sheet or data card)',
    );
    expect(row('G7 openness tier')).toHaveTextContent(
      /differs\s*Open Source AI with Open Data\s*Open Weights AI/,
    );
  });
});
