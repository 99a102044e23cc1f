import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { toRiskTrendView, trendSampleDays } from '@/components/charts/risk-trend-view-model';
import { eventImpacts } from '@/domain/risk/event-impacts';
import { createRiskContext } from '@/domain/risk/risk-context';
import { riskTrend } from '@/domain/risk/risk-trend';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { defaultTrendProviders, toRiskRanking } from '@/features/overview/overview-view-model';
import {
  boxesOverlap,
  horizontalReach,
  lineHitsBox,
  placeLabels,
  type Box,
  type LabelRequest,
  type Placement,
  type PlacementOptions,
  type Point,
  type SeriesLine,
} from '@/lib/chart-label-placement';
import { fcRuns } from '../fc-runs';

const BOUNDS: Box = { x: 40, y: 10, width: 900, height: 280 };
const R = 7;
const GAP = 6;

/** Every rule a placement must keep, as a list of broken ones (empty when all hold). */
function broken(
  requests: readonly LabelRequest[],
  options: PlacementOptions,
  result: Placement,
): string[] {
  const out: string[] = [];
  const byId = new Map(requests.map((r) => [r.id, r]));
  const b = options.bounds;
  expect(result.placed.length + result.dropped.length).toBe(requests.length);
  result.placed.forEach((p, i) => {
    const req = byId.get(p.id);
    if (!req) throw new Error(`unknown label ${p.id}`);
    const box = p.box;
    if (
      box.x < b.x - 1e-6 ||
      box.y < b.y - 1e-6 ||
      box.x + box.width > b.x + b.width + 1e-6 ||
      box.y + box.height > b.y + b.height + 1e-6
    )
      out.push(`${p.id} leaves the plot area`);
    if (horizontalReach(req.at, box) > R + GAP + 1e-6)
      out.push(`${p.id} sits ${horizontalReach(req.at, box)} px beside its marker`);
    if (Math.abs(box.width - req.width) > 1e-9 || Math.abs(box.height - req.height) > 1e-9)
      out.push(`${p.id} resized`);
    for (const q of result.placed.slice(i + 1))
      if (boxesOverlap(box, q.box)) out.push(`${p.id} overlaps ${q.id}`);
    for (const l of options.lines)
      if (l.series !== req.series && lineHitsBox(l, box))
        out.push(`${p.id} crosses the line of ${l.series}`);
    for (const m of options.markers)
      if (boxesOverlap({ x: m.x - R, y: m.y - R, width: 2 * R, height: 2 * R }, box))
        out.push(`${p.id} covers the marker at ${m.x},${m.y}`);
  });
  return out;
}

