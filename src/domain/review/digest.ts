import { z } from '@/domain/schema/zod';
import { roundDecimal } from '../round-decimal';
import { htmlHref, htmlText } from '../export/to-html';
import { toJson } from '../export/to-json';
import { mdLink, mdTable, mdText } from '../export/to-markdown';
import type { Source } from '../schema/source';
import type { SinceReview } from './since-review';

/** The digest's schema id; a change to its shape is a new id (docs/digest.md). */
export const DIGEST_SCHEMA_ID = 'avrr.changes-digest/1';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const date = z.object({ date: z.string(), precision: z.enum(['day', 'month']) });
const score = z.number().min(0).max(100).nullable();
const grade = z.enum(['A', 'B', 'C', 'D', 'E']).nullable();
const sources = z.array(z.string());

/**
 * The "since review" digest as JSON: what the Markdown and HTML digests say, and the payload a
 * webhook would receive. Scores are rounded to one decimal as shown; sources are URLs.
 */
export const digestSchema = z.strictObject({
  schema: z.literal(DIGEST_SCHEMA_ID),
  reviewDate: isoDay,
  reviewName: z.string().nullable(),
  asOf: isoDay,
  datasetVersion: z.string(),
  datasetRevision: z.number().int().nonnegative(),
  compiledOn: isoDay,
  /** The newest dated fact of the data set (ISO day, or YYYY-MM for a month); null: none. */
  factsCurrentTo: z.string().nullable(),
  methodology: z.string(),
  settings: z.string(),
  horizonDays: z.number().int().positive(),
  watchlistOnly: z.boolean(),
  providers: z.array(
    z.strictObject({
      providerId: z.string(),
      name: z.string(),
      then: score,
      now: score,
      delta: z.number().nullable(),
      gradeThen: grade,
      gradeNow: grade,
      crossing: z.enum(['worse', 'better']).nullable(),
    }),
  ),
  events: z.array(
    z.strictObject({
      eventId: z.string(),
      title: z.string(),
      date,
      providerId: z.string().nullable(),
      severity: z.number().int().min(0).max(5),
      direction: z.enum(['toward-closed', 'toward-open', 'neutral']),
      clock: z.enum(['dated-after-review', 'recorded-after-review']),
      recordedAt: z.string().nullable(),
      sources,
    }),
  ),
  opennessMoves: z.array(
    z.strictObject({
      modelId: z.string(),
      modelName: z.string(),
      providerId: z.string(),
      date,
      kind: z.enum(['relicensed', 'new-flagship']),
      fromLevel: z.number().int().min(1).max(5).nullable(),
      toLevel: z.number().int().min(1).max(5),
      direction: z.enum(['toward-closed', 'toward-open']),
      eventId: z.string().nullable(),
      sources,
    }),
  ),
  lifecycle: z.array(
    z.strictObject({
      modelId: z.string(),
      modelName: z.string(),
      step: z.enum(['released', 'deprecated', 'retired']),
      date,
      channel: z.string(),
      replacement: z.string().nullable(),
      eventId: z.string().nullable(),
      sources,
    }),
  ),
  deadlines: z.array(
    z.strictObject({
      kind: z.enum(['shutdown', 'deprecation', 'scheduled-event']),
      title: z.string(),
      date,
      daysLeft: z.number().int(),
      lowerBound: z.boolean(),
      modelId: z.string().nullable(),
      channel: z.string().nullable(),
      eventId: z.string().nullable(),
      sources,
    }),
  ),
});
export type Digest = z.infer<typeof digestSchema>;

export interface DigestStamp {
  reviewName: string | null;
  datasetVersion: string;
  datasetRevision: number;
  compiledOn: string;
  /** The newest dated fact (ISO day, or YYYY-MM for a month); null when unknown. */
  factsCurrentTo: string | null;
  methodology: string;
  settings: string;
  watchlistOnly: boolean;
}

const r1 = (n: number | null) => (n === null ? null : roundDecimal(n, 1));
const urls = (s: readonly Source[]) => s.map((x) => x.url);

