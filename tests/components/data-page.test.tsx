import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useCurationStore } from '@/stores/curation-store';
import { changeSetRecords, submitChangeSet } from '@mocks/change-log/change-log-service';
import { renderApp } from '../render';

const SOURCE = 'https://status.anthropic.com/incidents/example';

beforeEach(() => {
  useCurationStore.setState({ author: '', aliases: {}, restoreNotice: null });
});

async function metaRevision(): Promise<number> {
  const res = await fetch(new URL('/api/v1/meta', window.location.href));
  return ((await res.json()) as { data: { revision: number } }).data.revision;
}

describe('Data page: adding an event', () => {
  it('shows every error next to its field and in a summary, then saves and shows the ΔR per provider', async () => {
    const { user } = renderApp('/data?view=event&today=2026-12-01');
    expect(await screen.findByRole('heading', { level: 1, name: 'Data' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Save the event' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    // The summary links to each field, and each field says what is wrong.
    expect(within(summary).getByRole('link', { name: /^Your name:/ })).toHaveAttribute(
      'href',
      expect.stringContaining('author'),
    );
    expect(within(summary).getByRole('link', { name: /^Date:/ })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: /^Title:/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription(/Error:\s*Enter the date/);
    expect(changeSetRecords()).toHaveLength(0);

    await user.type(screen.getByLabelText('Your name'), 'Ana Analyst');
    await user.type(screen.getByLabelText('Title'), 'Claude API outage');
    await user.type(screen.getByLabelText('Summary'), 'Errors for four hours.');
    await user.type(screen.getByLabelText('Date'), '2026-11-30');
    await user.selectOptions(screen.getByLabelText('Type'), 'outage');
    await user.selectOptions(screen.getByLabelText('Provider'), 'anthropic');
    expect(screen.getByText(/The rating rule proposes:/).parentElement).toHaveTextContent(
      'severity 0',
    );
    await user.selectOptions(screen.getByLabelText('Documented multi-hour outage'), 'yes');
    expect(screen.getByText(/The rating rule proposes:/).parentElement).toHaveTextContent(
      'neutral, severity 3, scored',
    );
    // An address is pasted, as a user copies it from the source.
    await user.click(screen.getByLabelText('Source 1 address'));
    await user.paste(SOURCE);
    await user.click(screen.getByRole('button', { name: 'Save the event' }));

    expect(
      await screen.findByRole('heading', { name: /Saved as change set cs-/ }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /What the change did to platform risk/ });
    const row = within(table).getByRole('row', { name: /Anthropic/ });
    // A scored multi-hour outage raises continuity, so Anthropic's risk goes up on its date.
    expect(within(row).getByTestId('delta-anthropic').textContent).toMatch(/^\+\d+\.\d$/);
    expect(row).toHaveTextContent(/30 Nov 2026|Nov 30, 2026/);
    expect(changeSetRecords()).toHaveLength(1);
    expect(await metaRevision()).toBe(1);
  });

  it('asks for a reason when the rating differs from the rule, and rejects a javascript: source by its field', async () => {
    useCurationStore.setState({ author: 'Ana Analyst' });
    const { user } = renderApp('/data?view=event');
    await user.type(await screen.findByLabelText('Title'), 'Pricing cut');
    await user.type(screen.getByLabelText('Summary'), 'Prices halved.');
    await user.type(screen.getByLabelText('Date'), '2026-11');
    await user.selectOptions(screen.getByLabelText('Type'), 'pricing-change');
    await user.selectOptions(screen.getByLabelText('Provider'), 'openai');
    await user.click(screen.getByRole('checkbox', { name: /Rate it otherwise/ }));
    await user.selectOptions(screen.getByLabelText('Severity (0-5)'), '2');
    await user.click(screen.getByLabelText('Source 1 address'));
    await user.paste('javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save the event' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: /Reason for rating it otherwise: .*give a reason/,
      }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', {
        name: /Source 1 address: a source is an http\(s\) address/,
      }),
    ).toBeInTheDocument();
    expect(changeSetRecords()).toHaveLength(0);
  });
});

describe('Data page: corrections, the log and a stale revision', () => {
  it('corrects a model’s status on Bedrock, lists it in the log linked to the model, and re-applies after a 409', async () => {
    useCurationStore.setState({ author: 'Ana Analyst' });
    const { user } = renderApp('/data?view=correct');
    await user.selectOptions(await screen.findByLabelText('Model'), 'claude-3.7-sonnet');
    await user.type(screen.getByLabelText('As of'), '2026-07-30');
    await user.click(screen.getByRole('checkbox', { name: 'Status, on one channel' }));
    await user.selectOptions(screen.getByLabelText('Status'), 'retired');
    await user.selectOptions(screen.getByLabelText('Channel'), 'bedrock');
    await user.click(screen.getByLabelText('Source 1 address'));
    await user.paste('https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html');

    // Another tab records a change first: this form's revision is now stale.
    const other = await submitChangeSet(
      {
        baseVersion: 0,
        author: 'Other Tab',
        note: 'from another tab',
        changes: [
          {
            kind: 'correct',
            entity: 'provider',
            id: 'mistral',
            fields: { hqCity: 'Paris' },
            sources: [{ url: 'https://mistral.ai/about', label: null }],
            confidence: 'verified',
          },
        ],
      },
      10,
    );
    expect(other.status).toBe(201);

    await user.click(screen.getByRole('button', { name: 'Save the correction' }));
    const stale = await screen.findByRole('heading', {
      name: 'The data changed while you were editing',
    });
    const panel = stale.closest('section');
    if (panel === null) throw new Error('no panel');
    expect(within(panel).getByText(/Corrected provider mistral \(Other Tab/)).toBeInTheDocument();
    expect(changeSetRecords()).toHaveLength(1);
    await user.click(within(panel).getByRole('button', { name: 'Apply my change again' }));
    expect(await screen.findByRole('heading', { name: /Saved as change set/ })).toBeInTheDocument();
    expect(changeSetRecords()).toHaveLength(2);

    await user.click(screen.getByRole('link', { name: 'Change log' }));
    const entry = (await screen.findByRole('link', { name: 'claude-3.7-sonnet' })).closest('li');
    expect(entry).toHaveTextContent(/Corrected model claude-3.7-sonnet as of/);
    expect(entry).toHaveTextContent(/status: .* → retired from 2026-07-30 on bedrock/);
    expect(screen.getByRole('link', { name: 'claude-3.7-sonnet' })).toHaveAttribute(
      'href',
      '/models/claude-3.7-sonnet',
    );
    await user.selectOptions(screen.getByLabelText('Record'), 'provider');
    expect(screen.getByText('1 of 2 changes, newest first.')).toBeInTheDocument();
  });
});

describe('Data page: import review', () => {
  const feed = readFileSync(
    join(process.cwd(), 'tests/fixtures/external/model-eol/openai.json'),
    'utf8',
  );

  it('reviews the OpenAI feed by group and accepts two shutdowns as one change set', async () => {
    useCurationStore.setState({ author: 'Ana Analyst' });
    const { user } = renderApp('/data?view=import&today=2026-12-01');
    await user.upload(
      await screen.findByLabelText(/Catalog file/),
      new File([feed], 'openai.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByRole('rowheader', { name: 'model-eol feed (openai)' }, { timeout: 15000 }),
    ).toBeInTheDocument();
    const shutdowns = screen.getByRole('region', { name: /Deprecations and shutdowns \(8\)/ });
    const conflicts = screen.getByRole('region', { name: /Conflicts \(2\)/ });
    // A conflict has no accept box until a side is chosen.
    expect(within(conflicts).queryAllByRole('checkbox')).toHaveLength(0);

    const gpt4 = within(shutdowns).getByRole('checkbox', { name: /Accept: GPT-4: retired/ });
    const o1 = within(shutdowns).getByRole('checkbox', { name: /Accept: OpenAI o1 .*: retired/ });
    await user.click(gpt4);
    await user.click(o1);
    const selection = await screen.findByRole('table', { name: /If you accept the selected rows/ });
    const delta = within(selection).getByTestId('delta-openai').textContent;
    expect(delta).toMatch(/^[+-]?\d+\.\d$/);

    await user.click(screen.getByRole('button', { name: 'Accept 2 rows as one change set' }));
    expect(
      await screen.findByRole('heading', { name: /Accepted 2 rows as change set/ }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('delta-openai').textContent).toBe(delta);
    const records = changeSetRecords();
    expect(records).toHaveLength(1);
    expect(records[0]?.changes.map((c) => `${c.kind} ${c.entity}`)).toEqual([
      'create event',
      'correct model',
      'correct model',
    ]);
  });

  it('maps an unmatched record to a model and keeps the mapping for the next import', async () => {
    const { user } = renderApp('/data?view=import');
    await user.upload(
      await screen.findByLabelText(/Catalog file/),
      new File([feed], 'openai.json', { type: 'application/json' }),
    );
    await user.click(await screen.findByText(/unmatched records: map one/, {}, { timeout: 15000 }));
    await user.click(screen.getByRole('button', { name: 'Map o1-preview to a model' }));
    await user.selectOptions(screen.getByLabelText('Model for o1-preview'), 'o1');
    await user.click(screen.getByRole('button', { name: 'Map and import again' }));
    await waitFor(() => expect(useCurationStore.getState().aliases['o1-preview']).toBe('o1'));
    expect(changeSetRecords()).toHaveLength(0);
  });

  it('refuses a file that is not JSON or not a catalog with a clear message, and changes nothing', async () => {
    const { user } = renderApp('/data?view=import');
    const input = await screen.findByLabelText(/Catalog file/);
    await user.upload(
      input,
      new File(['{"data": [1, 2'], 'broken.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(/broken\.json: .*JSON.*Nothing was changed\./),
    ).toBeInTheDocument();
    await user.upload(
      input,
      new File(['{"hello": "world"}'], 'other.json', { type: 'application/json' }),
    );
    expect(await screen.findByText(/other\.json: .*Nothing was changed\./)).toBeInTheDocument();
    // A 20 MB file is refused from its size, before it is read.
    await user.upload(
      input,
      new File(['x'.repeat(20_000_000)], 'huge.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(/huge\.json is 20 MB; the importer reads files of up to 10 MB/),
    ).toBeInTheDocument();
    expect(changeSetRecords()).toHaveLength(0);
  });
});

describe('Data page: export, import and reset', () => {
  it('resets to the compiled data only after a confirmation that offers an export first', async () => {
    const accepted = await submitChangeSet(
      {
        baseVersion: 0,
        author: 'Ana Analyst',
        note: '',
        changes: [
          {
            kind: 'correct',
            entity: 'provider',
            id: 'mistral',
            fields: { hqCity: 'Paris' },
            sources: [{ url: 'https://mistral.ai/about', label: null }],
            confidence: 'verified',
          },
        ],
      },
      10,
    );
    expect(accepted.status).toBe(201);
    const { user } = renderApp('/data?view=transfer');
    await user.click(await screen.findByRole('button', { name: 'Reset to the compiled data…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('This removes 1 change set from this browser');
    expect(
      within(dialog).getByRole('button', { name: 'Export the change log first' }),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(changeSetRecords()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Reset to the compiled data…' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', {
        name: 'Reset to the compiled data',
      }),
    );
    expect(
      await screen.findByText('Reset to the compiled data: 1 change set removed.'),
    ).toBeInTheDocument();
    expect(changeSetRecords()).toHaveLength(0);
    expect(await metaRevision()).toBe(0);
  });

  it('refuses a change-log file that is not one, and changes nothing', async () => {
    const { user } = renderApp('/data?view=transfer');
    await user.upload(
      await screen.findByLabelText('Change log file (JSON)'),
      new File(['{"format": "something-else"}'], 'log.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(/log\.json: The file is not a change log exported from this app/),
    ).toBeInTheDocument();
    expect(changeSetRecords()).toHaveLength(0);
  });
});
