// Where a chart's direct labels go: next to their marker, clear of every other label, of every
// marker and of the lines they do not belong to. Pure geometry in pixels (no DOM), so the rules
// are tested on their own (tests/unit/chart-label-placement.test.ts) and the chart only draws.

export interface Point {
  x: number;
  y: number;
}

/** A rectangle by its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The marker the label names, in pixels. */
  at: Point;
  /** The series (line) the label belongs to: it may touch that line, never another. */
  series: string;
  /** The label's size in pixels (an upper bound: the chart over-estimates its text's width). */
  width: number;
  height: number;
}

export interface SeriesLine {
  series: string;
  /** The line's vertices in pixels, in drawing order (a gap splits a line into several). */
  points: readonly Point[];
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** A short line from the marker to the label when the label sits away from it, else null. */
  leader: { from: Point; to: Point } | null;
}

export interface PlacementOptions {
  /** The plot area: a label stays inside it. */
  bounds: Box;
  lines: readonly SeriesLine[];
  /** Every marker on the chart (labelled or not): no label covers one. */
  markers: readonly Point[];
  /** Half the size of a marker's square (px). */
  markerRadius?: number;
  /** Space between a marker and its label (px). */
  gap?: number;
  /** How far above or below its marker a label may go (px) before it is left off. */
  maxOffset?: number;
}

export interface Placement {
  placed: PlacedLabel[];
  /** Labels with no free place near their marker: the tooltip and table still name them. */
  dropped: string[];
}

const EPS = 1e-9;

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return (
    a.x < b.x + b.width + pad &&
    b.x < a.x + a.width + pad &&
    a.y < b.y + b.height + pad &&
    b.y < a.y + a.height + pad
  );
}

function inside(p: Point, b: Box): boolean {
  return p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height;
}

function orient(a: Point, b: Point, c: Point): number {
  const v = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  return Math.abs(v) < EPS ? 0 : Math.sign(v);
}

function onSegment(a: Point, b: Point, p: Point): boolean {
  return (
    Math.min(a.x, b.x) - EPS <= p.x &&
    p.x <= Math.max(a.x, b.x) + EPS &&
    Math.min(a.y, b.y) - EPS <= p.y &&
    p.y <= Math.max(a.y, b.y) + EPS
  );
}

function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

/** True when the segment a-b touches the box (passes through it or has an end inside it). */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  if (Math.max(a.x, b.x) < box.x || Math.min(a.x, b.x) > box.x + box.width) return false;
  if (Math.max(a.y, b.y) < box.y || Math.min(a.y, b.y) > box.y + box.height) return false;
  if (inside(a, box) || inside(b, box)) return true;
  const tl = { x: box.x, y: box.y };
  const tr = { x: box.x + box.width, y: box.y };
  const br = { x: box.x + box.width, y: box.y + box.height };
  const bl = { x: box.x, y: box.y + box.height };
  return (
    segmentsCross(a, b, tl, tr) ||
    segmentsCross(a, b, tr, br) ||
    segmentsCross(a, b, br, bl) ||
    segmentsCross(a, b, bl, tl)
  );
}

/** True when the line passes through the box. */
export function lineHitsBox(line: SeriesLine, box: Box): boolean {
  const pts = line.points;
  if (pts.length === 1) return pts[0] !== undefined && inside(pts[0], box);
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    if (a && b && segmentHitsBox(a, b, box)) return true;
  }
  return false;
}

function within(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - EPS &&
    inner.y >= outer.y - EPS &&
    inner.x + inner.width <= outer.x + outer.width + EPS &&
    inner.y + inner.height <= outer.y + outer.height + EPS
  );
}

/** The point of the box nearest to p. */
function nearestOnBox(p: Point, b: Box): Point {
  return {
    x: Math.min(Math.max(p.x, b.x), b.x + b.width),
    y: Math.min(Math.max(p.y, b.y), b.y + b.height),
  };
}

/**
 * The horizontal distance from a marker to its label's box: 0 when the box spans the marker's x.
 * A label "sits on its marker" when this is at most the gap.
 */
export function horizontalReach(at: Point, box: Box): number {
  if (at.x < box.x) return box.x - at.x;
  if (at.x > box.x + box.width) return at.x - (box.x + box.width);
  return 0;
}

/**
 * Places the labels in the order given (put the most important first): each goes to the nearest
 * free place beside, above or below its marker, where it stays inside the plot area, overlaps no
 * placed label and no marker, and crosses no line of another series. Crossing its own line is
 * allowed but avoided when an equally near place is clear. A label with no such place within
 * `maxOffset` is dropped rather than drawn somewhere misleading.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  options: PlacementOptions,
): Placement {
  const { bounds, lines, markers } = options;
  const r = options.markerRadius ?? 7;
  const gap = options.gap ?? 6;
  const maxOffset = options.maxOffset ?? 120;
  const step = 4;
  const markerBoxes = markers.map((m) => ({ x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r }));
  const placedBoxes: Box[] = [];
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];

  for (const req of requests) {
    const { at, width: w, height: h } = req;
    const others = lines.filter((l) => l.series !== req.series);
    const own = lines.filter((l) => l.series === req.series);
    // Candidates with their cost (distance from the marker): beside it at its height, then above
    // and below at growing offsets, each aligned to start at, end at or centre on the marker.
    const candidates: Array<{ box: Box; cost: number }> = [];
    const xs = [
      { x: at.x + r + gap, bias: 0 },
      { x: at.x - r - gap - w, bias: 1 },
    ];
    for (const { x, bias } of xs)
      candidates.push({ box: { x, y: at.y - h / 2, width: w, height: h }, cost: bias });
    for (let dy = 0; dy <= maxOffset; dy += step) {
      for (const sign of [-1, 1]) {
        const y = sign < 0 ? at.y - r - gap - dy - h : at.y + r + gap + dy;
        const cost = dy + (sign > 0 ? 2 : 0);
        candidates.push({ box: { x: at.x - w / 2, y, width: w, height: h }, cost: cost + 0.5 });
        candidates.push({ box: { x: at.x + r, y, width: w, height: h }, cost });
        candidates.push({ box: { x: at.x - r - w, y, width: w, height: h }, cost: cost + 1 });
      }
    }
    candidates.sort((a, b) => a.cost - b.cost);

    let best: { box: Box; cost: number } | null = null;
    for (const c of candidates) {
      if (best && c.cost >= best.cost) break;
      const box = c.box;
      if (!within(box, bounds)) continue;
      if (placedBoxes.some((p) => boxesOverlap(p, box, 2))) continue;
      if (markerBoxes.some((m) => boxesOverlap(m, box))) continue;
      if (others.some((l) => lineHitsBox(l, box))) continue;
      // Its own line: allowed, at a price of 24 px of distance.
      const cost = c.cost + (own.some((l) => lineHitsBox(l, box)) ? 24 : 0);
      if (!best || cost < best.cost) best = { box, cost };
    }
    if (!best) {
      dropped.push(req.id);
      continue;
    }
    placedBoxes.push(best.box);
    const near = nearestOnBox(at, best.box);
    const far = Math.hypot(near.x - at.x, near.y - at.y) > r + gap + 1;
    placed.push({ id: req.id, box: best.box, leader: far ? { from: at, to: near } : null });
  }
  return { placed, dropped };
}
