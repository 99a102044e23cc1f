import { jsPDF } from 'jspdf';
import type { ExposureView } from '@/components/exposure/exposure-view-model';
import {
  formatDay,
  formatDecimal,
  formatInteger,
  formatPreciseDate,
  formatScore,
  formatShare,
  formatSigned,
} from '@/components/format';
import { SOURCE_TIER_LABEL } from '@/components/source-links';
import { sourceTier } from '@/domain/evidence/source-tier';
import { G7_TIER_LABELS } from '@/domain/openness/g7-tier';
import { MOF_CLASS_LABELS } from '@/domain/openness/mof-class';
import type { BoardSummary } from '@/domain/report/board-summary';
import type { RiskReport } from '@/domain/report/build-risk-report';
import { FACTOR_KEYS, FACTOR_LABELS } from '@/domain/risk/settings';
import { countsByCriticalityText } from '@/domain/scenario/workload-impact';
import {
  causeLines,
  deadlineDate,
  deadlineTitle,
  moveText,
  reportFooterText,
  summaryHeadline,
} from './board-summary-text';
import type { RankingBar } from './reports-view-model';

// The board pack as a PDF file, drawn with jsPDF in the browser (ADR 0011): real text in the
// PDF's built-in Helvetica (selectable and searchable), bar charts drawn as vectors from the same
// view models as the page, the executive summary on page 1, every section on a new page, no
// table row split across pages, and a footer with as-of date, data set, methodology and
// "Page n of N" on every page. Loaded only when the user asks for the file.

export type PaperFormat = 'a4' | 'letter';
type Rgb = [number, number, number];

export interface BoardPackInput {
  report: RiskReport;
  summary: BoardSummary;
  rankingBars: readonly RankingBar[];
  rankingCaption: string;
  exposureView: ExposureView | null;
  format: PaperFormat;
  /** Turns a CSS colour (a variable too) into RGB; the page resolves its light theme. */
  resolveColor?: (css: string) => Rgb;
}

export interface BoardPack {
  blob: Blob;
  pages: number;
}

const TEXT: Rgb = [15, 23, 42];
const MUTED: Rgb = [71, 85, 105];
const RULE: Rgb = [180, 190, 204];
const HEAD_FILL: Rgb = [235, 240, 246];
const FALLBACK_BAR: Rgb = [148, 163, 184];

const REPLACEMENTS: Array<[RegExp, string]> = [
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/[\u2018\u2019\u201a\u2032]/g, "'"],
  [/[\u201c\u201d\u201e\u2033]/g, '"'],
  [/\u2026/g, '...'],
  [/\u2192/g, '->'],
  [/\u2190/g, '<-'],
  [/\u25b2/g, '+'],
  [/\u25bc/g, '-'],
  [/\u25cf|\u2022/g, '*'],
  [/\u2265/g, '>='],
  [/\u2264/g, '<='],
  [/\u20ac/g, 'EUR '],
  [/[\u00a0\u2009\u202f]/g, ' '],
];

/**
 * Text in the PDF's built-in fonts, which cover Latin-1 only: typographic marks become their
 * plain equivalents, accents outside Latin-1 are dropped, anything else becomes "?".
 */
export function pdfText(s: string): string {
  let out = s;
  for (const [re, to] of REPLACEMENTS) out = out.replace(re, to);
  out = out.normalize('NFC');
  let clean = '';
  for (const ch of out) {
    const code = ch.codePointAt(0) ?? 63;
    if (code === 9 || code === 10 || (code >= 32 && code < 127) || (code >= 160 && code < 256)) {
      clean += ch;
      continue;
    }
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    clean += base !== ch && [...base].every((c) => (c.codePointAt(0) ?? 0) < 256) ? base : '?';
  }
  return clean;
}

/** A CSS colour as RGB in the light theme, through a probe element; grey when it cannot be read. */
export function browserColorResolver(): (css: string) => Rgb {
  const cache = new Map<string, Rgb>();
  return (css) => {
    const hit = cache.get(css);
    if (hit) return hit;
    let rgb: Rgb = FALLBACK_BAR;
    const probe = document.createElement('span');
    probe.style.colorScheme = 'light';
    probe.style.color = css;
    document.body.appendChild(probe);
    const m = getComputedStyle(probe).color.match(
      /(\d+(?:\.\d+)?)[ ,]+(\d+(?:\.\d+)?)[ ,]+(\d+(?:\.\d+)?)/,
    );
    probe.remove();
    if (m) rgb = [Number(m[1]), Number(m[2]), Number(m[3])];
    cache.set(css, rgb);
    return rgb;
  };
}

