import type { ReactNode } from 'react';
import { ChartFigure } from '../charts/chart-figure';
import { ChartTable, type TableColumn } from '../charts/chart-table';
import { LabelledBarsChart } from '../charts/recharts-frames';
import type { ExposureRow, ExposureView } from './exposure-view-model';
import './exposure.css';

const COLUMNS: TableColumn<ExposureRow>[] = [
  { key: 'name', header: 'Provider', rowHeader: true, cell: (r) => r.name },
  { key: 'exposure', header: 'Exposure (points)', num: true, cell: (r) => r.exposureLabel },
  { key: 'share', header: 'Share of weight', num: true, cell: (r) => r.shareLabel },
  { key: 'dependencies', header: 'Dependencies', num: true, cell: (r) => r.dependencyCount },
];

/**
 * Exposure per provider as horizontal bars with direct labels, in a figure with a caption that
 * states its message and a "Show as table" text alternative. Drawn at once: it is printed and
 * exported with the report.
 */
export function ExposureChart({
  view: { rows, axisMax, axisTicks, caption },
  headingLevel = 2,
  exports,
}: {
  /** The portfolio's exposure view: its rows, axis and the chart's message. */
  view: Pick<ExposureView, 'rows' | 'axisMax' | 'axisTicks' | 'caption'>;
  headingLevel?: 2 | 3;
  /** Export buttons under the chart. */
  exports?: ReactNode;
}) {
  const title = 'Exposure per provider';
  return (
    <ChartFigure
      className="exposure-chart"
      title={title}
      caption={caption}
      headingLevel={headingLevel}
      imageLabel={`${title}: ${caption}`}
      drawAtOnce
      exports={exports}
      table={
        <ChartTable
          caption={title}
          columns={COLUMNS}
          rows={rows}
          rowKey={(r) => r.providerId}
          contained
        />
      }
    >
      <LabelledBarsChart
        rows={rows}
        rowKey={(r) => r.providerId}
        rowHeight={32}
        categoryKey="name"
        domain={[0, axisMax]}
        ticks={axisTicks}
        allowDecimals={false}
        labelRoom={150}
        barGap={6}
        valueKey="exposure"
        labelKey="barLabel"
        labelFontSize={12.5}
      />
    </ChartFigure>
  );
}
