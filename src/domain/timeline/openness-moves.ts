import { compareText } from '../compare-text';
import { preciseDayNumber } from '../dates';
import { gradesOf } from '../openness/openness-components';
import {
  gradeChanges,
  gradeSetsOf,
  type GradeChange,
  type GradedModel,
} from '../openness/model-openness';
import { opennessScore } from '../openness/openness-score';
import type { Direction } from '../schema/event';
import type { PreciseDate } from '../schema/precise-date';

/** The fields of a model the openness moves read. */
export interface MovingModel extends GradedModel {
  id: string;
  name: string;
  providerId: string;
}

/** One dated change of a model's component grades, as the timeline lists it. */
export interface OpennessMove {
  modelId: string;
  modelName: string;
  providerId: string;
  from: PreciseDate;
  /** Which way the score moved (toward closed when it fell, toward open when it rose). */
  direction: Direction;
  /** The components that changed, in component order. */
  changes: GradeChange[];
  /** The openness score (0-100, default weights) before and after. */
  scoreBefore: number | null;
  scoreAfter: number | null;
}

export interface OpennessMoveFilter {
  /** Provider ids to keep; empty keeps all. */
  providers: readonly string[];
  /** Directions to keep; empty keeps all. */
  directions: readonly Direction[];
  /** Day numbers (days since 1970-01-01), both included. */
  fromDay: number;
  toDay: number;
}

/**
 * Every later change of a model's openness grades (a component that opened or closed after the
 * model's first graded state), newest first: the moves toward open or closed that are not
 * events of their own. The direction is the score's: a set of changes that lowers the score is a
 * move toward closed, even if one component opened.
 */
export function opennessMoves(
  models: readonly MovingModel[],
  filter: OpennessMoveFilter,
): OpennessMove[] {
  const providers = new Set(filter.providers);
  const directions = new Set(filter.directions);
  const moves: OpennessMove[] = [];
  for (const model of models) {
    if (providers.size > 0 && !providers.has(model.providerId)) continue;
    const sets = gradeSetsOf(model);
    for (let i = 1; i < sets.length; i++) {
      const before = sets[i - 1];
      const after = sets[i];
      if (!before || !after) continue;
      const day = preciseDayNumber(after.from);
      if (day < filter.fromDay || day > filter.toDay) continue;
      const changes = gradeChanges([before, after]);
      if (changes.length === 0) continue;
      const scoreBefore = opennessScore(gradesOf(before.components)).score;
      const scoreAfter = opennessScore(gradesOf(after.components)).score;
      const delta = (scoreAfter ?? 0) - (scoreBefore ?? 0);
      const direction: Direction =
        delta > 0 ? 'toward-open' : delta < 0 ? 'toward-closed' : 'neutral';
      if (directions.size > 0 && !directions.has(direction)) continue;
      moves.push({
        modelId: model.id,
        modelName: model.name,
        providerId: model.providerId,
        from: after.from,
        direction,
        changes,
        scoreBefore,
        scoreAfter,
      });
    }
  }
  return moves.sort(
    (a, b) =>
      preciseDayNumber(b.from) - preciseDayNumber(a.from) || compareText(a.modelName, b.modelName),
  );
}
