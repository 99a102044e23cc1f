import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { formatScore, formatSigned } from '@/components/format';
import { DEFAULT_RULES, type AlertRule } from '@/domain/alerts/alert-rules';
import type { Change } from '@/domain/schema/change';
import { submitChangeSet } from '@mocks/change-log/change-log-service';
import { eventImpacts } from '@/domain/risk/event-impacts';
import { createRiskContext } from '@/domain/risk/risk-context';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { useInboxStore } from '@/stores/inbox-store';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { useReviewStore } from '@/stores/review-store';
import { useRulesStore } from '@/stores/rules-store';
import { useWatchlistStore } from '@/stores/watchlist-store';
import { metaClosesFlagship } from '../fixtures/late-facts';
import { renderApp } from '../render';

const REVIEW = {
  id: 'r1',
  date: '2026-03-01',
  name: 'Q1 board',
  recordedAt: '2026-03-01T09:00:00.000Z',
};
const TODAY = '2026-11-26';
const metaRise: AlertRule = {
  id: 'meta-rise',
  name: 'Meta rises by 10 or more within 30 days',
  kind: 'score-change',
  direction: 'rise',
  points: 10,
  days: 30,
  scope: 'watchlist',
  enabled: true,
  builtIn: false,
};

beforeEach(() => {
  useInboxStore.setState({
    notifications: [],
    lastSnooze: { kind: 'days', days: 7 },
    restoreNotice: null,
  });
  useReviewStore.setState({ reviews: [REVIEW], restoreNotice: null });
  useRulesStore.setState({ rules: [metaRise], restoreNotice: null });
  useWatchlistStore.setState({ providerIds: ['meta'], modelIds: [], restoreNotice: null });
  usePortfolioStore.setState({ dependencies: [], restoreNotice: null });
});

const unread = () => screen.getByTestId('unread-count');

