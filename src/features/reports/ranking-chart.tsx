import type { ReactNode } from 'react';
import { ChartFigure } from '@/components/charts/chart-figure';
import { ChartTable, type TableColumn } from '@/components/charts/chart-table';
import { SCORE_DOMAIN, SCORE_TICKS } from '@/components/charts/palette';
import { LabelledBarsChart } from '@/components/charts/recharts-frames';
import type { RankingBar } from './reports-view-model';

const TITLE = 'Platform risk by provider';
const COLUMNS: TableColumn<RankingBar>[] = [
  { key: 'provider', header: 'Provider', rowHeader: true, cell: (b) => b.label },
  { key: 'risk', header: 'Platform risk and grade', num: true, cell: (b) => b.valueLabel },
];

/** Providers ranked by platform risk on the shared 0-100 axis, with direct labels and a table alternative. */
export function RankingChart({
  bars,
  caption,
  exports,
}: {
  bars: RankingBar[];
  caption: string;
  /** Export buttons under the chart. */
  exports?: ReactNode;
}) {
  return (
    <ChartFigure
      className="exposure-chart report-chart"
      title={TITLE}
      caption={caption}
      headingLevel={3}
      imageLabel={`${TITLE}: ${caption}`}
      drawAtOnce
      exports={exports}
      table={
        <ChartTable caption={TITLE} columns={COLUMNS} rows={bars} rowKey={(b) => b.id} contained />
      }
    >
      <LabelledBarsChart
        rows={bars}
        rowKey={(b) => b.id}
        rowHeight={26}
        categoryKey="label"
        categoryFontSize={12.5}
        domain={SCORE_DOMAIN}
        ticks={SCORE_TICKS}
        labelRoom={72}
        valueKey="value"
        labelKey="valueLabel"
        labelFontSize={12}
      />
    </ChartFigure>
  );
}
