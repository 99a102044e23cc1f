import { proposeRating } from '../changes/propose-rating';
import type { Dataset } from '../schema/dataset';
import { KNOWN_LIFECYCLE_CHANNELS } from '../schema/lifecycle-channel';
import type { RatingContext } from '../schema/rating-context';
import type { CatalogSource } from './catalog-record';
import { displayText } from './display-text';
import type { DiffRow, FactRow, LifecycleRow, ProposedEvent } from './diff-rows';

function channelName(channel: string): string {
  return Object.hasOwn(KNOWN_LIFECYCLE_CHANNELS, channel)
    ? (KNOWN_LIFECYCLE_CHANNELS[channel] ?? channel)
    : channel;
}

/** "A, B and C", or "A, B, C and 4 more" past `max` names. */
function listNames(names: string[], max = 3): string {
  const shown = names.length > max ? [...names.slice(0, max), `${names.length - max} more`] : names;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

function uniqueSources(sources: CatalogSource[]): CatalogSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
}

/**
 * The events that accepting `rows` would create: one deprecation or retirement per provider,
 * channel and day (the OpenAI feed's shutdowns of one day make one event), one openness event
 * per model whose weights change, each rated by the rule. Lifecycle rows that an existing event
 * already states link to it instead. Ids are unique against the data set and each other.
 */
export function eventsForRows(dataset: Dataset, rows: readonly DiffRow[]): ProposedEvent[] {
  const modelName = new Map(dataset.models.map((m) => [m.id, m.name]));
  const providerName = new Map(dataset.providers.map((p) => [p.id, p.shortName]));
  const taken = new Set(dataset.events.map((e) => e.id));
  const uniqueId = (base: string): string => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };

  const groups = new Map<string, LifecycleRow[]>();
  for (const row of rows) {
    if (row.kind !== 'lifecycle' || row.existingEventId !== null) continue;
    const key = `${row.providerId}|${row.status}|${row.date.date}|${row.channel ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const events: ProposedEvent[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined) continue;
    const type = first.status === 'retired' ? 'retirement' : 'deprecation';
    const modelIds = [...new Set(group.map((r) => r.modelId))];
    const names = listNames(modelIds.map((id) => modelName.get(id) ?? id));
    const provider = providerName.get(first.providerId) ?? first.providerId;
    const where = first.channel === null ? `the ${provider} API` : channelName(first.channel);
    const announced = group.map((r) => r.announced).find((a) => a !== null) ?? undefined;
    const context: RatingContext = {
      ...(first.channel === null ? {} : { channel: first.channel }),
      ...(type === 'retirement'
        ? { flagship: group.some((r) => r.flagship), effective: first.date.date }
        : {}),
      ...(type === 'retirement' && announced !== undefined ? { announced } : {}),
    };
    const replacements = [
      ...new Set(group.map((r) => r.replacement?.name).filter((r): r is string => r !== undefined)),
    ];
    const catalogs = [...new Set(group.flatMap((r) => r.sources.map((s) => s.catalogName)))];
    const summary = [
      `${listNames(catalogs)} list${catalogs.length === 1 ? 's' : ''} ${listNames(
        modelIds.map((id) => modelName.get(id) ?? id),
        20,
      )} as ${type === 'retirement' ? 'shut down' : 'deprecated'} on ${where} on ${first.date.date}${first.precision === 'earliest' ? ' (no earlier than)' : ''}${!first.dateStated ? ' (the catalog gives no date; its own date is used)' : ''}.`,
      announced !== undefined && type === 'retirement' ? `Announced ${announced}.` : '',
      replacements.length > 0 ? `Replacement: ${listNames(replacements, 5)}.` : '',
    ]
      .filter((s) => s !== '')
      .join(' ');
    events.push({
      id: uniqueId(
        `${first.providerId}-${first.date.date}-${first.channel === null ? '' : `${first.channel}-`}${type}`,
      ),
      type,
      providerId: first.providerId,
      date: first.date,
      channel: first.channel,
      scheduled: group.some((r) => r.scheduled),
      modelIds,
      rowIds: group.map((r) => r.id),
      title: displayText(
        `${names} ${type === 'retirement' ? 'retired from' : 'deprecated on'} ${where}`,
        200,
      ),
      summary: displayText(summary, 4000),
      rating: proposeRating(type, context),
      ratingContext: context,
      sources: uniqueSources(group.flatMap((r) => r.sources)).slice(0, 20),
    });
  }

  for (const row of rows) {
    if (row.kind !== 'changed-fact' || row.fact !== 'weights') continue;
    const fact: FactRow = row;
    const model = dataset.models.find((m) => m.id === fact.modelId);
    if (model === undefined) continue;
    const type = fact.after === true ? 'closed-to-open' : 'open-to-closed';
    events.push({
      id: uniqueId(`${model.providerId}-${fact.asOf.date}-${model.id}-${type}`),
      type,
      providerId: model.providerId,
      date: fact.asOf,
      channel: null,
      scheduled: false,
      modelIds: [model.id],
      rowIds: [fact.id],
      title: displayText(
        `${model.name}: weights ${fact.after === true ? 'published' : 'withdrawn'}`,
        200,
      ),
      summary: displayText(
        `${listNames([...new Set(fact.sources.map((s) => s.catalogName))])} state${new Set(fact.sources.map((s) => s.catalogName)).size === 1 ? 's' : ''} that ${model.name}'s weights are ${fact.after === true ? 'open' : 'closed'}.`,
        4000,
      ),
      rating: proposeRating(type, {}),
      ratingContext: {},
      sources: uniqueSources(fact.sources).slice(0, 20),
    });
  }
  return events;
}
