import { useMemo, useRef, useState } from 'react';
import { useDataset } from '@/api/use-dataset';
import { toExposureView } from '@/components/exposure/exposure-view-model';
import { formatDay } from '@/components/format';
import { ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { portfolioExposure } from '@/domain/exposure/portfolio-exposure';
import { buildRiskReport } from '@/domain/report/build-risk-report';
import { reportToCsv } from '@/domain/report/report-to-csv';
import { reportToJson } from '@/domain/report/report-to-json';
import { reportToMarkdown } from '@/domain/report/report-to-markdown';
import { downloadFile } from '@/lib/download-file';
import { useAsOf, useRiskSettings } from '@/lib/use-view-params';
import { useRiskContext } from '@/lib/use-risk-context';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { useActiveScenario } from '@/stores/scenario-store';
import { serialiseSvg, svgToPng } from './chart-export';
import { ReportView } from './report-view';
import '@/components/exposure/exposure.css';
import './reports.css';

const CHART_NAME = { ranking: 'ranking chart', exposure: 'exposure chart' } as const;

export default function ReportsPage() {
  const { data, isPending, error, retry } = useDataset();
  const ctx = useRiskContext(data);
  const { asOf } = useAsOf();
  const { settings } = useRiskSettings();
  const dependencies = usePortfolioStore((s) => s.dependencies);
  const scenario = useActiveScenario();
  const [message, setMessage] = useState<string | null>(null);
  const reportRef = useRef<HTMLDivElement>(null);

  const report = useMemo(() => {
    if (!data || !ctx) return null;
    return buildRiskReport({ dataset: data, asOf, settings, dependencies, scenario, context: ctx });
  }, [data, ctx, asOf, settings, dependencies, scenario]);
  const exposureView = useMemo(
    () =>
      data && ctx && dependencies.length > 0
        ? toExposureView(portfolioExposure(ctx, dependencies, asOf, settings), data.providers)
        : null,
    [data, ctx, dependencies, asOf, settings],
  );

  const save = (format: 'csv' | 'json' | 'md') => {
    if (!report) return;
    const base = `ai-vendor-risk-${report.asOf}`;
    if (format === 'csv')
      downloadFile(`${base}.csv`, reportToCsv(report), 'text/csv;charset=utf-8');
    if (format === 'json')
      downloadFile(`${base}.json`, reportToJson(report), 'application/json');
    if (format === 'md')
      downloadFile(`${base}.md`, reportToMarkdown(report), 'text/markdown;charset=utf-8');
    setMessage(`Saved ${base}.${format}.`);
  };

  const exportChart = async (chart: 'ranking' | 'exposure', format: 'svg' | 'png') => {
    const svg = reportRef.current?.querySelector<SVGSVGElement>(
      `[data-chart="${chart}"] svg.recharts-surface`,
    );
    if (!svg || !report) {
      setMessage(`The ${CHART_NAME[chart]} is not drawn yet; try again in a moment.`);
      return;
    }
    const background = getComputedStyle(document.body).backgroundColor || '#ffffff';
    const { text, width, height } = serialiseSvg(svg, background);
    const name = `ai-vendor-risk-${chart}-${report.asOf}.${format}`;
    try {
      const blob =
        format === 'svg'
          ? new Blob([text], { type: 'image/svg+xml' })
          : await svgToPng(text, width, height);
      downloadFile(name, blob);
      setMessage(`Saved ${name}.`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : 'The chart could not be exported.');
    }
  };

  const chartActions = (chart: 'ranking' | 'exposure') => (
    <>
      <button
        type="button"
        className="button"
        aria-label={`Download the ${CHART_NAME[chart]} as SVG`}
        onClick={() => void exportChart(chart, 'svg')}
      >
        Download SVG
      </button>
      <button
        type="button"
        className="button"
        aria-label={`Download the ${CHART_NAME[chart]} as PNG`}
        onClick={() => void exportChart(chart, 'png')}
      >
        Download PNG
      </button>
    </>
  );

  return (
    <>
      <header className="page-header no-print">
        <h1>Reports</h1>
        <p className="lead">
          A risk summary as of {formatDay(asOf)} for the board: export it as CSV, JSON or Markdown,
          or print it (or save it as a PDF) from the report below.
        </p>
      </header>
      {error ? (
        <ErrorPanel
          title="The risk data could not be loaded"
          error={error}
          onRetry={retry}
          stillWorks="Your portfolio and scenarios are safe in this browser; the report shows once the data loads."
        />
      ) : isPending || report === null ? (
        <TableSkeleton label="Building the report" rows={10} />
      ) : (
        <>
          <div className="report-actions no-print" role="group" aria-label="Export the report">
            <button type="button" className="button" onClick={() => save('csv')}>
              Export CSV
            </button>
            <button type="button" className="button" onClick={() => save('json')}>
              Export JSON
            </button>
            <button type="button" className="button" onClick={() => save('md')}>
              Export Markdown
            </button>
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              Print / save as PDF
            </button>
          </div>
          <p className="portfolio-message no-print" role="status" aria-live="polite">
            {message}
          </p>
          <div ref={reportRef}>
            <ReportView report={report} exposureView={exposureView} chartActions={chartActions} />
          </div>
        </>
      )}
    </>
  );
}