describe('chart label placement', () => {
  it('puts a label right beside its marker, at its height, when nothing is in the way', () => {
    const at = { x: 300, y: 150 };
    const req: LabelRequest = { id: 'a', at, series: 's', width: 200, height: 16 };
    const { placed, dropped } = placeLabels([req], { bounds: BOUNDS, lines: [], markers: [at] });
    expect(dropped).toEqual([]);
    expect(placed[0]?.box).toEqual({ x: at.x + R + GAP, y: at.y - 8, width: 200, height: 16 });
    expect(placed[0]?.leader).toBeNull();
  });

  it('goes left of a marker near the right edge, and never leaves the plot area', () => {
    const at = { x: 930, y: 150 };
    const { placed } = placeLabels([{ id: 'a', at, series: 's', width: 200, height: 16 }], {
      bounds: BOUNDS,
      lines: [],
      markers: [at],
    });
    expect(placed[0]?.box.x).toBe(at.x - R - GAP - 200);
  });

  it('moves above or below, never across, another series’ line that runs beside the marker', () => {
    const at = { x: 300, y: 150 };
    // Another provider's line runs flat through the marker's height on both sides.
    const other: SeriesLine = {
      series: 'other',
      points: [
        { x: 40, y: 152 },
        { x: 940, y: 152 },
      ],
    };
    const req: LabelRequest = { id: 'a', at, series: 's', width: 200, height: 16 };
    const options = { bounds: BOUNDS, lines: [other], markers: [at] };
    const result = placeLabels([req], options);
    expect(broken([req], options, result)).toEqual([]);
    const box = result.placed[0]?.box;
    expect(box && (box.y + box.height <= 152 || box.y >= 152)).toBe(true);
  });

  it('keeps two labels of neighbouring markers apart, the larger move placed first and nearest', () => {
    const a = { x: 500, y: 150 };
    const b = { x: 510, y: 156 };
    const reqs: LabelRequest[] = [
      { id: 'big', at: a, series: 's', width: 220, height: 16 },
      { id: 'small', at: b, series: 't', width: 220, height: 16 },
    ];
    const options = { bounds: BOUNDS, lines: [], markers: [a, b] };
    const result = placeLabels(reqs, options);
    expect(result.placed.map((p) => p.id)).toEqual(['big', 'small']);
    expect(broken(reqs, options, result)).toEqual([]);
  });

  it('drops a label that has no free place near its marker rather than drawing it elsewhere', () => {
    const at = { x: 300, y: 150 };
    // A dense band of another series' zig-zag covers the whole plot area.
    const zigzag: Point[] = [];
    for (let x = 40; x <= 940; x += 6) zigzag.push({ x, y: zigzag.length % 2 === 0 ? 10 : 290 });
    const result = placeLabels([{ id: 'a', at, series: 's', width: 200, height: 16 }], {
      bounds: BOUNDS,
      lines: [{ series: 'other', points: zigzag }],
      markers: [at],
    });
    expect(result).toEqual({ placed: [], dropped: ['a'] });
  });

  it('property: placed labels stay in the plot, beside their marker, apart, off other lines and off every marker', () => {
    const point = fc.record({
      x: fc.integer({ min: 40, max: 940 }),
      y: fc.integer({ min: 10, max: 290 }),
    });
    const arb = fc.record({
      lines: fc.array(
        fc.record({
          series: fc.constantFrom('a', 'b', 'c'),
          points: fc.array(point, { minLength: 1, maxLength: 12 }),
        }),
        { maxLength: 4 },
      ),
      labels: fc.array(
        fc.record({
          at: point,
          series: fc.constantFrom('a', 'b', 'c'),
          width: fc.integer({ min: 20, max: 260 }),
        }),
        { maxLength: 6 },
      ),
      extraMarkers: fc.array(point, { maxLength: 6 }),
    });
    fc.assert(
      fc.property(arb, ({ lines, labels, extraMarkers }) => {
        const reqs = labels.map((l, i) => ({
          id: `l${i}`,
          at: l.at,
          series: l.series,
          width: l.width,
          height: 16,
        }));
        const options = {
          bounds: BOUNDS,
          lines: lines.map((l) => ({
            series: l.series,
            points: [...l.points].sort((p, q) => p.x - q.x),
          })),
          markers: [...labels.map((l) => l.at), ...extraMarkers],
        };
        expect(broken(reqs, options, placeLabels(reqs, options))).toEqual([]);
      }),
      fcRuns(500),
    );
  });

  it("on the Overview's trend (top three and Meta, 900 × 280 px) the Muse Spark label sits on its marker and every label keeps the rules", () => {
    const ctx = createRiskContext(dataset);
    const S = DEFAULT_RISK_SETTINGS;
    const asOf = '2026-11-26';
    const ids = defaultTrendProviders(
      toRiskRanking(scoreProviders(ctx, asOf, S), dataset.providers),
    );
    const impacts = eventImpacts(ctx, S, { from: '2023-01-01', to: asOf, providerIds: ids });
    const view = toRiskTrendView({
      trends: riskTrend(ctx, S, '2023-01-01', asOf, ids, {
        extraDays: trendSampleDays(impacts, '2023-01-01', asOf),
      }),
      impacts,
      events: dataset.events,
      providers: dataset.providers,
      allProviderIds: dataset.providers.map((p) => p.id),
      fromIso: '2023-01-01',
      toIso: asOf,
    });
    const [d0, d1] = view.domain;
    const px = (day: number, risk: number): Point => ({
      x: BOUNDS.x + ((day - d0) / (d1 - d0)) * BOUNDS.width,
      y: BOUNDS.y + BOUNDS.height - (risk / 100) * BOUNDS.height,
    });
    const lines = view.series.map((s) => ({
      series: s.providerId,
      points: s.points.flatMap((p) => (p.risk === null ? [] : [px(p.day, p.risk)])),
    }));
    const markers = view.markers.flatMap((m) =>
      m.risk === null ? [] : [{ m, at: px(m.day, m.risk) }],
    );
    const reqs = markers
      .filter(({ m }) => m.labelled)
      .map(({ m, at }) => ({ id: m.eventId, at, series: m.providerId, width: 280, height: 16 }));
    expect(reqs.map((r) => r.id)).toContain('meta-2026-04-08-muse-spark');
    const options = { bounds: BOUNDS, lines, markers: markers.map((m) => m.at) };
    const result = placeLabels(reqs, options);
    expect(broken(reqs, options, result)).toEqual([]);
    const muse = result.placed.find((p) => p.id === 'meta-2026-04-08-muse-spark');
    const museAt = reqs.find((r) => r.id === 'meta-2026-04-08-muse-spark')?.at;
    if (!muse || !museAt) throw new Error('Muse Spark label dropped');
    // About 8 months left of its marker before (some 170 px here); now beside it.
    expect(horizontalReach(museAt, muse.box)).toBeLessThanOrEqual(R + GAP);
  });
});
