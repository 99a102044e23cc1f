import { type ImportLimits, type StatusClaim } from './catalog-record';
import {
  beginReading,
  entryId,
  readFailed,
  type ReadOutcome,
  sourceIn,
  statusClaim,
} from './catalog-reading';
import { isRecord, isoDayOf, slug, str } from './catalog-values';
import { isHttpUrl } from './safe-url';

/** model-eol `via` names mapped to the data set's lifecycle channels. */
const VIA_CHANNELS: Readonly<Record<string, string>> = {
  'azure-ai-foundry': 'azure',
  'azure-openai': 'azure',
  azure: 'azure',
  'aws-bedrock': 'bedrock',
  'amazon-bedrock': 'bedrock',
  bedrock: 'bedrock',
  'google-vertex': 'vertex',
  'vertex-ai': 'vertex',
  vertex: 'vertex',
};

function channelOfVia(via: string): string {
  const key = via.toLowerCase();
  return Object.hasOwn(VIA_CHANNELS, key) ? (VIA_CHANNELS[key] ?? slug(key)) : slug(key);
}

function precisionOf(value: unknown): 'exact' | 'earliest' {
  return value === 'earliest' ? 'earliest' : 'exact';
}

/**
 * Read a model-eol feed (`model-eol/0.1`, see its SPEC.md): one record per entry, with its
 * aliases; `announced` becomes a deprecation, `shutdown` a retirement (a lower bound when
 * `date_precision` is "earliest"), an entry with neither an affirmative "none scheduled" as of
 * `generated`, and each `distributions[]` item the same on its own channel. Sources are the
 * entry's or the distribution's `source`, else the feed's; an entry with no http(s) source is
 * left out.
 */
export function readModelEol(json: unknown, options: { limits?: ImportLimits } = {}): ReadOutcome {
  if (!isRecord(json) || !Array.isArray(json.models))
    return readFailed('bad-structure', 'Expected a model-eol feed with a models list.');
  const generated = isoDayOf(json.generated);
  if (generated === null)
    return readFailed(
      'no-date',
      'The feed has no valid "generated" date, so its facts cannot be dated.',
    );
  const publisher = str(json.publisher)?.toLowerCase() ?? null;
  const begun = beginReading(
    {
      format: 'model-eol',
      catalogName: `model-eol feed (${(publisher ?? 'unknown publisher').slice(0, 40)})`,
      catalogDate: generated,
      limits: options.limits,
    },
    json.models.length,
    (n) => `The feed has ${n} entries`,
  );
  if (!begun.ok) return begun;
  const { reading } = begun;
  const feedSource = isHttpUrl(json.source) ? json.source : null;
  const { records, rejected, warnings } = reading;
  if (json.source !== undefined && feedSource === null)
    warnings.push('the feed\'s "source" is not an http(s) address and was not used');
  json.models.forEach((entry, i) => {
    const id = entryId(entry);
    if (!isRecord(entry) || id === null) {
      rejected.push({ key: `models[${i}]`, reason: 'an entry without an id' });
      return;
    }
    const url = isHttpUrl(entry.source) ? entry.source : feedSource;
    if (url === null) {
      rejected.push({
        key: id,
        reason: 'no http(s) source (neither the entry nor the feed has one)',
      });
      return;
    }
    const source = sourceIn(reading, id, url);
    const replacement = str(entry.replacement)?.trim() ?? null;
    const claims: StatusClaim[] = [];
    const claim = (
      channel: string | null,
      status: StatusClaim['status'],
      date: string,
      c: Partial<StatusClaim>,
    ) => claims.push(statusClaim(channel, status, date, source, c));
    const announced = isoDayOf(entry.announced);
    const shutdown = isoDayOf(entry.shutdown);
    if (entry.announced !== undefined && announced === null)
      warnings.push(`${id}: announced "${String(entry.announced).slice(0, 40)}" is not a date`);
    if (entry.shutdown !== undefined && shutdown === null)
      warnings.push(`${id}: shutdown "${String(entry.shutdown).slice(0, 40)}" is not a date`);
    if (announced !== null) claim(null, 'deprecated', announced, { announced, replacement });
    if (shutdown !== null)
      claim(null, 'retired', shutdown, {
        announced,
        replacement,
        precision: precisionOf(entry.date_precision),
      });
    if (entry.announced === undefined && entry.shutdown === undefined)
      claim(null, 'none', generated, { dateStated: false });
    const seenVia = new Set<string>();
    if (Array.isArray(entry.distributions)) {
      for (const d of entry.distributions) {
        const via = isRecord(d) ? str(d.via) : undefined;
        if (!isRecord(d) || via === undefined) continue;
        const channel = channelOfVia(via);
        if (seenVia.has(channel)) {
          warnings.push(
            `${id}: a second distribution for "${via.slice(0, 40)}" was ignored (the spec allows one per channel)`,
          );
          continue;
        }
        seenVia.add(channel);
        const dSource = isHttpUrl(d.source)
          ? sourceIn(reading, `${id} via ${via}`, d.source)
          : source;
        const dAnnounced = isoDayOf(d.announced);
        const dShutdown = isoDayOf(d.shutdown);
        const base = { source: dSource, replacement };
        if (dAnnounced !== null)
          claim(channel, 'deprecated', dAnnounced, { ...base, announced: dAnnounced });
        else if (d.status === 'legacy' || d.status === 'extended-access')
          claim(channel, 'deprecated', generated, { ...base, dateStated: false });
        if (dShutdown !== null)
          claim(channel, 'retired', dShutdown, {
            ...base,
            announced: dAnnounced,
            precision: precisionOf(d.date_precision),
          });
        else if (d.status === 'retired')
          claim(channel, 'retired', generated, { ...base, dateStated: false });
      }
    }
    const aliases = Array.isArray(entry.aliases)
      ? entry.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '')
      : [];
    records.push({
      key: id,
      externalId: id,
      aliases,
      name: id,
      lab: publisher,
      role: 'lab',
      channel: null,
      source,
      facts: {},
      downloads: [],
      lifecycle: claims,
    });
  });
  return { ok: true, reading };
}
