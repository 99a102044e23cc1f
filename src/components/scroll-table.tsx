import type { ReactNode } from 'react';

/**
 * The wrapper of every wide table: it scrolls sideways on narrow screens, and since a region
 * that scrolls must be reachable by keyboard, it is a named region in the tab order (arrow keys
 * then scroll it). `label` names the region for screen readers ("Meta: status per channel").
 * Without a label the wrapper only scrolls: it is neither a region nor a tab stop (a few narrow
 * tables on the provider and model pages and in the portfolio import still use it so).
 */
export function ScrollTable({
  label,
  contained = false,
  tall = false,
  children,
}: {
  label?: string;
  /** Keep the table inside its panel's width (portfolio and import previews). */
  contained?: boolean;
  /** A long table (every point of a trend): it also scrolls down within about 24 rem. */
  tall?: boolean;
  children: ReactNode;
}) {
  const className = `table-wrap${contained ? ' table-wrap--contained' : ''}${tall ? ' table-wrap--tall' : ''}`;
  if (label === undefined) return <div className={className}>{children}</div>;
  return (
    <div className={className} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
