import { DataTable, type Column, type DataTableProps } from '@/components/data-table';

/**
 * A table of the report: a region named "… table", kept within the page's width, and styled for
 * print (`report-table`).
 */
export function ReportTable<R>({
  className,
  ...props
}: Omit<DataTableProps<R>, 'contained' | 'label'> & { label: string }) {
  return (
    <DataTable {...props} contained className={`report-table${className ? ` ${className}` : ''}`} />
  );
}

/** The column that heads a report row with its provider's name. */
export function providerColumn<R extends { provider: string }>(): Column<R> {
  return { header: 'Provider', rowHeader: true, cell: (r) => r.provider };
}