interface Column {
  title: string;
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'right';
  /** The cell holds http(s) URLs, one a line: each becomes a link over every line it wraps onto. */
  links?: boolean;
}

/** A tiny page layout on top of jsPDF: a cursor, page breaks, wrapped text, tables and bar charts. */
class Layout {
  readonly doc: jsPDF;
  readonly width: number;
  readonly height: number;
  readonly left = 42;
  readonly right: number;
  readonly top = 46;
  readonly bottom: number;
  y: number;

  constructor(format: PaperFormat) {
    this.doc = new jsPDF({ unit: 'pt', format, orientation: 'portrait', compress: true });
    this.width = this.doc.internal.pageSize.getWidth();
    this.height = this.doc.internal.pageSize.getHeight();
    this.right = this.width - 42;
    this.bottom = this.height - 52;
    this.y = this.top;
  }

  get textWidth(): number {
    return this.right - this.left;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** Start a new page unless `h` points still fit. */
  ensure(h: number): void {
    if (this.y + h > this.bottom) this.newPage();
  }

  font(size: number, style: 'normal' | 'bold' = 'normal', color: Rgb = TEXT): void {
    this.doc.setFont('helvetica', style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(...color);
  }

  lines(text: string, width: number): string[] {
    return this.doc.splitTextToSize(pdfText(text), width) as string[];
  }

  paragraph(text: string, size = 10, style: 'normal' | 'bold' = 'normal', color: Rgb = TEXT): void {
    this.font(size, style, color);
    const lh = size * 1.3;
    for (const line of this.lines(text, this.textWidth)) {
      this.ensure(lh);
      this.doc.text(line, this.left, this.y + size);
      this.y += lh;
    }
    this.y += size * 0.4;
  }

  heading(text: string, size = 15): void {
    this.ensure(size * 3);
    this.font(size, 'bold');
    this.doc.text(pdfText(text), this.left, this.y + size);
    this.y += size * 1.6;
  }

  /** A section: always on a new page. */
  section(title: string): void {
    this.newPage();
    this.heading(title);
  }

  /** A table whose rows never split across pages; the header repeats on every page it spans. */
  table(caption: string, columns: Column[], rows: string[][], size = 8.5): void {
    const lh = size * 1.25;
    const pad = 3;
    const widths = columns.map((c) => c.width * this.textWidth);
    const drawHeader = () => {
      this.font(size, 'bold');
      const cells = columns.map((c, i) => this.lines(c.title, (widths[i] ?? 0) - 2 * pad));
      const h = Math.max(...cells.map((c) => c.length)) * lh + 2 * pad;
      this.doc.setFillColor(...HEAD_FILL);
      this.doc.rect(this.left, this.y, this.textWidth, h, 'F');
      this.drawCells(cells, columns, widths, size, lh, pad);
      this.y += h;
    };
    this.font(size + 0.5, 'bold', MUTED);
    const captionLines = this.lines(caption, this.textWidth);
    this.ensure(captionLines.length * lh + 4 * lh);
    for (const line of captionLines) {
      this.doc.text(line, this.left, this.y + size);
      this.y += lh;
    }
    this.y += 2;
    drawHeader();
    for (const row of rows) {
      this.font(size);
      const cellLinks: Array<Array<string | null>> = [];
      const cells = row.map((cell, i) => {
        const width = (widths[i] ?? 0) - 2 * pad;
        if (!columns[i]?.links) return this.lines(cell, width);
        const lines: string[] = [];
        const links: Array<string | null> = [];
        for (const entry of cell.split('\n')) {
          // An entry is a URL, or words then a URL ("Primary: https://…"). Only plain-ASCII URLs
          // become links (the PDF string carries bytes); others stay text.
          const url = /(https?:\/\/[\x21-\x7e]+)$/i.exec(entry)?.[1] ?? null;
          for (const line of this.lines(entry, width)) {
            lines.push(line);
            links.push(url);
          }
        }
        cellLinks[i] = links;
        return lines;
      });
      const h = Math.max(1, ...cells.map((c) => c.length)) * lh + 2 * pad;
      if (this.y + h > this.bottom) {
        this.newPage();
        drawHeader();
        this.font(size);
      }
      this.drawCells(cells, columns, widths, size, lh, pad, cellLinks);
      this.y += h;
      this.doc.setDrawColor(...RULE);
      this.doc.setLineWidth(0.4);
      this.doc.line(this.left, this.y, this.right, this.y);
    }
    this.y += 10;
  }

  private drawCells(
    cells: string[][],
    columns: Column[],
    widths: number[],
    size: number,
    lh: number,
    pad: number,
    links: Array<Array<string | null>> = [],
  ): void {
    let x = this.left;
    cells.forEach((lines, i) => {
      const w = widths[i] ?? 0;
      const right = columns[i]?.align === 'right';
      lines.forEach((line, k) => {
        const ty = this.y + pad + size + k * lh - 1;
        if (right) this.doc.text(line, x + w - pad, ty, { align: 'right' });
        else this.doc.text(line, x + pad, ty);
        const url = links[i]?.[k];
        if (url) this.doc.link(x + pad, ty - size, this.doc.getTextWidth(line), lh, { url });
      });
      x += w;
    });
  }

  /** Horizontal bars with direct labels on a numeric axis, sized to the text width; never split. */
  barChart(opts: {
    title: string;
    caption: string;
    scale: string;
    bars: Array<{ label: string; value: number; valueLabel: string; color: Rgb }>;
    max: number;
    ticks: number[];
  }): void {
    const rowH = 15;
    const labelW = 92;
    const valueW = 118;
    const plotW = this.textWidth - labelW - valueW;
    this.font(9);
    const captionLines = this.lines(opts.caption, this.textWidth);
    const h = 14 + captionLines.length * 12 + 6 + opts.bars.length * rowH + 30;
    this.ensure(h);
    this.font(11, 'bold');
    this.doc.text(pdfText(opts.title), this.left, this.y + 11);
    this.y += 16;
    this.font(9, 'normal', MUTED);
    for (const line of captionLines) {
      this.doc.text(line, this.left, this.y + 9);
      this.y += 12;
    }
    this.y += 6;
    const x0 = this.left + labelW;
    const top = this.y;
    const plotH = opts.bars.length * rowH;
    const xOf = (v: number) => x0 + (Math.max(0, Math.min(v, opts.max)) / opts.max) * plotW;
    this.doc.setDrawColor(...RULE);
    this.doc.setLineWidth(0.3);
    this.font(7.5, 'normal', MUTED);
    for (const t of opts.ticks) {
      const x = xOf(t);
      this.doc.line(x, top, x, top + plotH);
      this.doc.text(formatInteger(t), x, top + plotH + 9, { align: 'center' });
    }
    opts.bars.forEach((b, i) => {
      const y = top + i * rowH;
      this.font(8.5);
      this.doc.text(pdfText(b.label), x0 - 5, y + rowH / 2 + 3, { align: 'right' });
      const w = xOf(b.value) - x0;
      if (w > 0) {
        this.doc.setFillColor(...b.color);
        this.doc.setDrawColor(120, 120, 120);
        this.doc.setLineWidth(0.3);
        this.doc.rect(x0, y + 2, w, rowH - 4, 'FD');
      }
      this.doc.text(pdfText(b.valueLabel), x0 + w + 4, y + rowH / 2 + 3);
    });
    this.y = top + plotH + 14;
    this.font(8, 'normal', MUTED);
    for (const line of this.lines(opts.scale, this.textWidth)) {
      this.doc.text(line, this.left, this.y + 8);
      this.y += 10;
    }
    this.y += 10;
  }

  /** Footer on every page: the report's stamp on the left, "Page n of N" on the right. */
  footer(text: string): void {
    const pages = this.doc.getNumberOfPages();
    for (let i = 1; i <= pages; i++) {
      this.doc.setPage(i);
      this.doc.setDrawColor(...RULE);
      this.doc.setLineWidth(0.4);
      this.doc.line(this.left, this.height - 38, this.right, this.height - 38);
      this.font(7.5, 'normal', MUTED);
      const lines = this.lines(text, this.textWidth - 70);
      lines.forEach((line, k) => this.doc.text(line, this.left, this.height - 28 + k * 9));
      this.doc.text(`Page ${i} of ${pages}`, this.right, this.height - 28, { align: 'right' });
    }
  }
}

const DEPLOYMENT = {
  'vendor-api': 'Vendor API',
  'cloud-marketplace': 'Cloud marketplace',
  'self-hosted': 'Self-hosted',
} as const;

function delta(n: number | null): string {
  return n === null ? 'n/a' : formatSigned(n);
}

/** The board pack as a PDF: the executive summary first, then each section of the report on a page of its own. */
export function buildBoardPackPdf(input: BoardPackInput): BoardPack {
  const { report, summary, format } = input;
  const color = input.resolveColor ?? (() => FALLBACK_BAR);
  const L = new Layout(format);
  const stamp = reportFooterText(report);
  L.doc.setProperties({
    title: `${report.title}, as of ${formatDay(report.asOf)}`,
    subject: stamp,
    creator: 'AI Vendor Risk Radar',
  });

  // Page 1: the executive summary.
  L.heading(report.title, 18);
  L.paragraph(stamp, 9, 'bold', MUTED);
  if (report.stale)
    L.paragraph(
      `No facts after ${formatDay(report.dataset.compiledOn)} are known: scores after that date only decay.`,
      8.5,
      'normal',
      MUTED,
    );
  L.heading('Executive summary', 13);
  for (const s of summaryHeadline(summary, report)) L.paragraph(s, 10);
  L.table(
    'Top risks: the riskiest providers and the factor that drives each',
    [
      { title: 'Rank', width: 0.08, align: 'right' },
      { title: 'Provider', width: 0.22 },
      { title: 'Platform risk', width: 0.18, align: 'right' },
      { title: 'Main driver', width: 0.34 },
      { title: 'Portfolio share', width: 0.18, align: 'right' },
    ],
    summary.topRisks.map((r) => [
      String(r.rank),
      r.provider,
      `${formatScore(r.risk)} (${r.grade})`,
      r.driver ? `${r.driver.label} ${formatScore(r.driver.value)}` : '-',
      r.share === null ? 'not used' : formatShare(r.share),
    ]),
  );
  L.table(
    `Biggest moves since ${formatDay(summary.moves.since)} and what caused them`,
    [
      { title: 'Provider', width: 0.16 },
      { title: 'Change', width: 0.2, align: 'right' },
      { title: 'Causes', width: 0.64 },
    ],
    summary.moves.rows.length === 0
      ? [['-', '-', 'No provider moved by 0.1 points or more in these 90 days.']]
      : summary.moves.rows.map((m) => [m.provider, moveText(m), causeLines(m).join('\n')]),
  );
  const c = summary.concentration;
  L.paragraph('Concentration', 10, 'bold');
  L.paragraph(
    c === null
      ? 'The portfolio is empty: record dependencies on the Portfolio page.'
      : `Portfolio exposure ${formatScore(c.portfolioExposure)} of 100 · effective number of providers ${c.effectiveProviders === null ? 'no data' : formatDecimal(c.effectiveProviders)} · HHI ${c.hhi === null ? 'no data' : formatInteger(c.hhi)}${c.hhiBandLabel ? ` (${c.hhiBandLabel})` : ''}${c.largest ? ` · largest provider ${c.largest.provider}, ${formatShare(c.largest.share)}` : ''}`,
    9,
  );
  L.table(
    'Nearest deadlines: retirements your workloads face, then upcoming events',
    [
      { title: 'Date', width: 0.2 },
      { title: 'Provider', width: 0.16 },
      { title: 'What', width: 0.64 },
    ],
    summary.deadlines.length === 0
      ? [['-', '-', `No retirement or event is dated after ${formatDay(summary.asOf)}.`]]
      : summary.deadlines.map((d) => [
          deadlineDate(d),
          d.provider,
          d.detail ? `${deadlineTitle(d)}\n${d.detail}` : deadlineTitle(d),
        ]),
  );

  // Provider ranking.
  L.section('Provider ranking');
  L.barChart({
    title: 'Platform risk by provider',
    caption: input.rankingCaption,
    scale: `Scale: platform risk 0-100, higher is riskier; grades A (lowest) to E. Source: AI Vendor Risk Radar, ${stamp}.`,
    bars: input.rankingBars.map((b) => ({
      label: b.label,
      value: b.value,
      valueLabel: b.valueLabel,
      color: color(b.color),
    })),
    max: 100,
    ticks: [0, 20, 40, 60, 80, 100],
  });
  L.table(
    'Providers ranked by platform risk (0-100, higher is riskier) with its six factors',
    [
      { title: 'Rank', width: 0.06, align: 'right' },
      { title: 'Provider', width: 0.16 },
      { title: 'Platform risk', width: 0.12, align: 'right' },
      ...FACTOR_KEYS.map((k) => ({
        title: FACTOR_LABELS[k],
        width: 0.66 / 6,
        align: 'right' as const,
      })),
    ],
    report.ranking.map((r) => [
      r.rank === null ? '-' : String(r.rank),
      r.provider,
      r.grade ? `${formatScore(r.risk)} (${r.grade})` : formatScore(r.risk),
      ...FACTOR_KEYS.map((k) => (r.factors[k] === null ? '-' : formatScore(r.factors[k]))),
    ]),
  );

  L.section('Openness');
  L.paragraph(
    "Each provider's models released and not retired on the as-of date, on the G7 ladder, and its newest model's openness score (0-100; unknown components count as closed), G7 tier and MOF class.",
    9,
  );
  L.table(
    "Openness of each provider's models",
    [
      { title: 'Provider', width: 0.14 },
      { title: 'Models on the G7 ladder', width: 0.13, align: 'right' },
      { title: 'Newest model', width: 0.2 },
      { title: 'Score', width: 0.08, align: 'right' },
      { title: 'G7 tier', width: 0.17 },
      { title: 'MOF class', width: 0.16 },
      { title: 'Unknown components', width: 0.12 },
    ],
    report.ranking.map((r) => {
      const o = r.openness;
      const n = o.newest;
      return [
        r.provider,
        `${formatInteger(o.models - o.tiers.none - o.tiers['not-graded'])} of ${formatInteger(o.models)}`,
        n ? n.name : '-',
        n && n.score !== null ? formatScore(n.score) : '-',
        n?.g7Tier ? G7_TIER_LABELS[n.g7Tier] : '-',
        n?.mofClass ? MOF_CLASS_LABELS[n.mofClass] : '-',
        n && n.unknown.length > 0 ? String(n.unknown.length) : 'none',
      ];
    }),
  );

  L.section('Exposure and concentration');
  const e = report.exposure;
  const view = input.exposureView;
  if (e === null || view === null) {
    L.paragraph(
      'The portfolio is empty: record your dependencies on the Portfolio page to report exposure and concentration.',
    );
  } else {
    L.paragraph(
      `Portfolio exposure ${formatScore(e.portfolioExposure)} of 100 · effective number of providers ${e.effectiveProviders === null ? 'no data' : formatDecimal(e.effectiveProviders)} · HHI ${e.hhi === null ? 'no data' : formatInteger(e.hhi)} (${e.hhiBandLabel ?? 'no band'})`,
      10,
      'bold',
    );
    L.barChart({
      title: 'Exposure per provider',
      caption: view.caption,
      scale: `Scale: points of the portfolio's exposure (0-100 in all), with each provider's share of the dependency weight. Source: AI Vendor Risk Radar, ${stamp}.`,
      bars: view.rows.map((r) => ({
        label: r.name,
        value: r.exposure,
        valueLabel: r.barLabel,
        color: color(r.color),
      })),
      max: view.axisMax,
      ticks: view.axisTicks,
    });
    L.table(
      'Dependencies with their risk and exit options',
      [
        { title: 'Workload', width: 0.3 },
        { title: 'Model', width: 0.3 },
        { title: 'Deployment', width: 0.16 },
        { title: 'Risk', width: 0.1, align: 'right' },
        { title: 'Exit options', width: 0.14, align: 'right' },
      ],
      e.dependencies.map((d) => [
        d.workload,
        `${d.model} (${d.provider})`,
        DEPLOYMENT[d.deployment],
        formatScore(d.risk),
        d.exitStatus === 'unknown' ? 'unknown' : String(d.exitCount),
      ]),
    );
  }

  L.section('Top contributors');
  L.table(
    "The models and events that add most to the five riskiest providers' scores",
    [
      { title: 'Provider', width: 0.16 },
      { title: 'Factor', width: 0.2 },
      { title: 'Model or event', width: 0.46 },
      { title: 'Points of platform risk', width: 0.18, align: 'right' },
    ],
    report.topContributors.map((t) => [t.provider, t.factorLabel, t.label, formatScore(t.points)]),
  );

  L.section('Upcoming events');
  if (report.upcomingEvents.length === 0) {
    L.paragraph(`No events dated after ${formatDay(report.asOf)}.`);
  } else {
    L.table(
      `Events dated after ${formatDay(report.asOf)}: not scored until they happen`,
      [
        { title: 'Date', width: 0.16 },
        { title: 'Provider', width: 0.16 },
        { title: 'Event', width: 0.56 },
        { title: 'Severity', width: 0.12, align: 'right' },
      ],
      report.upcomingEvents.map((ev) => [
        `${formatPreciseDate(ev.date)}${ev.scheduled ? ' (scheduled)' : ''}`,
        ev.provider,
        `${ev.title}${ev.hypothetical ? ' (hypothetical, scenario)' : ''}`,
        String(ev.severity),
      ]),
    );
  }

  L.section('Active scenario');
  const s = report.scenario;
  if (s === null) {
    L.paragraph('None: the figures in this report are the baseline.');
  } else {
    L.paragraph(
      `${s.name}, compared with the baseline as of its horizon ${formatDay(s.horizon)}. Portfolio exposure ${formatScore(s.baselineExposure)} -> ${formatScore(s.scenarioExposure)} (${delta(s.exposureDelta)}).`,
    );
    const w = s.workloads;
    L.paragraph(
      `Workloads broken ${w.baselineBroken} -> ${w.scenarioBroken} (${countsByCriticalityText(w.brokenBy)}); at risk ${w.baselineAtRisk} -> ${w.scenarioAtRisk} (${countsByCriticalityText(w.atRiskBy)}).`,
      10,
      'bold',
    );
    if (w.affected.length > 0)
      L.table(
        'Workloads the scenario breaks or puts at risk, with their exits ranked by fit',
        [
          { title: 'Workload', width: 0.2 },
          { title: 'Criticality', width: 0.13 },
          { title: 'State', width: 0.32 },
          { title: 'Top exits by fit', width: 0.35 },
        ],
        w.affected.map((a) => [
          `${a.workload}\n${a.model} (${a.provider})`,
          a.criticality,
          `${a.state === 'broken' ? 'broken' : 'at risk'}, ${a.reason}${a.causedByScenario ? '' : ' (already so without the scenario)'}`,
          [
            ...a.topExits.map((e) => `${e.model} (${e.provider}), fit ${e.fit}/100`),
            `top ${a.topExits.length} of ${a.exitCount}`,
          ].join('\n'),
        ]),
      );
    L.table(
      'Platform risk per provider, baseline and scenario',
      [
        { title: 'Provider', width: 0.4 },
        { title: 'Baseline', width: 0.2, align: 'right' },
        { title: 'Scenario', width: 0.2, align: 'right' },
        { title: 'Change', width: 0.2, align: 'right' },
      ],
      s.providers.map((p) => [
        p.provider,
        formatScore(p.baseline),
        formatScore(p.scenario),
        delta(p.delta),
      ]),
    );
  }

  L.section('Data sources');
  L.table(
    'Where the facts come from: "Verified" means a primary source or two independent reputable ones',
    [
      { title: 'Provider', width: 0.13 },
      { title: 'Provider record', width: 0.2 },
      { title: 'Models and events verified / not', width: 0.14, align: 'right' },
      { title: 'Sources, each with its tier', width: 0.53, links: true },
    ],
    report.sources.map((src) => [
      src.provider,
      src.evidence,
      `${src.verified} / ${src.notVerified}`,
      src.sources
        .map((x) => `${SOURCE_TIER_LABEL[sourceTier(x, { providerId: src.providerId })]}: ${x.url}`)
        .join('\n'),
    ]),
    8,
  );

  L.footer(`${stamp} · source: AI Vendor Risk Radar curated data set and its methodology page`);
  const pages = L.doc.getNumberOfPages();
  return { blob: L.doc.output('blob'), pages };
}
