import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { DIRECTION_COLOR } from '@/components/charts/palette';
import { formatDay, formatInteger, formatMonth } from '@/components/format';
import { isoFromDayNumber } from '@/domain/dates';
import type { RiskEvent } from '@/domain/schema/event';
import type { Provider } from '@/domain/schema/provider';
import {
  buildTimelineLayout,
  moveFocus,
  type EventCluster,
  type EventMark,
  type TimelineLane,
} from '@/domain/timeline/timeline-layout';
import type { TimelineRange } from '@/domain/timeline/timeline-range';
import { describeEvent } from './describe-event';
import { DirectionGlyph, FamilyShape, type GlyphStyle } from './event-glyph';
import { useElementWidth } from './use-element-width';

const LANE_H = 34;
const AXIS_H = 30;
const OVERSCAN = 8;
/** Lanes drawn when the scroll box cannot be measured (jsdom): a window, not all of them. */
const FALLBACK_WINDOW = 40;
const NAV_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
type NavKey = (typeof NAV_KEYS)[number];
const isNavKey = (key: string): key is NavKey => (NAV_KEYS as readonly string[]).includes(key);

function tickLabel(iso: string, unit: 'month' | 'year'): string {
  return unit === 'year' ? iso.slice(0, 4) : formatMonth(iso);
}

function styleOf(mark: EventMark): GlyphStyle {
  if (mark.status.hypothetical) return 'hypothetical';
  if (mark.status.upcoming) return 'upcoming';
  if (mark.status.unconfirmed) return 'unconfirmed';
  return 'solid';
}

/** A line across the whole height of the lanes: a tick's grid line, today, the as-of date. */
function VerticalLine({ x, height, className }: { x: number; height: number; className: string }) {
  return <line x1={x} x2={x} y1={0} y2={height} className={className} />;
}

function clusterLabel(cluster: EventCluster, lane: TimelineLane): string {
  const from = formatDay(isoFromDayNumber(cluster.fromDay));
  const to = formatDay(isoFromDayNumber(cluster.toDay));
  const when = from === to ? `on ${from}` : `from ${from} to ${to}`;
  return `${formatInteger(cluster.events.length)} events ${when}, ${lane.label}: zoom in to see them apart`;
}

export interface TimelineChartProps {
  events: readonly RiskEvent[];
  providers: readonly Provider[];
  range: TimelineRange;
  asOf: string;
  today: string;
  selectedId: string | null;
  onSelect: (eventId: string) => void;
  onCluster: (cluster: EventCluster) => void;
}

/**
 * The timeline as a hand-built SVG: one lane per provider, marks aggregated per pixel bucket, and
 * only the lanes in the scroll window drawn. One mark is in the tab order (roving focus); arrow
 * keys move between marks and lanes, Enter or Space opens one.
 */
