import type { ReactNode } from 'react';
import { ScrollTable } from '../scroll-table';

export interface TableColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** A number: right-aligned, in tabular figures. */
  num?: boolean;
  /** The cell that names the row (`<th scope="row">`). */
  rowHeader?: boolean;
}

/**
 * A chart's text alternative: its numbers as a data table, a row per bar or point, with a caption
 * for screen readers. With `scrollLabel` the table scrolls in a named region in the tab order.
 */
export function ChartTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  scrollLabel,
  contained = false,
}: {
  caption: ReactNode;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Names the scrolling region of a wide table. */
  scrollLabel?: string;
  /** Keep the table inside its panel's width. */
  contained?: boolean;
}) {
  const table = (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.num ? 'num' : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th key={c.key} scope="row">
                  {c.cell(row, i)}
                </th>
              ) : (
                <td key={c.key} className={c.num ? 'num' : undefined}>
                  {c.cell(row, i)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (scrollLabel !== undefined)
    return (
      <ScrollTable label={scrollLabel} contained={contained}>
        {table}
      </ScrollTable>
    );
  return (
    <div className={contained ? 'table-wrap table-wrap--contained' : 'table-wrap'}>{table}</div>
  );
}
