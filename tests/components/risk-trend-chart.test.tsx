import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { OpennessScoreChart } from '@/components/charts/openness-score-chart';
import {
  tierSampleDates,
  toOpennessProfileView,
} from '@/components/charts/openness-profile-view-model';
import { RiskTrendChart } from '@/components/charts/risk-trend-chart';
import { providerOpennessProfile } from '@/domain/openness/provider-openness-profile';
import { RiskTrendTables } from '@/components/charts/risk-trend-tables';
import {
  toRiskTrendView,
  trendSampleDays,
  type RiskTrendView,
} from '@/components/charts/risk-trend-view-model';
import { formatDay, formatScore } from '@/components/format';
import { eventImpacts } from '@/domain/risk/event-impacts';
import { createRiskContext } from '@/domain/risk/risk-context';
import { riskTrend } from '@/domain/risk/risk-trend';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { defaultTrendProviders, toRiskRanking } from '@/features/overview/overview-view-model';

const ctx = createRiskContext(dataset);
const S = DEFAULT_RISK_SETTINGS;
const FROM = '2023-01-01';
const AS_OF = '2026-11-26';

/** The trend view the pages build for these providers. */
function trendView(providerIds: string[]): RiskTrendView {
  const impacts = eventImpacts(ctx, S, { from: FROM, to: AS_OF, providerIds });
  return toRiskTrendView({
    trends: riskTrend(ctx, S, FROM, AS_OF, providerIds, {
      extraDays: trendSampleDays(impacts, FROM, AS_OF),
    }),
    impacts,
    events: dataset.events,
    providers: dataset.providers,
    allProviderIds: dataset.providers.map((p) => p.id),
    fromIso: FROM,
    toIso: AS_OF,
  });
}

/**
 * What the tooltip should say for row `i`: its date, then every provider's value that day, read
 * from the view model's row (every provider is sampled on every day of the chart).
 */
function expectedLines(view: RiskTrendView, i: number): { title: string; values: string[] } {
  const row = view.rows[i];
  if (!row) throw new Error(`no row ${i}`);
  return {
    title: formatDay(row.date),
    values: view.series.map((s) => {
      const risk = row.risks[s.providerId];
      if (risk === undefined) throw new Error(`${s.name} not sampled on ${row.date}`);
      return `${s.name} ${formatScore(risk)}`;
    }),
  };
}

function tooltipText(container: HTMLElement): { title: string; text: string } | null {
  const tip = container.querySelector('.chart-tooltip');
  if (!tip) return null;
  return {
    title: tip.querySelector('.chart-tooltip__title')?.textContent ?? '',
    text: tip.textContent ?? '',
  };
}

/**
 * Walks the chart's keyboard focus (Recharts' active index) from the first point to the last and
 * checks at each step that the tooltip names the date and values of the same row of the view.
 */
async function walkAxis(view: RiskTrendView, label: string) {
  const { container } = render(
    <>
      <RiskTrendChart view={view} label={label} />
      <RiskTrendTables view={view} />
    </>,
  );
  // The table alternative: one row per point of the chart, in the same order.
  const pointRows = within(
    screen.getByRole('table', { name: /Platform risk at every point of the chart/ }),
  )
    .getAllByRole('row')
    .slice(1);
  expect(pointRows).toHaveLength(view.rows.length);
  const surface = await waitFor(() => {
    const s = container.querySelector<SVGElement>('.recharts-surface[tabindex="0"]');
    if (!s) throw new Error('no focusable chart surface');
    return s;
  });
  surface.focus();
  fireEvent.focus(surface);
  const mismatches: string[] = [];
  for (let i = 0; i < view.rows.length; i++) {
    const want = expectedLines(view, i);
    const got = await waitFor(() => {
      const t = tooltipText(container);
      if (!t || t.title !== want.title) throw new Error(`step ${i}: tooltip ${t?.title ?? 'none'}`);
      return t;
    }).catch(() => tooltipText(container));
    if (!got || got.title !== want.title) {
      mismatches.push(`step ${i}: want ${want.title}, got ${got?.title ?? 'no tooltip'}`);
    } else {
      for (const v of want.values)
        if (!got.text.includes(v))
          mismatches.push(`step ${i} (${want.title}): missing “${v}” in “${got.text}”`);
    }
    // The table's row i names the same day and the same values.
    const cells = pointRows[i]?.querySelectorAll('th, td') ?? [];
    const tableRow = [...cells].map((c) => c.textContent ?? '');
    if (tableRow[0] !== want.title)
      mismatches.push(`table row ${i}: ${tableRow[0]} ≠ ${want.title}`);
    view.series.forEach((s, k) => {
      const cell = `${s.name} ${tableRow[k + 1] ?? ''}`;
      if (!want.values.includes(cell))
        mismatches.push(`table row ${i}: ${cell} not in ${want.values.join(', ')}`);
    });
    if (mismatches.length > 5) break;
    fireEvent.keyDown(surface, { key: 'ArrowRight' });
  }
  expect(mismatches).toEqual([]);
  return { container, surface };
}

describe('risk trend chart: tooltip and keyboard agree with the view model at every point', () => {
  it("Meta's trend (provider page): every step of the axis shows that point's date and value", async () => {
    const view = trendView(['meta']);
    expect(view.rows.length).toBeGreaterThan(40);
    await walkAxis(view, "Meta's platform risk over time");
  }, 60_000);

  it('the Overview trend (top three and Meta): every step shows that day and every provider sampled on it', async () => {
    const ranking = toRiskRanking(scoreProviders(ctx, AS_OF, S), dataset.providers);
    const view = trendView(defaultTrendProviders(ranking));
    expect(view.series.length).toBe(4);
    await walkAxis(view, 'Platform risk over time');
  }, 60_000);
});

describe('openness score chart: tooltip and keyboard agree with the view model at every release', () => {
  it("Meta's releases: every step of the axis names that release, its date and score", async () => {
    const own = dataset.models.filter((m) => m.providerId === 'meta');
    const first = own.reduce((min, m) => (m.release.date < min ? m.release.date : min), AS_OF);
    const view = toOpennessProfileView(
      providerOpennessProfile(own, 'meta', AS_OF, tierSampleDates(first, AS_OF)),
      FROM,
      AS_OF,
    );
    expect(view.breaks.length).toBeGreaterThan(0);
    const { container } = render(<OpennessScoreChart view={view} label="Meta's releases" />);
    const surface = await waitFor(() => {
      const s = container.querySelector<SVGElement>('.recharts-surface[tabindex="0"]');
      if (!s) throw new Error('no focusable chart surface');
      return s;
    });
    surface.focus();
    fireEvent.focus(surface);
    const mismatches: string[] = [];
    for (const [i, p] of view.points.entries()) {
      const want = `${p.name} · ${p.dateLabel}`;
      const got = await waitFor(() => {
        const t = tooltipText(container);
        if (!t || t.title !== want) throw new Error(`step ${i}`);
        return t;
      }).catch(() => tooltipText(container));
      if (got?.title !== want) mismatches.push(`step ${i}: want ${want}, got ${got?.title ?? 'none'}`);
      else if (!got.text.includes(`Score ${p.scoreLabel}`)) mismatches.push(`step ${i}: no score ${p.scoreLabel}`);
      if (mismatches.length > 3) break;
      fireEvent.keyDown(surface, { key: 'ArrowRight' });
    }
    expect(mismatches).toEqual([]);
  }, 60_000);
});