export function TimelineChart({
  events,
  providers,
  range,
  asOf,
  today,
  selectedId,
  onSelect,
  onCluster,
}: TimelineChartProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const width = useElementWidth(wrapRef, 960);
  const labelW = width < 600 ? 86 : 150;
  const left = labelW + 14;
  const plotWidth = Math.max(120, width - left - 14);

  const layout = useMemo(
    () => buildTimelineLayout({ events, providers, range, plotWidth, asOf, today }),
    [events, providers, range, plotWidth, asOf, today],
  );
  const { lanes } = layout;

  // Windowed rendering: only the lanes in (and near) the scroll box are drawn.
  const [box, setBox] = useState({ top: 0, height: 0 });
  const frame = useRef(0);
  useEffect(() => {
    const el = scrollRef.current;
    if (el) setBox({ top: el.scrollTop, height: el.clientHeight });
    return () => cancelAnimationFrame(frame.current);
  }, [lanes.length]);
  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const el = scrollRef.current;
      if (el) setBox({ top: el.scrollTop, height: el.clientHeight });
    });
  };
  const windowSize = box.height > 0 ? Math.ceil(box.height / LANE_H) : FALLBACK_WINDOW;
  const firstLane = Math.max(0, Math.floor(box.top / LANE_H) - OVERSCAN);
  const lastLane = Math.min(lanes.length, Math.floor(box.top / LANE_H) + windowSize + OVERSCAN);

  // Roving focus: the focused item, or the one holding the selected event, or the first.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const focusPos = useMemo(() => {
    const find = (pred: (lane: TimelineLane, i: number) => boolean) => {
      for (let l = 0; l < lanes.length; l++) {
        const lane = lanes[l];
        if (!lane) continue;
        for (let i = 0; i < lane.items.length; i++)
          if (pred(lane, i)) return { laneIdx: l, itemIdx: i };
      }
      return null;
    };
    const byKey = focusKey === null ? null : find((lane, i) => lane.items[i]?.key === focusKey);
    if (byKey) return byKey;
    const holding =
      selectedId === null
        ? null
        : find((lane, i) => {
            const item = lane.items[i];
            return item?.kind === 'event'
              ? item.event.id === selectedId
              : (item?.events.some((e) => e.id === selectedId) ?? false);
          });
    return holding ?? { laneIdx: 0, itemIdx: 0 };
  }, [lanes, focusKey, selectedId]);

  const itemRefs = useRef(new Map<string, SVGGElement>());
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    const el = itemRefs.current.get(key);
    if (el) {
      el.focus();
      pendingFocus.current = null;
    }
  });

  const activate = (laneIdx: number, itemIdx: number) => {
    const item = lanes[laneIdx]?.items[itemIdx];
    if (!item) return;
    setFocusKey(item.key);
    if (item.kind === 'event') onSelect(item.event.id);
    else onCluster(item);
  };

  const onKeyDown = (e: KeyboardEvent<SVGGElement>, laneIdx: number, itemIdx: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate(laneIdx, itemIdx);
      return;
    }
    if (!isNavKey(e.key)) return;
    e.preventDefault();
    const next = moveFocus(lanes, laneIdx, itemIdx, e.key);
    const item = lanes[next.laneIdx]?.items[next.itemIdx];
    if (!item) return;
    setFocusKey(item.key);
    pendingFocus.current = item.key;
    const el = scrollRef.current;
    if (el && el.clientHeight > 0) {
      const y = next.laneIdx * LANE_H;
      if (y < el.scrollTop) el.scrollTop = y;
      else if (y + LANE_H > el.scrollTop + el.clientHeight)
        el.scrollTop = y + LANE_H - el.clientHeight;
    }
  };

  const drawn: number[] = [];
  for (let l = firstLane; l < lastLane; l++) drawn.push(l);
  if (focusPos.laneIdx < firstLane || focusPos.laneIdx >= lastLane) drawn.push(focusPos.laneIdx);

  const c = layout.directionCounts;
  const bodyHeight = Math.max(LANE_H, lanes.length * LANE_H);
  return (
    <figure className="tl-figure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="tl-caption">
        {formatInteger(layout.eventCount)} events from {formatDay(range.from)} to{' '}
        {formatDay(range.to)} in {formatInteger(lanes.length)}{' '}
        {lanes.length === 1 ? 'lane' : 'lanes'}: {formatInteger(c['toward-closed'])} toward closed,{' '}
        {formatInteger(c['toward-open'])} toward open, {formatInteger(c.neutral)} neutral.{' '}
        <span className="muted">Arrow keys move between events and lanes; Enter opens one.</span>
      </figcaption>
      <div ref={wrapRef} className="tl-chart">
        <svg className="tl-axis" width={width} height={AXIS_H} aria-hidden="true">
          {layout.ticks.map((t) => (
            <g key={t.iso} transform={`translate(${left + t.x},0)`}>
              <line y1={AXIS_H - 8} y2={AXIS_H} className="tl-tick" />
              <text y={AXIS_H - 12} x={3} className="tl-tick-label">
                {tickLabel(t.iso, t.unit)}
              </text>
            </g>
          ))}
          {layout.asOfX !== null && (
            <text x={left + layout.asOfX} y={10} textAnchor="middle" className="tl-asof-label">
              as of
            </text>
          )}
        </svg>
        <div ref={scrollRef} className="tl-scroll" onScroll={onScroll}>
          <svg className="tl-body" width={width} height={bodyHeight}>
            <g aria-hidden="true">
              {layout.ticks.map((t) => (
                <VerticalLine key={t.iso} x={left + t.x} height={bodyHeight} className="tl-grid" />
              ))}
              {layout.todayX !== null && layout.todayX !== layout.asOfX && (
                <VerticalLine x={left + layout.todayX} height={bodyHeight} className="tl-today" />
              )}
              {layout.asOfX !== null && (
                <VerticalLine x={left + layout.asOfX} height={bodyHeight} className="tl-asof" />
              )}
            </g>
            {drawn.map((laneIdx) => {
              const lane = lanes[laneIdx];
              if (!lane) return null;
              const y = laneIdx * LANE_H;
              return (
                <g
                  key={lane.id}
                  role="group"
                  aria-label={`${lane.label}: ${formatInteger(lane.eventCount)} events`}
                  transform={`translate(0,${y})`}
                >
                  <rect
                    x={0}
                    y={0}
                    width={width}
                    height={LANE_H}
                    className={laneIdx % 2 ? 'tl-lane tl-lane--odd' : 'tl-lane'}
                    aria-hidden="true"
                  />
                  <text
                    x={labelW}
                    y={LANE_H / 2 + 4}
                    textAnchor="end"
                    className="tl-lane-label"
                    aria-hidden="true"
                  >
                    {lane.label.length > (labelW < 100 ? 10 : 20)
                      ? `${lane.label.slice(0, labelW < 100 ? 9 : 19)}…`
                      : lane.label}
                  </text>
                  {lane.items.map((item, itemIdx) => {
                    const focused = focusPos.laneIdx === laneIdx && focusPos.itemIdx === itemIdx;
                    const common = {
                      role: 'button',
                      tabIndex: focused ? 0 : -1,
                      className: 'tl-item',
                      ref: (el: SVGGElement | null) => {
                        if (el) itemRefs.current.set(item.key, el);
                        else itemRefs.current.delete(item.key);
                      },
                      onClick: () => activate(laneIdx, itemIdx),
                      onKeyDown: (e: KeyboardEvent<SVGGElement>) => onKeyDown(e, laneIdx, itemIdx),
                      onFocus: () => setFocusKey(item.key),
                      transform: `translate(${left + item.x},${LANE_H / 2})`,
                    };
                    if (item.kind === 'cluster') {
                      const text =
                        item.events.length > 999 ? '999+' : formatInteger(item.events.length);
                      const w = 10 + text.length * 6.5;
                      return (
                        <g key={item.key} {...common} aria-label={clusterLabel(item, lane)}>
                          <rect
                            x={-w / 2 - 3}
                            y={-12}
                            width={w + 6}
                            height={24}
                            rx={8}
                            className="tl-focus-ring"
                          />
                          <rect
                            x={-w / 2}
                            y={-9}
                            width={w}
                            height={18}
                            rx={6}
                            className="tl-cluster"
                          />
                          <text y={4} textAnchor="middle" className="tl-cluster-count">
                            {text}
                          </text>
                        </g>
                      );
                    }
                    const color = DIRECTION_COLOR[item.event.direction];
                    const selected = item.event.id === selectedId;
                    return (
                      <g
                        key={item.key}
                        {...common}
                        aria-label={describeEvent(item.event, lane.label, item.status)}
                        aria-pressed={selected}
                      >
                        {item.band && (
                          <rect
                            x={item.band.x0 - item.x}
                            width={Math.max(2, item.band.x1 - item.band.x0)}
                            y={-item.r - 2}
                            height={item.r * 2 + 4}
                            rx={3}
                            fill={color}
                            fillOpacity={0.18}
                            stroke={color}
                            strokeDasharray="4 2"
                          />
                        )}
                        <circle r={item.r + 5} className="tl-focus-ring" />
                        {selected && <circle r={item.r + 4} className="tl-selected-ring" />}
                        <FamilyShape
                          family={item.family}
                          r={item.r}
                          style={styleOf(item)}
                          color={color}
                        />
                        <DirectionGlyph
                          direction={item.event.direction}
                          x={item.r + 4}
                          y={-item.r}
                        />
                        {item.status.hypothetical && (
                          <text x={item.r + 9} y={4} className="tl-hypo-label">
                            hypothetical
                          </text>
                        )}
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
        </div>
      </div>
    </figure>
  );
}
