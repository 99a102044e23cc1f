import type { ReactNode } from 'react';

export interface LegendItem {
  key: string;
  /** What the colour or shape stands for. */
  label: ReactNode;
  /** The colour or shape: a `Swatch`, a `LineSwatch` or a `ShapeSwatch`. */
  swatch: ReactNode;
}

/** A chart's legend in HTML, naming every colour and shape it draws. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart__legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.key}>
          {item.swatch}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** A filled square of a series' colour (bars, segments). */
export function Swatch({ color }: { color: string }) {
  return <span className="chart__swatch" style={{ background: color }} aria-hidden="true" />;
}

/** A short line of a series' colour. */
export function LineSwatch({ color }: { color: string }) {
  return <span className="chart__line-swatch" style={{ background: color }} aria-hidden="true" />;
}

/** A marker's shape, drawn in a 14 px square. */
export function ShapeSwatch({ children }: { children: ReactNode }) {
  return (
    <svg width="14" height="14" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}
