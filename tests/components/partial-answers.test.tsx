import { screen, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SLOW_AFTER_MS, setSlowAnswerAfter } from '@/app/slow-answer-notice';
import { setMockControls, type Endpoint, type FaultKind } from '@mocks/controls';
import { renderApp } from '../render';

const fault = (kind: FaultKind, endpoint: Endpoint, once = false) =>
  setMockControls({ faults: [{ kind, once, endpoint }] });

describe('answers that fail or contradict the data set', () => {
  it('does not score on an empty events answer: the Overview says the answers disagree', async () => {
    fault('empty', 'events', true);
    const { user } = renderApp('/?today=2026-11-26');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('the events list holds 0 events, but the data set says it has 113 events');
    expect(screen.queryByRole('table', { name: /ranked/i })).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect((await screen.findAllByRole('link', { name: 'Anthropic' }, { timeout: 10_000 })).length).toBeGreaterThan(0);
  });

  it('does not load the timeline forever on an empty events answer', async () => {
    fault('empty', 'events');
    renderApp('/timeline?today=2026-11-26');
    expect(await screen.findByRole('alert')).toHaveTextContent('the events list holds 0 events');
    expect(screen.queryByText('Loading the timeline')).not.toBeInTheDocument();
  });

  it('names a failed providers answer on a model page, and still shows the model', async () => {
    fault('500', 'providers');
    renderApp('/models/llama-3.1?today=2026-11-26');
    expect(await screen.findByRole('heading', { level: 1, name: /Llama 3\.1/ })).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Provider names could not be loaded' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('names a failed providers answer on Settings, which keeps working', async () => {
    fault('500', 'providers');
    renderApp('/settings');
    expect(await screen.findByRole('heading', { name: 'Provider countries could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });

  it('says in the top bar when the data set details failed, and Retry fetches them', async () => {
    fault('500', 'meta');
    const { user } = renderApp('/providers');
    await screen.findByText(/data set’s details .* could not be loaded/);
    await screen.findByRole('link', { name: 'Meta' });
    // Still said once the page has drawn (found again: the frame may have re-rendered it).
    const topbarError = screen.getByText(/data set’s details .* could not be loaded/);
    setMockControls({ faults: [] });
    await user.click(within(topbarError).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/data set .*compiled/)).toBeInTheDocument();
  });
});

describe('a slow answer', () => {
  it('is named within seconds, and Retry now asks again', async () => {
    // The notice's delay (SLOW_AFTER_MS, 4 s) shortened, as other tests shorten the timeout.
    setSlowAnswerAfter(1500);
    onTestFinished(() => setSlowAnswerAfter(SLOW_AFTER_MS));
    fault('timeout', 'providers', true);
    const { user } = renderApp('/providers');
    const notice = await screen.findByRole('status', { name: 'Slow answer' });
    expect(notice).toHaveTextContent('taking longer than usual');
    await user.click(within(notice).getByRole('button', { name: 'Retry now' }));
    expect(await screen.findByRole('link', { name: 'Meta' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Slow answer' })).not.toBeInTheDocument();
  });
});
