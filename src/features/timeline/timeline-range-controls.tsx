import { useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { dayNumber } from '@/domain/dates';
import type { RiskEvent } from '@/domain/schema/event';
import { isIsoDay } from '@/domain/schema/precise-date';
import {
  monthlyCounts,
  panRange,
  presetOf,
  presetRange,
  RANGE_PRESET_LABEL,
  RANGE_PRESETS,
  rangeOfDays,
  zoomRange,
  type TimelineRange,
} from '@/domain/timeline/timeline-range';
import { useElementWidth } from './use-element-width';

const BRUSH_H = 44;

interface Props {
  range: TimelineRange;
  span: TimelineRange;
  asOf: string;
  events: readonly RiskEvent[];
  onChange: (range: TimelineRange) => void;
}

/** A date field that applies its date on Enter or when it loses focus, not at each keystroke. */
function DateField({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit: (iso: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={text ?? value}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          if (text !== null) onCommit(text);
          setText(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text !== null) onCommit(text);
        }}
      />
    </>
  );
}

/** Presets, zoom and pan buttons, date fields, and a brush over the whole span (drag to choose a range). */
export function TimelineRangeControls({ range, span, asOf, events, onChange }: Props) {
  const current = presetOf(range, asOf, span);
  const titleId = useId();

  const commitDates = (from: string, to: string) => {
    if (isIsoDay(from) && isIsoDay(to) && from <= to) onChange({ from, to });
  };

  return (
    <section className="tl-range" aria-labelledby={titleId}>
      <h2 id={titleId} className="visually-hidden">
        Date range
      </h2>
      <div className="tl-range__row">
        <div className="tl-segmented" role="group" aria-label="Range presets">
          {RANGE_PRESETS.map((p) => (
            <button
              key={p}
              type="button"
              className="button"
              aria-pressed={current === p}
              onClick={() => onChange(presetRange(p, asOf, span))}
            >
              {RANGE_PRESET_LABEL[p]}
            </button>
          ))}
        </div>
        <div className="tl-segmented" role="group" aria-label="Zoom and pan">
          <button type="button" className="button" onClick={() => onChange(panRange(range, -0.5))}>
            <span aria-hidden="true">← </span>Earlier
          </button>
          <button type="button" className="button" onClick={() => onChange(zoomRange(range, 0.5))}>
            Zoom in
          </button>
          <button type="button" className="button" onClick={() => onChange(zoomRange(range, 2))}>
            Zoom out
          </button>
          <button type="button" className="button" onClick={() => onChange(panRange(range, 0.5))}>
            Later<span aria-hidden="true"> →</span>
          </button>
        </div>
        <div className="tl-dates">
          <DateField
            label="From"
            value={range.from}
            onCommit={(from) => commitDates(from, range.to)}
          />
          <DateField label="To" value={range.to} onCommit={(to) => commitDates(range.from, to)} />
        </div>
      </div>
      <Brush range={range} span={span} events={events} onChange={onChange} />
    </section>
  );
}

function Brush({
  range,
  span,
  events,
  onChange,
}: {
  range: TimelineRange;
  span: TimelineRange;
  events: readonly RiskEvent[];
  onChange: (r: TimelineRange) => void;
}) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef, 960);
  const spanFrom = dayNumber(span.from);
  const spanDays = dayNumber(span.to) + 1 - spanFrom;
  const xOf = (day: number) => ((day - spanFrom) / spanDays) * width;
  const dayOf = (x: number) => spanFrom + (Math.max(0, Math.min(width, x)) / width) * spanDays;
  const months = useMemo(() => monthlyCounts(events, span), [events, span]);
  const max = Math.max(1, ...months.map((m) => m.count));
  const [drag, setDrag] = useState<{
    mode: 'new' | 'move';
    startX: number;
    origin: TimelineRange;
    x: number;
  } | null>(null);

  const preview = (() => {
    if (!drag) return range;
    if (drag.mode === 'new') return rangeOfDays(dayOf(drag.startX), dayOf(drag.x));
    const shift = Math.round(((drag.x - drag.startX) / width) * spanDays);
    return rangeOfDays(dayNumber(drag.origin.from) + shift, dayNumber(drag.origin.to) + shift);
  })();
  const x0 = Math.max(0, xOf(dayNumber(preview.from)));
  const x1 = Math.min(width, xOf(dayNumber(preview.to) + 1));

  const localX = (e: PointerEvent<SVGSVGElement>) =>
    e.clientX - e.currentTarget.getBoundingClientRect().left;
  return (
    <div ref={wrapRef} className="tl-brush">
      <svg
        width={width}
        height={BRUSH_H}
        aria-hidden="true"
        onPointerDown={(e) => {
          const x = localX(e);
          e.currentTarget.setPointerCapture(e.pointerId);
          setDrag({ mode: x >= x0 && x <= x1 ? 'move' : 'new', startX: x, origin: range, x });
        }}
        onPointerMove={(e) => {
          if (drag) setDrag({ ...drag, x: localX(e) });
        }}
        onPointerUp={() => {
          if (drag && Math.abs(drag.x - drag.startX) > 3) onChange(preview);
          setDrag(null);
        }}
        onPointerCancel={() => setDrag(null)}
      >
        {months.map((m) => {
          const h = (m.count / max) * (BRUSH_H - 8);
          return (
            <rect
              key={m.month}
              x={xOf(m.fromDay)}
              width={Math.max(1, xOf(m.toDay + 1) - xOf(m.fromDay) - 1)}
              y={BRUSH_H - h}
              height={h}
              className="tl-brush__bar"
            />
          );
        })}
        <rect
          x={x0}
          width={Math.max(2, x1 - x0)}
          y={0}
          height={BRUSH_H}
          className="tl-brush__window"
        />
      </svg>
      <p className="muted small tl-brush__hint">
        Drag across the overview to choose a range, or drag the highlighted window to move it.
      </p>
    </div>
  );
}