describe('Changes page', () => {
  it('scores "then" on the data as known at the review: a fact recorded after it moves "now" only', async () => {
    const late = [
      metaClosesFlagship(
        'meta-2026-02-20-closed-test',
        '2026-02-20',
        'Dated before the review, recorded after it.',
      ),
    ];
    const admission = await submitChangeSet(
      { baseVersion: 0, author: 'Ana Analyst', note: 'late fact', changes: late },
      100,
    );
    expect(admission.status).toBe(201);
    renderApp(`/changes?today=${TODAY}`);
    const table = await screen.findByRole(
      'table',
      { name: 'Platform risk at the review and now' },
      { timeout: 30_000 },
    );
    await within(table).findByRole('columnheader', { name: 'Then (as known on Mar 1, 2026)' });
    const compiled = createRiskContext(dataset);
    const [then] = scoreProviders(compiled, REVIEW.date, DEFAULT_RISK_SETTINGS, {
      explain: false,
      providerIds: ['meta'],
    });
    const row = screen.getByTestId('delta-meta').closest('tr') as HTMLElement;
    const cells = within(row).getAllByRole('cell');
    // "Then" is the compiled data's score: the late fact is not in it.
    expect(cells[0]).toHaveTextContent(formatScore(then?.risk ?? null));
    expect(screen.getByText(/“Then” reads the data as known when you reviewed/)).toBeVisible();
  }, 60_000);
  it("lists Muse Spark with Meta's ΔR equal to the engine's since a review on 2026-03-01", async () => {
    const { user } = renderApp(`/changes?today=${TODAY}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'What changed' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Since your review Q1 board \(2026-03-01\), as of Nov 26, 2026\./),
    ).toBeInTheDocument();
    const ctx = createRiskContext(dataset);
    const [then] = scoreProviders(ctx, REVIEW.date, DEFAULT_RISK_SETTINGS, {
      explain: false,
      providerIds: ['meta'],
    });
    const [now] = scoreProviders(ctx, TODAY, DEFAULT_RISK_SETTINGS, {
      explain: false,
      providerIds: ['meta'],
    });
    const expected = formatSigned((now?.risk ?? NaN) - (then?.risk ?? NaN));
    expect(await screen.findByTestId('delta-meta')).toHaveTextContent(expected);
    const row = screen.getByTestId('delta-meta').closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText(/B → C/)).toBeInTheDocument();
    // Meta's move is the largest, so its row comes first.
    const table = screen.getByRole('table', { name: 'Platform risk at the review and now' });
    expect(within(table).getAllByRole('row')[1]).toBe(row);

    const events = screen.getByRole('region', { name: /New events/ });
    // The newest three show first; the rest unfold.
    await user.click(within(events).getByRole('button', { name: /^Show \d+ more$/ }));
    expect(
      within(events).getByRole('link', { name: 'Meta launches closed-weight Muse Spark' }),
    ).toHaveAttribute('href', `/timeline?today=${TODAY}&event=meta-2026-04-08-muse-spark`);
    // The line explains the score change: Meta's ΔR on the event's date, as the engine has it.
    const [impact] = eventImpacts(ctx, DEFAULT_RISK_SETTINGS, {
      eventIds: ['meta-2026-04-08-muse-spark'],
      providerIds: ['meta'],
    });
    expect(within(events).getByTestId('impact-meta-2026-04-08-muse-spark')).toHaveTextContent(
      `ΔR on its date: Meta ${formatSigned(typeof impact?.delta === 'number' ? impact.delta : NaN)}`,
    );
    const moves = screen.getByRole('region', { name: /Openness moves/ });
    expect(within(moves).getByRole('link', { name: 'Muse Spark' })).toBeInTheDocument();
    expect(within(moves).getByText(/toward closed/)).toBeInTheDocument();
  });

  it('fires the rule "Meta rises by 10 or more within 30 days" exactly once, and it opens onto its evidence', async () => {
    const { user } = renderApp(`/changes?today=${TODAY}`);
    await waitFor(() => expect(useInboxStore.getState().notifications).toHaveLength(1));
    expect(unread()).toHaveTextContent('1');
    const [n] = useInboxStore.getState().notifications;
    expect(n).toMatchObject({
      ruleId: 'meta-rise',
      providerId: 'meta',
      date: '2026-04-08',
      eventIds: ['meta-2026-04-08-muse-spark'],
    });

    // Evaluated again (a star added, the rules stored again): still one notification.
    await user.click(
      await screen.findByRole('button', { name: 'Mark as reviewed (Nov 26, 2026)' }),
    );
    useRulesStore.setState({ rules: [{ ...metaRise }] });
    useWatchlistStore.getState().providerToggled('openai');
    await new Promise((r) => setTimeout(r, 50));
    expect(useInboxStore.getState().notifications).toHaveLength(1);

    const inbox = screen.getByRole('region', { name: 'Inbox' });
    await user.click(within(inbox).getByText(/Meta: platform risk rose .* points within 30 days/));
    await waitFor(() => expect(unread()).toHaveTextContent('0'));
    expect(
      within(inbox).getByRole('link', { name: 'Event: Meta launches closed-weight Muse Spark' }),
    ).toBeInTheDocument();
    expect(within(inbox).getByRole('link', { name: 'Score explanation: Meta' })).toHaveAttribute(
      'href',
      `/providers/meta?today=${TODAY}&asOf=2026-04-08`,
    );
    expect(
      within(inbox).getAllByRole('link', { name: /opens in a new tab/ }).length,
    ).toBeGreaterThan(0);
  });

  it('evaluates the rules in a long idle period, not in a short gap between a large page’s slices', async () => {
    // The browser's idle callbacks, run by hand: first a 4 ms gap (a page building its rows in
    // slices), then a long idle period.
    const waiting = new Map<number, IdleRequestCallback>();
    let next = 1;
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => {
      waiting.set(next, cb);
      return next++;
    });
    vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const idle = (ms: number) => {
      const due = [...waiting.values()];
      waiting.clear();
      for (const cb of due) cb({ didTimeout: false, timeRemaining: () => ms } as IdleDeadline);
    };
    renderApp(`/changes?today=${TODAY}`);
    await screen.findByRole('region', { name: /Openness moves/ });
    // Short gaps only: the rules are not evaluated, and the runner keeps asking.
    for (let i = 0; i < 5; i++) {
      await waitFor(() => expect(waiting.size).toBeGreaterThan(0));
      idle(4);
    }
    expect(useInboxStore.getState().notifications).toHaveLength(0);
    expect(waiting.size).toBeGreaterThan(0);
    idle(49);
    expect(useInboxStore.getState().notifications).toHaveLength(1);
  });

  it('snoozes a notification for the chosen time, or until a chosen day, and offers that choice next', async () => {
    const { user } = renderApp(`/changes?today=${TODAY}`);
    await waitFor(() => expect(unread()).toHaveTextContent('1'));
    const inbox = await screen.findByRole('region', { name: 'Inbox' });
    await user.click(
      await within(inbox).findByText(/Meta: platform risk rose .* points within 30 days/),
    );
    const snooze = within(inbox).getByRole('form', { name: /^Snooze Meta/ });
    // A day that is not after today is refused beside the date field.
    await user.selectOptions(within(snooze).getByLabelText('Snooze for'), 'Until a date');
    const date = within(snooze).getByLabelText('Snooze until');
    await user.clear(date);
    await user.type(date, TODAY);
    await user.click(within(snooze).getByRole('button', { name: 'Snooze' }));
    expect(within(snooze).getByText('Choose a day after Nov 26, 2026.')).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(useInboxStore.getState().notifications[0]?.state).toBe('read');

    await user.clear(date);
    await user.type(date, '2027-01-15');
    await user.click(within(snooze).getByRole('button', { name: 'Snooze' }));
    expect(useInboxStore.getState().notifications[0]).toMatchObject({
      state: 'snoozed',
      snoozedUntil: '2027-01-15',
    });
    expect(useInboxStore.getState().lastSnooze).toEqual({ kind: 'until', date: '2027-01-15' });
    expect(await within(inbox).findByText('Snoozed until Jan 15, 2027.')).toBeInTheDocument();

    // 30 days from today, chosen from the list.
    await user.selectOptions(within(snooze).getByLabelText('Snooze for'), '30 days');
    await user.click(within(snooze).getByRole('button', { name: 'Snooze' }));
    expect(useInboxStore.getState().notifications[0]?.snoozedUntil).toBe('2026-12-26');
    expect(useInboxStore.getState().lastSnooze).toEqual({ kind: 'days', days: 30 });
  });

  it('edits a rule in place, refusing a number beside its field', async () => {
    const { user } = renderApp(`/changes?today=${TODAY}`);
    const rules = await screen.findByRole('region', { name: 'Alert rules' });
    await user.click(
      await within(rules).findByRole('button', {
        name: 'Edit Meta rises by 10 or more within 30 days',
      }),
    );
    const form = within(rules).getByRole('form', {
      name: 'Edit “Meta rises by 10 or more within 30 days”',
    });
    const points = within(form).getByLabelText('Points');
    expect(points).toHaveValue(10);
    expect(within(form).getByLabelText('Within days')).toHaveValue(30);
    await user.clear(points);
    await user.type(points, '0');
    await user.click(within(form).getByRole('button', { name: 'Save rule' }));
    expect(points).toHaveAccessibleDescription('Enter points above 0, at most 100.');
    expect(points).toHaveAttribute('aria-invalid', 'true');
    expect(useRulesStore.getState().rules[0]).toMatchObject({ points: 10 });

    await user.clear(points);
    await user.type(points, '25');
    const days = within(form).getByLabelText('Within days');
    await user.clear(days);
    await user.type(days, '60');
    const name = within(form).getByLabelText('Rule name');
    await user.clear(name);
    await user.type(name, 'Meta rises by 25 within 60 days');
    await user.click(within(form).getByRole('button', { name: 'Save rule' }));
    expect(useRulesStore.getState().rules).toEqual([
      { ...metaRise, name: 'Meta rises by 25 within 60 days', points: 25, days: 60 },
    ]);
    expect(within(rules).queryByRole('form', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(
      within(rules).getByText(/Platform risk rises by 25 or more within 60 days/),
    ).toBeInTheDocument();
  });

  it('records a named review and narrows the page to the watchlist', async () => {
    useReviewStore.setState({ reviews: [] });
    const { user } = renderApp(`/changes?today=${TODAY}`);
    expect(
      await screen.findByText(/No review yet: the 90 days to Nov 26, 2026/),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Review name (optional)'), 'Q4 board');
    await user.click(screen.getByRole('button', { name: 'Mark as reviewed (Nov 26, 2026)' }));
    expect(useReviewStore.getState().reviews.map((r) => [r.date, r.name])).toEqual([
      [TODAY, 'Q4 board'],
    ]);
    expect(
      await screen.findByText(/Since your review Q4 board \(2026-11-26\)/),
    ).toBeInTheDocument();

    useReviewStore.setState({ reviews: [REVIEW, ...useReviewStore.getState().reviews] });
    await screen.findByRole('option', { name: 'Q1 board (2026-03-01)' });
    await user.selectOptions(screen.getByLabelText('Compare with'), 'Q1 board (2026-03-01)');
    expect(await screen.findByTestId('delta-meta')).toBeInTheDocument();
    expect(screen.getByTestId('delta-cohere')).toBeInTheDocument();
    await user.click(screen.getByLabelText(/Watchlist only/));
    await waitFor(() => expect(screen.queryByTestId('delta-cohere')).not.toBeInTheDocument());
    expect(screen.getByTestId('delta-meta')).toBeInTheDocument();
  });

  it('with an empty watchlist, "Watchlist only" filters nothing and says where to star', async () => {
    useReviewStore.setState({ reviews: [REVIEW] });
    useWatchlistStore.setState({ providerIds: [], modelIds: [] });
    renderApp(`/changes?today=${TODAY}&watch=1`);
    expect(
      await screen.findByTestId('delta-meta', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('delta-cohere')).toBeInTheDocument();
    expect(screen.getByText(/the watchlist is empty/)).toBeVisible();
  });
});

describe('the retirement clock', () => {
  const sources = [
    {
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html',
      label: 'Bedrock model lifecycle',
    },
  ];
  const bedrock: Change[] = [
    {
      kind: 'correct',
      entity: 'model',
      id: 'claude-3.7-sonnet',
      asOf: { date: '2026-07-30', precision: 'day' },
      status: {
        status: 'retired',
        channel: 'bedrock',
        announced: { date: '2026-01-30', precision: 'day' },
        replacement: { modelId: null, name: 'Claude Sonnet 4.5' },
        eventId: null,
      },
      sources,
      confidence: 'recalled',
    },
  ];

  it('shows the clock on the dependency’s channel and each reminder once as today moves past its day', async () => {
    const admission = await submitChangeSet(
      { baseVersion: 0, author: 'Ana Analyst', note: 'Bedrock dates', changes: bedrock },
      100,
    );
    expect(admission.status).toBe(201);
    useReviewStore.setState({ reviews: [] });
    useRulesStore.setState({ rules: [...DEFAULT_RULES] });
    useWatchlistStore.setState({ providerIds: [], modelIds: [] });
    usePortfolioStore.setState({
      dependencies: [
        {
          id: 'd1',
          workload: 'Claims triage',
          modelId: 'claude-3.7-sonnet',
          criticality: 'high',
          share: 1,
          deployment: 'cloud-marketplace',
          channel: 'bedrock',
          notes: '',
        },
        {
          id: 'd2',
          workload: 'Chat',
          modelId: 'gpt-4o',
          criticality: 'low',
          share: 1,
          deployment: 'vendor-api',
          notes: '',
        },
      ],
    });
    const first = renderApp('/portfolio?today=2026-07-10');
    const table = await screen.findByRole('table', { name: /Your AI dependencies/ });
    const rows = await within(table).findAllByRole('row');
    // Sorted by urgency: the Bedrock shutdown first.
    expect(rows[1]).toHaveTextContent('Claims triage');
    expect(rows[1]).toHaveTextContent('Safe until Jul 30, 2026 on Amazon Bedrock: 20 days left');
    expect(rows[1]).toHaveTextContent(
      'Replacement: Claude Sonnet 4.5. notice given 181 days (announced Jan 30, 2026)',
    );
    expect(rows[2]).toHaveTextContent(/No retirement scheduled on The provider's own API as of/);

    const reminders = () =>
      useInboxStore
        .getState()
        .notifications.filter((n) => n.ruleId === 'default-lifecycle')
        .map((n) => n.date)
        .sort();
    await waitFor(() => expect(reminders()).toEqual(['2026-05-01', '2026-06-30']));
    first.unmount();

    // A later day: the 7-day reminder joins; the two before are not made again.
    renderApp('/portfolio?today=2026-07-25');
    await screen.findByRole('table', { name: /Your AI dependencies/ });
    await waitFor(() => expect(reminders()).toEqual(['2026-05-01', '2026-06-30', '2026-07-23']));
    await new Promise((r) => setTimeout(r, 50));
    expect(reminders()).toEqual(['2026-05-01', '2026-06-30', '2026-07-23']);
  });
});
