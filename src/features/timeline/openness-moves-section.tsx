import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useCollection } from '@/api/use-collection';
import { DIRECTION_LABEL } from '@/components/charts/palette';
import { COMPONENT_GRADE_LABEL } from '@/components/component-grade-badge';
import { formatInteger, formatPreciseDate, formatScore, formatSigned } from '@/components/format';
import { ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { dayNumber } from '@/domain/dates';
import { OPENNESS_COMPONENT_LABELS } from '@/domain/openness/openness-components';
import type { Direction } from '@/domain/schema/event';
import { opennessMoves } from '@/domain/timeline/openness-moves';
import type { TimelineRange } from '@/domain/timeline/timeline-range';
import { modelInScope, type ScopeFilter } from '@/domain/review/scope-filter';

/** Above this many models the section waits to be opened: it reads the whole model list. */
const OPEN_BY_DEFAULT_UP_TO = 5_000;

interface Props {
  providers: readonly string[];
  directions: readonly Direction[];
  range: TimelineRange;
  providerName: (id: string) => string;
  search: string;
  /** How many models the data set holds (from /meta), when known. */
  modelCount: number | undefined;
  /** "Watchlist only": the watched providers and models; null shows every move. */
  scope: ScopeFilter | null;
}

function MovesList({
  providers,
  directions,
  range,
  providerName,
  search,
  scope,
}: Omit<Props, 'modelCount'>) {
  const models = useCollection('models');
  const moves = useMemo(
    () =>
      models.data
        ? opennessMoves(models.data, {
            providers,
            directions,
            fromDay: dayNumber(range.from),
            toDay: dayNumber(range.to),
          }).filter((m) => modelInScope(scope, m.modelId, m.providerId))
        : null,
    [models.data, providers, directions, range.from, range.to, scope],
  );
  if (models.error)
    return (
      <ErrorPanel
        title="The openness moves could not be loaded"
        error={models.error}
        onRetry={models.retry}
        stillWorks="The events above still work."
      />
    );
  if (!moves) return <TableSkeleton rows={3} label="Loading the openness moves" />;
  if (moves.length === 0)
    return (
      <p className="muted">
        No model’s component grades changed in this date range for the providers and directions
        chosen{scope === null ? '' : ' among the watchlist'}.
      </p>
    );
  return (
    <ol className="tl-moves">
      {moves.map((m) => {
        const delta =
          m.scoreBefore !== null && m.scoreAfter !== null ? m.scoreAfter - m.scoreBefore : null;
        return (
          <li key={`${m.modelId}-${m.from.date}`}>
            <p>
              <strong>{formatPreciseDate(m.from)}</strong> ·{' '}
              <Link to={`/models/${encodeURIComponent(m.modelId)}${search}`}>{m.modelName}</Link> (
              {providerName(m.providerId)}): {DIRECTION_LABEL[m.direction].toLowerCase()}, openness
              score {formatScore(m.scoreBefore)} → {formatScore(m.scoreAfter)}
              {delta !== null && ` (${formatSigned(delta)})`}
            </p>
            <ul>
              {m.changes.map((c) => (
                <li key={c.key}>
                  {OPENNESS_COMPONENT_LABELS[c.key]}: {COMPONENT_GRADE_LABEL[c.before]} →{' '}
                  {COMPONENT_GRADE_LABEL[c.after]}
                  {c.involvesUnknown && ' (an unknown grade counts as closed)'}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * Openness moves on the timeline: the components of a model (weights, code, data, paper, license
 * and the rest) that opened or closed after it was first graded, each dated and with the score
 * before and after. They are not events: the risk engine reads a model's 1-5 openness level.
 */
export function OpennessMovesSection({ modelCount, ...props }: Props) {
  const [opened, setOpened] = useState<boolean | null>(null);
  const open = opened ?? (modelCount !== undefined && modelCount <= OPEN_BY_DEFAULT_UP_TO);
  return (
    <section className="panel tl-moves-panel" aria-labelledby="tl-moves-title">
      <h2 id="tl-moves-title" className="panel__title">
        Openness moves
      </h2>
      <p className="muted small">
        Components of a model that opened or closed after it was first graded, from the model’s
        sources: toward closed when its openness score fell. The risk score reads each model’s
        openness level; these grades show what changed underneath.
      </p>
      {open ? (
        <MovesList {...props} />
      ) : (
        <button type="button" className="button" onClick={() => setOpened(true)}>
          Show the openness moves
          {modelCount !== undefined && ` (reads ${formatInteger(modelCount)} models)`}
        </button>
      )}
    </section>
  );
}
