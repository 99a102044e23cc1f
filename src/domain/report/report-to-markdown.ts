import { mdLink, mdTable as table, mdText } from '../export/to-markdown';
import { settingsLine } from '../risk/settings-line';
import { countsByCriticalityText } from '../scenario/workload-impact';
import { FACTOR_KEYS, FACTOR_LABELS } from '../risk/settings';
import { G7_TIER_LABELS } from '../openness/g7-tier';
import { MOF_CLASS_LABELS } from '../openness/mof-class';
import {
  OPENNESS_COMPONENT_KEYS,
  componentList,
  type ComponentGrade,
} from '../openness/openness-components';
import type { ReportEvent, RiskReport } from './build-risk-report';
import { fixed, isoDate, percent, signed } from './report-text';
import { sourceTier } from '../evidence/source-tier';
import type { SourceTier } from '../schema/source';

/** A source's tier in words, after its link. */
const SOURCE_TIER_WORDS: Record<SourceTier, string> = {
  primary: 'primary',
  press: 'reputable press',
  secondary: 'secondary',
};

/** Events as a table; a title says "(hypothetical)" itself where it is one. */
function eventTable(events: readonly ReportEvent[]): string[] {
  return table(
    ['Date', 'Provider', 'Event', 'Direction', 'Severity'],
    events.map((ev) => [
      `${mdText(isoDate(ev.date))}${ev.scheduled ? ' (scheduled)' : ''}`,
      mdText(ev.provider),
      mdText(ev.title),
      ev.direction,
      String(ev.severity),
    ]),
  );
}

/**
 * The report as Markdown (the export module's mdText, mdLink and mdTable): stamped with the
 * as-of date, methodology id, settings and data set; data text neutralised and escaped, links
 * only for http(s) sources, figures rounded as shown.
 */
