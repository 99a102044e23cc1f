import { http } from 'msw';
import { METHODOLOGY_ID } from '@/domain/risk/settings';
import { comparePrecise } from '@/domain/dates';
import { factsCurrentTo } from '@/domain/evidence/facts-current-to';
import type { Dataset } from '@/domain/schema/dataset';
import type { PreciseDate } from '@/domain/schema/precise-date';
import { currentDataset, respond, wholeAnswer } from './respond';

/** First and last dated fact (model releases and events). */
export function coverage(data: Dataset): { first: PreciseDate; last: PreciseDate } {
  const dates = [...data.models.map((m) => m.release), ...data.events.map((e) => e.date)];
  const sorted = [...dates].sort(comparePrecise);
  const first = sorted[0] ?? { date: data.compiledOn, precision: 'day' as const };
  const last = sorted[sorted.length - 1] ?? first;
  return { first, last };
}

/** The answer per served data set: its coverage sorts every dated fact, once, not per request. */
const metaAnswers = new WeakMap<Dataset, ReturnType<typeof buildMetaAnswer>>();

function metaAnswer() {
  const data = currentDataset();
  let answer = metaAnswers.get(data);
  if (answer === undefined) {
    answer = buildMetaAnswer(data);
    metaAnswers.set(data, answer);
  }
  return answer;
}

function buildMetaAnswer(data: Dataset) {
  return {
    data: {
      datasetVersion: data.version,
      compiledOn: data.compiledOn,
      coverage: coverage(data),
      counts: {
        providers: data.providers.length,
        models: data.models.length,
        events: data.events.length,
      },
      methodologyId: METHODOLOGY_ID,
      factsCurrentTo: factsCurrentTo(data),
      revision: data.revision ?? 0,
      lastChangeAt: data.lastChangeAt ?? null,
    },
  };
}

export const metaHandlers = [
  http.get('*/api/v1/meta', ({ request }) =>
    respond('meta', () => wholeAnswer(request, 'meta', metaAnswer), null),
  ),
];