/** The digest of a report, stamped with the review, the as-of date, the data set and the methodology. */
export function toDigest(report: SinceReview, stamp: DigestStamp): Digest {
  return {
    schema: DIGEST_SCHEMA_ID,
    reviewDate: report.reviewDate,
    reviewName: stamp.reviewName,
    asOf: report.asOf,
    datasetVersion: stamp.datasetVersion,
    datasetRevision: stamp.datasetRevision,
    compiledOn: stamp.compiledOn,
    factsCurrentTo: stamp.factsCurrentTo,
    methodology: stamp.methodology,
    settings: stamp.settings,
    horizonDays: report.horizonDays,
    watchlistOnly: stamp.watchlistOnly,
    providers: report.providers
      .filter((p) => p.delta !== null && Math.abs(p.delta) >= 0.05)
      .map((p) => ({
        providerId: p.providerId,
        name: p.name,
        then: r1(p.then),
        now: r1(p.now),
        delta: r1(p.delta),
        gradeThen: p.gradeThen,
        gradeNow: p.gradeNow,
        crossing: p.crossing,
      })),
    events: report.events.map((e) => ({
      eventId: e.eventId,
      title: e.title,
      date: e.date,
      providerId: e.providerId,
      severity: e.severity,
      direction: e.direction,
      clock: e.clock,
      recordedAt: e.recordedAt,
      sources: urls(e.sources),
    })),
    opennessMoves: report.opennessMoves.map((m) => ({
      modelId: m.modelId,
      modelName: m.modelName,
      providerId: m.providerId,
      date: m.date,
      kind: m.kind,
      fromLevel: m.fromLevel,
      toLevel: m.toLevel,
      direction: m.direction,
      eventId: m.eventId,
      sources: urls(m.sources),
    })),
    lifecycle: report.lifecycle.map((s) => ({
      modelId: s.modelId,
      modelName: s.modelName,
      step: s.step,
      date: s.date,
      channel: s.channel,
      replacement: s.replacement?.name ?? null,
      eventId: s.eventId,
      sources: urls(s.sources),
    })),
    deadlines: report.deadlines.map((d) => ({
      kind: d.kind,
      title: d.title,
      date: d.date,
      daysLeft: d.daysLeft,
      lowerBound: d.lowerBound,
      modelId: d.modelId,
      channel: d.channel,
      eventId: d.eventId,
      sources: urls(d.sources),
    })),
  };
}

/** The digest as JSON (the export rule of every JSON file; the webhook payload). */
export function digestToJson(d: Digest): string {
  return toJson(d);
}

const num = (n: number | null) => (n === null ? 'no data' : n.toFixed(1));
const signed = (n: number | null) => (n === null ? 'n/a' : `${n > 0 ? '+' : ''}${n.toFixed(1)}`);
const STEP = { released: 'Released', deprecated: 'Deprecated', retired: 'Retired' } as const;
const CLOCK = {
  'dated-after-review': 'dated after the review',
  'recorded-after-review': 'dated before the review, recorded after it',
} as const;

function stampLines(d: Digest): string[] {
  return [
    `Review: ${d.reviewName ? `${d.reviewName}, ` : ''}${d.reviewDate}`,
    `As of: ${d.asOf}`,
    `Data set: ${d.datasetVersion} (revision ${d.datasetRevision}, compiled ${d.compiledOn}, facts current to ${d.factsCurrentTo ?? 'unknown'})`,
    `Methodology: ${d.methodology} (${d.settings})`,
    ...(d.watchlistOnly ? ['Scope: the watchlist only'] : []),
  ];
}

