import { Suspense, useId, useRef, useState, type ReactNode } from 'react';
import { useNearViewport } from '../use-near-viewport';
import './chart.css';

/**
 * A chart with its accessible name (the title), a caption that states its message, and a
 * "Show as table" disclosure revealing the same data as a table, reachable by keyboard.
 */
export function ChartFigure({
  title,
  caption,
  table,
  children,
  actions,
  headingLevel = 2,
}: {
  title: string;
  caption: ReactNode;
  /** The text alternative: a data table with the chart's numbers. */
  table: ReactNode;
  children: ReactNode;
  /** Controls shown beside the title (a provider picker). */
  actions?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const titleId = useId();
  const tableId = useId();
  const [open, setOpen] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const bodyRef = useRef<HTMLDivElement>(null);
  // The chart is drawn when it nears the viewport; title, caption and table are there at once.
  const near = useNearViewport(bodyRef);
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <div className="chart__head">
        <Heading id={titleId} className="chart__title">
          {title}
        </Heading>
        <div className="chart__actions">
          {actions}
          <button
            type="button"
            className="button chart__toggle"
            aria-expanded={open}
            aria-controls={tableId}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? 'Hide table' : 'Show as table'}
          </button>
        </div>
      </div>
      <figcaption className="chart__caption">{caption}</figcaption>
      <div ref={bodyRef} className={near ? 'chart__body' : 'chart__body chart__body--pending'}>
        {near ? (
          // A lazily loaded chart (./lazy-charts) keeps the pending look until its code is here.
          <Suspense fallback={<div className="chart__body--pending" />}>{children}</Suspense>
        ) : null}
      </div>
      <div id={tableId} className="chart__table" hidden={!open}>
        {open && table}
      </div>
    </figure>
  );
}
