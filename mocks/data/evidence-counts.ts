import { evidenceStatus } from '@/domain/evidence/evidence-status';
import { sourceTier } from '@/domain/evidence/source-tier';
import type { Source, SourceTier } from '@/domain/schema/source';
import { eventCuration } from './curation/events';
import { sourceTierOverrides } from './curation/source-tiers';

/** The parts of a copy of the reference facts (ai-landscape.json) that the counts read. */
export interface ReferenceFacts {
  providers: ReferenceRecord[];
  models: Array<ReferenceRecord & { provider_id: string | null }>;
  events: Array<ReferenceRecord & { provider_id: string | null }>;
}
interface ReferenceRecord {
  id: string;
  source: string | null;
  additional_sources?: string[] | null;
  confidence?: 'verified' | 'recalled';
}

interface Cited {
  key: string;
  providerId: string | null;
  severity: number | null;
  kind: 'provider' | 'model' | 'event';
  confidence: 'verified' | 'recalled';
  sources: Source[];
}

function sources(r: ReferenceRecord): Source[] {
  const urls = [r.source, ...(r.additional_sources ?? [])].filter((u): u is string => !!u);
  return urls.map((url) => {
    const tier = sourceTierOverrides[url]?.tier;
    return tier ? { url, label: null, tier } : { url, label: null };
  });
}

function records(facts: ReferenceFacts): Cited[] {
  const severity = (id: string): number | null => {
    const row = (eventCuration as Record<string, { severity: number } | undefined>)[id];
    return row ? row.severity : null;
  };
  return [
    ...facts.providers.map((p) => ({
      key: `provider:${p.id}`,
      providerId: p.id,
      severity: null,
      kind: 'provider' as const,
      confidence: p.confidence ?? 'verified',
      sources: sources(p),
    })),
    ...facts.models.map((m) => ({
      key: `model:${m.id}`,
      providerId: m.provider_id,
      severity: null,
      kind: 'model' as const,
      confidence: m.confidence ?? 'verified',
      sources: sources(m),
    })),
    ...facts.events.map((e) => ({
      key: `event:${e.id}`,
      providerId: e.provider_id,
      severity: severity(e.id),
      kind: 'event' as const,
      confidence: e.confidence ?? 'verified',
      sources: sources(e),
    })),
  ];
}

export interface CitationCounts {
  records: number;
  tiers: Record<SourceTier, number> & { total: number };
  verifiedRecords: number;
  /** Events of severity 4 or 5, and those of them without a primary or press source. */
  highEvents: number;
  highSecondaryOnly: number;
  highSecondaryOnlyIds: string[];
  /** Primary citations per record provider ("industry-wide" for null). */
  primaryByProvider: Record<string, number>;
  /** Records whose every source is secondary, by kind and by provider ("industry-wide" for null). */
  secondaryOnly: { provider: number; model: number; event: number };
  secondaryOnlyByProvider: Record<string, number>;
}

const tierOf = (r: Cited, s: Source) => sourceTier(s, { providerId: r.providerId });

/** Citations by tier (each citation counted), records "Verified", and the severity-4/5 events resting on secondary sources only. */
export function citationCounts(facts: ReferenceFacts): CitationCounts {
  const all = records(facts);
  const tiers = { primary: 0, press: 0, secondary: 0, total: 0 };
  const primaryByProvider: Record<string, number> = {};
  let verifiedRecords = 0;
  for (const r of all) {
    for (const s of r.sources) {
      const t = tierOf(r, s);
      tiers[t] += 1;
      tiers.total += 1;
      if (t === 'primary') {
        const p = r.providerId ?? 'industry-wide';
        primaryByProvider[p] = (primaryByProvider[p] ?? 0) + 1;
      }
    }
    if (evidenceStatus({ ...r }).verified) verifiedRecords += 1;
  }
  const high = all.filter((r) => r.kind === 'event' && (r.severity ?? 0) >= 4);
  const highSecondaryOnlyIds = high
    .filter((r) => r.sources.every((s) => tierOf(r, s) === 'secondary'))
    .map((r) => r.key.slice('event:'.length));
  const secondaryOnly = { provider: 0, model: 0, event: 0 };
  const secondaryOnlyByProvider: Record<string, number> = {};
  for (const r of all) {
    if (r.sources.length === 0 || !r.sources.every((s) => tierOf(r, s) === 'secondary')) continue;
    secondaryOnly[r.kind] += 1;
    const p = r.providerId ?? 'industry-wide';
    secondaryOnlyByProvider[p] = (secondaryOnlyByProvider[p] ?? 0) + 1;
  }
  return {
    records: all.length,
    secondaryOnly,
    secondaryOnlyByProvider,
    tiers,
    verifiedRecords,
    highEvents: high.length,
    highSecondaryOnly: highSecondaryOnlyIds.length,
    highSecondaryOnlyIds,
    primaryByProvider,
  };
}

export interface CitationDiff {
  /** Primary citations in `after` that `before` did not have on the same record. */
  primaryAdded: number;
  primaryAddedUrls: number;
  pressAdded: number;
  recordsTouched: number;
  primaryAddedByProvider: Record<string, number>;
}

/** What the re-sourcing added: citations on a record in `after` that the record did not cite in `before`. */
export function compareCitations(before: ReferenceFacts, after: ReferenceFacts): CitationDiff {
  const old = new Map(records(before).map((r) => [r.key, new Set(r.sources.map((s) => s.url))]));
  const byProvider: Record<string, number> = {};
  const urls = new Set<string>();
  let primaryAdded = 0;
  let pressAdded = 0;
  const touched = new Set<string>();
  for (const r of records(after)) {
    const had = old.get(r.key) ?? new Set<string>();
    for (const s of r.sources) {
      if (had.has(s.url)) continue;
      touched.add(r.key);
      const t = tierOf(r, s);
      if (t === 'press') pressAdded += 1;
      if (t !== 'primary') continue;
      primaryAdded += 1;
      urls.add(s.url);
      const p = r.providerId ?? 'industry-wide';
      byProvider[p] = (byProvider[p] ?? 0) + 1;
    }
  }
  const sorted = Object.fromEntries(
    Object.entries(byProvider).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  );
  return {
    primaryAdded,
    primaryAddedUrls: urls.size,
    pressAdded,
    recordsTouched: touched.size,
    primaryAddedByProvider: sorted,
  };
}