/** The digest as Markdown: the stamp, then one section per part, every line with its sources. */
export function digestToMarkdown(d: Digest): string {
  const out: string[] = ['# What changed', ''];
  for (const line of stampLines(d)) out.push(`- ${mdText(line)}`);
  out.push('', '## Platform risk', '');
  if (d.providers.length === 0) out.push('No provider’s platform risk moved.');
  else
    out.push(
      ...mdTable(
        ['Provider', 'Then', 'Now', 'ΔR', 'Grade'],
        d.providers.map((p) => [
          mdText(p.name),
          num(p.then),
          num(p.now),
          signed(p.delta),
          `${p.gradeThen ?? '–'} → ${p.gradeNow ?? '–'}${p.crossing ? ` (${p.crossing})` : ''}`,
        ]),
      ),
    );
  const list = (title: string, items: string[], empty: string) => {
    out.push('', `## ${title}`, '');
    if (items.length === 0) out.push(empty);
    else out.push(...items);
  };
  const src = (s: string[]) => (s.length === 0 ? '' : ` Sources: ${s.map(mdLink).join(', ')}`);
  list(
    `New events (${d.events.length})`,
    d.events.map(
      (e) =>
        `- ${mdText(`${e.date.date}: ${e.title} (severity ${e.severity}; ${CLOCK[e.clock]})`)}.${src(e.sources)}`,
    ),
    'No new events.',
  );
  list(
    `Openness moves (${d.opennessMoves.length})`,
    d.opennessMoves.map(
      (m) =>
        `- ${mdText(`${m.date.date}: ${m.modelName} ${m.direction === 'toward-closed' ? 'toward closed' : 'toward open'}, level ${m.fromLevel ?? 'unknown'} → ${m.toLevel}${m.kind === 'new-flagship' ? ' (a new release)' : ''}`)}.${src(m.sources)}`,
    ),
    'No openness moves.',
  );
  list(
    `Models released, deprecated or retired (${d.lifecycle.length})`,
    d.lifecycle.map(
      (s) =>
        `- ${mdText(`${s.date.date}: ${STEP[s.step]} ${s.modelName}${s.step === 'released' ? '' : ` on ${s.channel}`}${s.replacement ? `, replacement ${s.replacement}` : ''}`)}.${src(s.sources)}`,
    ),
    'None.',
  );
  list(
    `Deadlines in the next ${d.horizonDays} days (${d.deadlines.length})`,
    d.deadlines.map(
      (x) =>
        `- ${mdText(`${x.daysLeft} days: ${x.title}${x.channel ? ` on ${x.channel}` : ''} (${x.lowerBound ? 'no earlier than ' : ''}${x.date.date})`)}.${src(x.sources)}`,
    ),
    'No deadlines.',
  );
  return `${out.join('\n')}\n`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

const S = {
  body: 'margin:0;padding:24px;background:#ffffff;color:#0f172a;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5',
  h1: 'font-size:22px;margin:0 0 8px 0',
  h2: 'font-size:17px;margin:20px 0 6px 0;border-bottom:1px solid #d5dde7',
  meta: 'color:#475569;margin:0 0 2px 0',
  table: 'border-collapse:collapse;width:100%;max-width:720px',
  th: 'text-align:left;border-bottom:1px solid #d5dde7;padding:4px 8px',
  td: 'border-bottom:1px solid #e2e8f0;padding:4px 8px',
  num: 'border-bottom:1px solid #e2e8f0;padding:4px 8px;text-align:right;font-variant-numeric:tabular-nums',
  li: 'margin:0 0 6px 0',
  a: 'color:#1d4ed8',
} as const;

/**
 * The digest as an e-mail-ready HTML document: inline styles only (mail clients drop style
 * sheets), no script, no image, no external resource; all data escaped; only http(s) links.
 */
export function digestToHtml(d: Digest): string {
  const t = htmlText;
  const links = (s: string[]) => {
    const safe = s.flatMap((u) => {
      const href = htmlHref(u);
      return href === null ? [] : [`<a href="${href}" style="${S.a}">${t(hostOf(u))}</a>`];
    });
    return safe.length === 0
      ? ''
      : ` <span style="color:#475569">Sources: ${safe.join(', ')}</span>`;
  };
  const section = (title: string, items: string[], empty: string) =>
    `<h2 style="${S.h2}">${t(title)}</h2>` +
    (items.length === 0
      ? `<p>${t(empty)}</p>`
      : `<ul>${items.map((i) => `<li style="${S.li}">${i}</li>`).join('')}</ul>`);
  const providers =
    d.providers.length === 0
      ? `<p>${t('No provider’s platform risk moved.')}</p>`
      : `<table role="presentation" style="${S.table}"><tr>${[
          'Provider',
          'Then',
          'Now',
          'ΔR',
          'Grade',
        ]
          .map((h) => `<th style="${S.th}">${t(h)}</th>`)
          .join('')}</tr>${d.providers
          .map(
            (p) =>
              `<tr><td style="${S.td}">${t(p.name)}</td><td style="${S.num}">${num(p.then)}</td><td style="${S.num}">${num(p.now)}</td><td style="${S.num}">${t(signed(p.delta))}</td><td style="${S.td}">${t(`${p.gradeThen ?? '–'} → ${p.gradeNow ?? '–'}${p.crossing ? ` (${p.crossing})` : ''}`)}</td></tr>`,
          )
          .join('')}</table>`;
  const body = [
    `<h1 style="${S.h1}">What changed</h1>`,
    ...stampLines(d).map((l) => `<p style="${S.meta}">${t(l)}</p>`),
    `<h2 style="${S.h2}">Platform risk</h2>`,
    providers,
    section(
      `New events (${d.events.length})`,
      d.events.map(
        (e) =>
          `${t(`${e.date.date}: ${e.title} (severity ${e.severity}; ${CLOCK[e.clock]}).`)}${links(e.sources)}`,
      ),
      'No new events.',
    ),
    section(
      `Openness moves (${d.opennessMoves.length})`,
      d.opennessMoves.map(
        (m) =>
          `${t(`${m.date.date}: ${m.modelName} ${m.direction === 'toward-closed' ? 'toward closed' : 'toward open'}, level ${m.fromLevel ?? 'unknown'} → ${m.toLevel}${m.kind === 'new-flagship' ? ' (a new release)' : ''}.`)}${links(m.sources)}`,
      ),
      'No openness moves.',
    ),
    section(
      `Models released, deprecated or retired (${d.lifecycle.length})`,
      d.lifecycle.map(
        (s) =>
          `${t(`${s.date.date}: ${STEP[s.step]} ${s.modelName}${s.step === 'released' ? '' : ` on ${s.channel}`}${s.replacement ? `, replacement ${s.replacement}` : ''}.`)}${links(s.sources)}`,
      ),
      'None.',
    ),
    section(
      `Deadlines in the next ${d.horizonDays} days (${d.deadlines.length})`,
      d.deadlines.map(
        (x) =>
          `${t(`${x.daysLeft} days: ${x.title}${x.channel ? ` on ${x.channel}` : ''} (${x.lowerBound ? 'no earlier than ' : ''}${x.date.date}).`)}${links(x.sources)}`,
      ),
      'No deadlines.',
    ),
  ].join('\n');
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${t(`What changed since ${d.reviewDate}`)}</title>\n</head>\n<body style="${S.body}">\n${body}\n</body>\n</html>\n`;
}
