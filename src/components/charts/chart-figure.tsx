import { Suspense, useId, useRef, useState, type ReactNode } from 'react';
import { useNearViewport } from '../use-near-viewport';
import './chart.css';
import { DisclosureButton } from '@/components/disclosure-button';

/**
 * Every chart of the app: its accessible name (the title), a caption that states its message, the
 * drawing, a "Show as table" disclosure revealing the same data as a table, reachable by
 * keyboard, and the chart's export buttons when it has any.
 */
export function ChartFigure({
  title,
  caption,
  table,
  children,
  actions,
  exports,
  headingLevel = 2,
  className,
  imageLabel,
  drawAtOnce = false,
}: {
  title: string;
  caption: ReactNode;
  /** The text alternative: a data table with the chart's numbers (see ./chart-table). */
  table: ReactNode;
  children: ReactNode;
  /** Controls shown beside the title (a provider picker). */
  actions?: ReactNode;
  /** Export buttons (SVG, PNG) shown under the drawing, not printed. */
  exports?: ReactNode;
  headingLevel?: 2 | 3;
  /** Extra classes of the figure (a variant's spacing). */
  className?: string;
  /** When set, the drawing is one image with this accessible name. */
  imageLabel?: string;
  /** Draw at once rather than when the figure nears the viewport (a chart that is printed or exported). */
  drawAtOnce?: boolean;
}) {
  const titleId = useId();
  const tableId = useId();
  const [open, setOpen] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const bodyRef = useRef<HTMLDivElement>(null);
  // The chart is drawn when it nears the viewport; title, caption and table are there at once.
  const near = useNearViewport(bodyRef) || drawAtOnce;
  return (
    <figure className={className ? `chart ${className}` : 'chart'} aria-labelledby={titleId}>
      <div className="chart__head">
        <Heading id={titleId} className="chart__title">
          {title}
        </Heading>
        <div className="chart__actions">
          {actions}
          <DisclosureButton
            className="button chart__toggle"
            expanded={open}
            controls={tableId}
            onToggle={() => setOpen((o) => !o)}
          >
            {open ? 'Hide table' : 'Show as table'}
          </DisclosureButton>
        </div>
      </div>
      <figcaption className="chart__caption">{caption}</figcaption>
      <div
        ref={bodyRef}
        className={near ? 'chart__body' : 'chart__body chart__body--pending'}
        role={imageLabel === undefined ? undefined : 'img'}
        aria-label={imageLabel}
      >
        {near ? (
          // A lazily loaded chart (./lazy-charts) keeps the pending look until its code is here.
          <Suspense fallback={<div className="chart__body--pending" />}>{children}</Suspense>
        ) : null}
      </div>
      {exports && <div className="chart-export no-print">{exports}</div>}
      <div id={tableId} className="chart__table" hidden={!open}>
        {open && table}
      </div>
    </figure>
  );
}