export function reportToMarkdown(report: RiskReport): string {
  const out: string[] = [];
  out.push(`# ${report.title}`, '');
  out.push(
    `As of ${mdText(report.asOf)} · methodology ${mdText(report.methodologyId)} · data set ${mdText(report.dataset.version)}, compiled ${mdText(report.dataset.compiledOn)}, facts current to ${mdText(report.dataset.factsCurrentTo ?? 'unknown')}`,
    '',
  );
  out.push(`Settings: ${mdText(settingsLine(report.settings))}.`, '');
  if (report.stale) {
    out.push(
      `> No facts after ${mdText(report.dataset.compiledOn)} are known: scores after that date only decay.`,
      '',
    );
  }

  out.push('## Provider ranking', '');
  out.push(
    ...table(
      ['Rank', 'Provider', 'Platform risk', 'Grade', ...FACTOR_KEYS.map((k) => FACTOR_LABELS[k])],
      report.ranking.map((r) => [
        r.rank === null ? '—' : String(r.rank),
        mdText(r.provider),
        fixed(r.risk),
        r.grade ?? 'no data',
        ...FACTOR_KEYS.map((k) => (r.factors[k] === null ? '—' : fixed(r.factors[k]))),
      ]),
    ),
    '',
  );

  out.push('## Openness', '');
  out.push(
    "Each provider's models released and not retired on the as-of date, on the G7 ladder, and its newest model's openness score (0-100, unknown components counted as closed), G7 tier, MOF class and components.",
    '',
  );
  const count = (grades: Readonly<Record<string, ComponentGrade>>, g: ComponentGrade) =>
    OPENNESS_COMPONENT_KEYS.filter((k) => grades[k] === g).length;
  out.push(
    ...table(
      [
        'Provider',
        'Models on the G7 ladder',
        'Newest model',
        'Score',
        'G7 tier',
        'MOF class',
        'Components open / partial / closed / unknown',
        'Unknown components',
      ],
      report.ranking.map((r) => {
        const o = r.openness;
        const n = o.newest;
        const onLadder = o.models - o.tiers.none - o.tiers['not-graded'];
        return [
          mdText(r.provider),
          `${onLadder} of ${o.models}`,
          n ? mdText(n.name) : '—',
          n && n.score !== null ? fixed(n.score) : 'not graded',
          n?.g7Tier ? G7_TIER_LABELS[n.g7Tier] : '—',
          n?.mofClass ? MOF_CLASS_LABELS[n.mofClass] : '—',
          n?.grades
            ? (['open', 'partial', 'closed', 'unknown'] as const)
                .map((g) => String(count(n.grades ?? {}, g)))
                .join(' / ')
            : '—',
          n && n.unknown.length > 0 ? componentList(n.unknown) : 'none',
        ];
      }),
    ),
    '',
  );

  out.push('## Exposure and concentration', '');
  const e = report.exposure;
  if (e === null) {
    out.push('The portfolio is empty: no exposure to report.', '');
  } else {
    out.push(
      `Portfolio exposure ${fixed(e.portfolioExposure)} of 100 · effective number of providers ${fixed(e.effectiveProviders)} · HHI ${fixed(e.hhi, 0)} (${mdText(e.hhiBandLabel ?? 'no band')})`,
      '',
    );
    out.push(
      ...table(
        ['Provider', 'Share', 'Exposure (points)', 'Dependencies'],
        e.providers.map((p) => [
          mdText(p.provider),
          percent(p.share),
          fixed(p.exposure),
          String(p.dependencyCount),
        ]),
      ),
      '',
    );
    out.push('### Dependencies', '');
    out.push(
      ...table(
        [
          'Workload',
          'Model',
          'Provider',
          'Criticality',
          'Deployment',
          'Share',
          'Risk',
          'Openness score',
          'G7 tier',
          'Exit options',
        ],
        e.dependencies.map((d) => [
          mdText(d.workload),
          mdText(d.model),
          mdText(d.provider),
          d.criticality,
          d.deployment,
          mdText(String(d.share)),
          fixed(d.risk),
          d.opennessScore === null ? 'not graded' : fixed(d.opennessScore),
          d.g7Tier ? G7_TIER_LABELS[d.g7Tier] : '—',
          d.exitStatus === 'unknown' ? 'unknown' : String(d.exitCount),
        ]),
      ),
      '',
    );
  }

  out.push('## Top contributors', '');
  out.push(
    ...table(
      ['Provider', 'Factor', 'Contributor', 'Points of platform risk'],
      report.topContributors.map((c) => [
        mdText(c.provider),
        c.factorLabel,
        mdText(c.label),
        fixed(c.points),
      ]),
    ),
    '',
  );

  out.push('## Upcoming events', '');
  if (report.upcomingEvents.length === 0)
    out.push(`No events dated after ${mdText(report.asOf)}.`, '');
  else {
    out.push(...eventTable(report.upcomingEvents), '');
  }

  out.push('## Active scenario', '');
  const s = report.scenario;
  if (s === null) out.push('None: the figures above are the baseline.', '');
  else {
    out.push(`Scenario ${mdText(s.name)}, as of its horizon ${mdText(s.horizon)}.`, '');
    out.push(
      `Portfolio exposure ${fixed(s.baselineExposure)} → ${fixed(s.scenarioExposure)} (${signed(s.exposureDelta)}) · HHI ${fixed(s.baselineHhi, 0)} → ${fixed(s.scenarioHhi, 0)} (${signed(s.hhiDelta, 0)})`,
      '',
    );
    if (s.events.length > 0) {
      out.push('Events the scenario adds (hypothetical, not facts):', '');
      out.push(...eventTable(s.events), '');
    }
    out.push(
      `Platform risk per provider as of ${mdText(s.horizon)}, without the scenario (baseline) and with it; change = scenario − baseline as shown.`,
      '',
    );
    out.push(
      ...table(
        ['Provider', 'Baseline', 'Scenario', 'Change'],
        s.providers.map((p) => [
          mdText(p.provider),
          fixed(p.baseline),
          fixed(p.scenario),
          signed(p.delta),
        ]),
      ),
      '',
    );
    const w = s.workloads;
    out.push(
      `Workloads broken ${w.baselineBroken} → ${w.scenarioBroken} (${countsByCriticalityText(w.brokenBy)}) · at risk ${w.baselineAtRisk} → ${w.scenarioAtRisk} (${countsByCriticalityText(w.atRiskBy)})`,
      '',
    );
    for (const a of w.affected) {
      out.push(
        `- **${mdText(a.workload)}** (${a.criticality}): ${a.state === 'broken' ? 'broken' : 'at risk'}, ${mdText(a.reason)}${a.causedByScenario ? '' : ' (already so without the scenario)'}. Exits ranked by fit, top ${a.topExits.length} of ${a.exitCount}:`,
        ...a.topExits.map(
          (e, i) =>
            `    ${i + 1}. ${mdText(e.model)} (${mdText(e.provider)}), fit ${e.fit}/100. Fits: ${mdText(e.fits.join('; ') || 'none')}.${e.lacks.length > 0 ? ` Lacks: ${mdText(e.lacks.join('; '))}.` : ''}${e.unknown.length > 0 ? ` Unknown: ${mdText(e.unknown.join('; '))}.` : ''}`,
        ),
      );
    }
    if (w.affected.length > 0) out.push('');
  }

  out.push('## Data sources', '');
  out.push(
    ...table(
      ['Provider', 'Provider record', 'Models and events verified / not', 'Sources'],
      report.sources.map((src) => [
        mdText(src.provider),
        mdText(src.evidence),
        `${src.verified} / ${src.notVerified}`,
        src.sources
          .map(
            (x) =>
              `${mdLink(x.url)} (${SOURCE_TIER_WORDS[sourceTier(x, { providerId: src.providerId })]})`,
          )
          .join(' '),
      ]),
    ),
    '',
  );
  out.push(
    `Methodology ${mdText(report.methodologyId)}; data set ${mdText(report.dataset.version)} compiled ${mdText(report.dataset.compiledOn)} (facts current to ${mdText(report.dataset.factsCurrentTo ?? 'unknown')}).`,
    '',
  );
  return out.join('\n');
}
