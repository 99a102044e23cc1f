import type { ReactNode } from 'react';
import { ScrollTable } from './scroll-table';

/** One column of a {@link DataTable}: its header and how it shows a row. */
export interface Column<R> {
  /** The header cell's content (`th scope="col"`). */
  header: ReactNode;
  /** The row's cell in this column. */
  cell: (row: R, index: number) => ReactNode;
  /** A number: header and cells are right-aligned (class `num`). */
  num?: boolean;
  /** The cells of this column head their rows (`th scope="row"`). */
  rowHeader?: boolean;
  /** A class of the body cells, besides `num`; or a row's own (a direction it shows). */
  className?: string | ((row: R) => string);
  /** A test id of a body cell (`data-testid`), for the figures tests read. */
  testId?: (row: R) => string;
}

/** A column left out where a condition fails: `hasPortfolio && column`. */
export type MaybeColumn<R> = Column<R> | false | null | undefined;

const classes = (...names: (string | false | undefined)[]) =>
  names.filter(Boolean).join(' ') || undefined;

/** What a {@link DataTable} shows and how. */
export interface DataTableProps<R> {
  /** Names the scrolling region (see {@link ScrollTable}). */
  label?: string;
  contained?: boolean;
  tall?: boolean;
  /** Classes of the table besides `data-table`. */
  className?: string;
  caption?: ReactNode;
  /** The caption is read by screen readers only. */
  captionHidden?: boolean;
  /** The id of a heading that names the table, where it has no caption. */
  labelledBy?: string;
  columns: readonly MaybeColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string;
  /** What the body says in one full-width row when there are no rows. */
  empty?: ReactNode;
  /** The table's `tfoot` rows. */
  foot?: ReactNode;
}

/**
 * The app's table: a caption (or a heading that names it), one header row of `th scope="col"`,
 * then one body row per item, inside the {@link ScrollTable} wrapper. Columns say what each
 * cell shows; which column heads the row (`th scope="row"`) and which are numbers (right-aligned)
 * is said once per column, not in every cell.
 */
export function DataTable<R>({
  label,
  contained,
  tall,
  className,
  caption,
  captionHidden = false,
  labelledBy,
  columns,
  rows,
  rowKey,
  empty,
  foot,
}: DataTableProps<R>) {
  const shown = columns.filter((c): c is Column<R> => Boolean(c));
  return (
    <ScrollTable label={label} contained={contained} tall={tall}>
      <table className={classes('data-table', className)} aria-labelledby={labelledBy}>
        {caption !== undefined && (
          <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        )}
        <thead>
          <tr>
            {shown.map((c, i) => (
              <th key={i} scope="col" className={c.num ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty !== undefined ? (
            <tr>
              <td colSpan={shown.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((row, r) => (
              <tr key={rowKey(row, r)}>
                {shown.map((c, i) => {
                  const Cell = c.rowHeader ? 'th' : 'td';
                  return (
                    <Cell
                      key={i}
                      scope={c.rowHeader ? 'row' : undefined}
                      className={classes(
                        c.num && 'num',
                        typeof c.className === 'function' ? c.className(row) : c.className,
                      )}
                      data-testid={c.testId?.(row)}
                    >
                      {c.cell(row, r)}
                    </Cell>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
        {foot !== undefined && <tfoot>{foot}</tfoot>}
      </table>
    </ScrollTable>
  );
}
