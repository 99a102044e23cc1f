import { useEffect, useMemo, useRef, useState } from 'react';
import { toExposureView } from '@/components/exposure/exposure-view-model';
import { formatDay } from '@/components/format';
import { ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { portfolioExposure } from '@/domain/exposure/portfolio-exposure';
import { buildBoardSummary } from '@/domain/report/board-summary';
import { buildRiskReport } from '@/domain/report/build-risk-report';
import { reportToCsv } from '@/domain/report/report-to-csv';
import { reportToJson } from '@/domain/report/report-to-json';
import { reportToMarkdown } from '@/domain/report/report-to-markdown';
import { downloadFile } from '@/lib/download-file';
import { usePortfolioRisk } from '@/lib/use-portfolio-risk';
import { useActiveScenario } from '@/stores/scenario-store';
import { reportFooterText } from './board-summary-text';
import { serialiseSvg, svgToPng, type ChartStamp } from './chart-export';
import { ReportView } from './report-view';
import { rankingCaption, toRankingBars } from './reports-view-model';
import '@/components/exposure/exposure.css';
import './reports.css';

const CHART_NAME = { ranking: 'ranking chart', exposure: 'exposure chart' } as const;
const CHART_TITLE = {
  ranking: 'Platform risk by provider',
  exposure: 'Exposure per provider',
} as const;
const CHART_SCALE = {
  ranking: 'Scale: platform risk 0-100 on every axis, higher is riskier; grades A (lowest) to E.',
  exposure:
    "Scale: points of the portfolio's exposure (0-100 in all) per provider, with its share of the dependency weight.",
} as const;
const PAPER_LABEL = { a4: 'A4', letter: 'Letter' } as const;
const EXPORTS = [
  ['csv', 'CSV'],
  ['json', 'JSON'],
  ['md', 'Markdown'],
] as const;

/** A text as a CSS string token (for the printed footer's custom property). */
function cssString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 32;
    out += code < 32 || code === 127 ? ' ' : ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  }
  return `"${out}"`;
}

export default function ReportsPage() {
  const { data, isPending, error, retry, ctx, asOf, settings, dependencies } = usePortfolioRisk();
  const scenario = useActiveScenario();
  const [message, setMessage] = useState<string | null>(null);
  const reportRef = useRef<HTMLDivElement>(null);

  const report = useMemo(() => {
    if (!data || !ctx) return null;
    return buildRiskReport({ dataset: data, asOf, settings, dependencies, scenario, context: ctx });
  }, [data, ctx, asOf, settings, dependencies, scenario]);
  const summary = useMemo(
    () =>
      report && ctx ? buildBoardSummary({ report, context: ctx, settings, dependencies }) : null,
    [report, ctx, settings, dependencies],
  );
  const footer = report ? reportFooterText(report) : null;
  // The printed footer: CSS margin boxes of every page read it (reports.css, "@page").
  useEffect(() => {
    if (footer === null) return;
    const root = document.documentElement;
    root.style.setProperty('--report-footer', cssString(footer));
    return () => {
      root.style.removeProperty('--report-footer');
    };
  }, [footer]);
  const [pdfBusy, setPdfBusy] = useState(false);
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
    if (format === 'json') downloadFile(`${base}.json`, reportToJson(report), 'application/json');
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
    const stamp: ChartStamp = {
      title: CHART_TITLE[chart],
      asOf: `As of ${formatDay(report.asOf)} · data set ${report.dataset.version} · methodology ${report.methodologyId}`,
      scale: CHART_SCALE[chart],
      source: `Source: AI Vendor Risk Radar, curated data set ${report.dataset.version} (compiled ${formatDay(report.dataset.compiledOn)}), methodology ${report.methodologyId}.`,
      color: getComputedStyle(document.body).color || '#000000',
    };
    const { text, width, height } = serialiseSvg(svg, background, stamp);
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

  const savePdf = async (paper: 'a4' | 'letter') => {
    if (!report || !summary) return;
    setPdfBusy(true);
    setMessage(`Making the ${PAPER_LABEL[paper]} PDF…`);
    try {
      // jsPDF loads only now, so no other page pays for it (ADR 0011).
      const { buildBoardPackPdf, browserColorResolver } = await import('./board-pack-pdf');
      const { blob, pages } = buildBoardPackPdf({
        report,
        summary,
        rankingBars: toRankingBars(report),
        rankingCaption: rankingCaption(report),
        exposureView,
        format: paper,
        resolveColor: browserColorResolver(),
      });
      const name = `ai-vendor-risk-board-pack-${report.asOf}-${paper}.pdf`;
      downloadFile(name, blob);
      setMessage(`Saved ${name} (${pages} pages).`);
    } catch (e) {
      setMessage(
        e instanceof Error
          ? `The PDF could not be made: ${e.message}`
          : 'The PDF could not be made.',
      );
    } finally {
      setPdfBusy(false);
    }
  };

  const chartActions = (chart: 'ranking' | 'exposure') => (
    <>
      {(['svg', 'png'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button"
          aria-label={`Download the ${CHART_NAME[chart]} as ${format.toUpperCase()}`}
          onClick={() => void exportChart(chart, format)}
        >
          {`Download ${format.toUpperCase()}`}
        </button>
      ))}
    </>
  );

  return (
    <>
      <header className="page-header no-print">
        <h1>Reports</h1>
        <p className="lead">
          A risk summary as of {formatDay(asOf)} for the board: download it as a PDF board pack (the
          executive summary first), export it as CSV, JSON or Markdown, or print it.
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
            {EXPORTS.map(([format, label]) => (
              <button key={format} type="button" className="button" onClick={() => save(format)}>
                Export {label}
              </button>
            ))}
            {(['a4', 'letter'] as const).map((paper) => (
              <button
                key={paper}
                type="button"
                className={paper === 'a4' ? 'button button--primary' : 'button'}
                disabled={pdfBusy}
                onClick={() => void savePdf(paper)}
              >
                Download PDF ({PAPER_LABEL[paper]})
              </button>
            ))}
            <button type="button" className="button" onClick={() => window.print()}>
              Print / save as PDF
            </button>
          </div>
          <p className="portfolio-message no-print" role="status" aria-live="polite">
            {message}
          </p>
          <div ref={reportRef}>
            {summary && (
              <ReportView
                report={report}
                summary={summary}
                exposureView={exposureView}
                chartActions={chartActions}
              />
            )}
          </div>
        </>
      )}
    </>
  );
}
