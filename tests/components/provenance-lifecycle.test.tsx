import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Change } from '@/domain/schema/change';
import { submitChangeSet } from '@mocks/change-log/change-log-service';
import { renderApp } from '../render';

const BEDROCK = 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html';
const sources = [{ url: BEDROCK, label: 'Bedrock model lifecycle' }];

const bedrockSteps: Change[] = [
  {
    kind: 'correct',
    entity: 'model',
    id: 'claude-3.7-sonnet',
    asOf: { date: '2026-01-30', precision: 'day' },
    status: { status: 'deprecated', channel: 'bedrock', eventId: null },
    sources,
    confidence: 'recalled',
  },
  {
    kind: 'correct',
    entity: 'model',
    id: 'claude-3.7-sonnet',
    asOf: { date: '2026-07-30', precision: 'day' },
    status: {
      status: 'retired',
      channel: 'bedrock',
      announced: { date: '2026-01-30', precision: 'day' },
      eventId: null,
    },
    sources,
    confidence: 'recalled',
  },
];

async function accept(changes: Change[]): Promise<string> {
  const admission = await submitChangeSet(
    { baseVersion: 0, author: 'Ana Analyst', note: 'Bedrock dates', changes },
    100,
  );
  if (admission.status !== 201) throw new Error(`not accepted: ${JSON.stringify(admission)}`);
  return admission.record.id;
}

describe('provenance and lifecycles per channel', () => {
  it('marks a changed model and shows its status per channel, the own API and Bedrock apart', async () => {
    const id = await accept(bedrockSteps);
    const { user } = renderApp('/models/claude-3.7-sonnet?today=2026-03-01');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Claude 3.7 Sonnet' }),
    ).toBeInTheDocument();
    await user.click(screen.getByText('Changed since compile'));
    const details = screen.getByText(/Recorded on .* by Ana Analyst, in change set/);
    expect(details).toHaveTextContent(id);
    expect(
      within(details).getByRole('link', { name: 'See its changes in the change log' }),
    ).toHaveAttribute('href', '/data?record=model%3Aclaude-3.7-sonnet');

    const table = screen.getByRole('table', { name: 'Claude 3.7 Sonnet: status per channel' });
    const own = within(table).getByRole('row', { name: /provider's own API/ });
    expect(own).toHaveTextContent(/Retired since/);
    const bedrock = within(table).getByRole('row', { name: /Amazon Bedrock/ });
    expect(bedrock).toHaveTextContent(/Deprecated since/);
    expect(bedrock).toHaveTextContent(/Jul 30, 2026|30 Jul 2026/);
  });

  it('lists the per-channel steps on the provider page', async () => {
    await accept(bedrockSteps);
    renderApp('/providers/anthropic?today=2026-03-01');
    const section = await screen.findByRole('region', { name: 'Lifecycles per channel' });
    const row = within(section).getByRole('row', { name: /Claude 3.7 Sonnet Amazon Bedrock/ });
    expect(row).toHaveTextContent('Deprecated');
  });

  it('marks the changed model’s row in the catalog, one click from its changes', async () => {
    await accept(bedrockSteps);
    renderApp('/models?q=claude%203.7');
    await screen.findByRole('link', { name: 'Claude 3.7 Sonnet' }, { timeout: 10000 });
    const changed = await screen.findByRole('link', {
      name: /^Changed since compile, by Ana Analyst/,
    });
    expect(changed).toHaveAttribute('href', '/data?record=model%3Aclaude-3.7-sonnet');
  });

  it('marks a changed event in the timeline panel', async () => {
    await accept([
      {
        kind: 'correct',
        entity: 'event',
        id: 'meta-2026-04-08-muse-spark',
        fields: { notes: 'Checked again against the launch post.' },
        sources: [{ url: 'https://ai.meta.com/blog/', label: null }],
        confidence: 'verified',
      },
    ]);
    renderApp('/timeline?today=2026-11-26&event=meta-2026-04-08-muse-spark');
    const panel = await screen.findByRole('region', {
      name: 'Meta launches closed-weight Muse Spark',
    });
    expect(within(panel).getByText('Changed since compile')).toBeInTheDocument();
  });
});
