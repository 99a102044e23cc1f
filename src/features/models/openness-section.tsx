import { COMPONENT_GRADE_LABEL, ComponentGradeBadge } from '@/components/component-grade-badge';
import { DataTable } from '@/components/data-table';
import { Facts, type Fact } from '@/components/facts';
import { formatDay, formatPreciseDate, formatScore } from '@/components/format';
import { OpennessBadge } from '@/components/openness-badge';
import { ScrollTable } from '@/components/scroll-table';
import { SourceLinks } from '@/components/source-links';
import { G7_TIER_LABELS } from '@/domain/openness/g7-tier';
import { MOF_CLASS_LABELS } from '@/domain/openness/mof-class';
import type { GradeChange } from '@/domain/openness/model-openness';
import { OPENNESS_COMPONENT_LABELS, componentList } from '@/domain/openness/openness-components';
import { OPENNESS_NAMES, type OpennessLevel } from '@/domain/openness';
import type { ModelOpennessView } from './model-openness-view';

const CHANGE_LABEL: Record<GradeChange['direction'], string> = {
  'toward-closed': '▲ Toward closed',
  'toward-open': '▼ Toward open',
  neutral: '● No change in points',
};

function Evidence({
  row,
  providerId,
}: {
  row: ModelOpennessView['groups'][number]['rows'][number];
  providerId: string | null;
}) {
  if (row.source) {
    return (
      <>
        <SourceLinks
          sources={[row.source]}
          providerId={providerId}
          label={`Evidence for ${row.label}`}
        />
        {row.confidence === 'recalled' && <div className="muted small">recalled, not re-read</div>}
      </>
    );
  }
  if (row.grade === 'unknown') return <span className="muted">No source states it</span>;
  return <span className="muted">No evidence recorded</span>;
}

/**
 * The model page's openness components: the score, MOF class and G7 tier with their reasons, the
 * 1-5 level beside them, the component table with its evidence, and the dated grade sets.
 */
export function OpennessSection({
  view,
  level,
  levelReason,
  asOf,
  released,
  providerId,
}: {
  view: ModelOpennessView | null;
  level: OpennessLevel;
  levelReason: string;
  asOf: string;
  released: boolean;
  /** The model's provider: its own pages are primary evidence. */
  providerId: string | null;
}) {
  const levelLine: Fact = [
    'Openness level',
    <>
      <OpennessBadge level={level} /> <strong>{OPENNESS_NAMES[level]}</strong>
      <p className="small">
        {levelReason} The level follows the os-ai-map scale, where the license caps it.
      </p>
    </>,
  ];
  if (!view) {
    return (
      <>
        <Facts className="openness-figures" items="openness-figure" facts={[levelLine]} />
        <p className="muted">
          This model is not graded on the openness components, so it has no openness score, MOF
          class or G7 tier.
        </p>
      </>
    );
  }
  const { derived, unknown } = view;
  return (
    <>
      <Facts
        className="openness-figures"
        items="openness-figure"
        facts={[
          [
            'Openness score',
            <>
              <strong className="num openness-figure__number">
                {formatScore(derived.score.score)}
              </strong>{' '}
              of 100
              <p className="small">{derived.score.reason}</p>
            </>,
          ],
          levelLine,
          [
            'Model Openness Framework class',
            <>
              <strong>{MOF_CLASS_LABELS[derived.mof.mofClass]}</strong>
              <p className="small">{derived.mof.reason}</p>
            </>,
          ],
          [
            'G7 openness tier',
            <>
              <strong>
                {derived.g7.step > 0 ? `Step ${derived.g7.step}: ` : ''}
                {G7_TIER_LABELS[derived.g7.tier]}
              </strong>
              <p className="small">{derived.g7.reason}</p>
            </>,
          ],
        ]}
      />

      <h3 id="components-title">Components</h3>
      <p className="small">
        Grades in force on {formatDay(asOf)}
        {released ? '' : ' (the model is not yet released: grades at release)'}, from the set dated{' '}
        {formatPreciseDate(view.set.from)}.{' '}
        {unknown.length === 0
          ? 'Every component is sourced.'
          : `${unknown.length} of 14 ${unknown.length === 1 ? 'component is' : 'components are'} unknown (${componentList(unknown)}): no source we read states ${unknown.length === 1 ? 'it' : 'them'}, and ${unknown.length === 1 ? 'it counts' : 'they count'} as closed in the score, class and tier.`}
        {view.noEvidence && ' This is a synthetic record: its grades carry no evidence.'}
      </p>
      <ScrollTable>
        <table className="data-table components-table" aria-labelledby="components-title">
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col">Grade</th>
              <th scope="col">Evidence</th>
              <th scope="col">Note</th>
              <th scope="col">Checked</th>
            </tr>
          </thead>
          {view.groups.map((g) => (
            <tbody key={g.group}>
              <tr className="components-table__group">
                <th scope="rowgroup" colSpan={5}>
                  {g.label}
                </th>
              </tr>
              {g.rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td>
                    <ComponentGradeBadge grade={r.grade} />
                  </td>
                  <td>
                    <Evidence row={r} providerId={providerId} />
                  </td>
                  <td className="components-table__note">{r.note ?? ''}</td>
                  <td className="num">{r.checked ? formatDay(r.checked) : '—'}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </ScrollTable>

      <h3 id="grade-history-title">History of the grades</h3>
      {view.changes.length === 0 ? (
        <p className="small">
          One grade set since release ({formatPreciseDate(view.sets[0]?.from ?? view.set.from)}): no
          component has opened or closed since.
        </p>
      ) : (
        <>
          <p className="small">
            {view.sets.length} dated grade sets, from{' '}
            {view.setDates.map((d) => formatPreciseDate(d)).join(', ')}. Each change below holds
            from its date.
          </p>
          <DataTable
            label="History of the grades, scrollable"
            labelledBy="grade-history-title"
            rows={view.changes}
            rowKey={(c) => `${c.from.date}-${c.key}`}
            columns={[
              { header: 'From', cell: (c) => formatPreciseDate(c.from) },
              {
                header: 'Component',
                rowHeader: true,
                cell: (c) => OPENNESS_COMPONENT_LABELS[c.key],
              },
              {
                header: 'Grade',
                cell: (c) =>
                  `${COMPONENT_GRADE_LABEL[c.before]} → ${COMPONENT_GRADE_LABEL[c.after]}`,
              },
              {
                header: 'Move',
                className: (c) => `grade-move grade-move--${c.direction}`,
                cell: (c) => (
                  <>
                    {CHANGE_LABEL[c.direction]}
                    {c.involvesUnknown && (
                      <div className="muted small">an unknown grade counts as closed</div>
                    )}
                  </>
                ),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
