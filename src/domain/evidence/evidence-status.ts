import type { Confidence, Source, SourceTier } from '../schema/source';
import { SOURCE_HOSTS, type SourceHosts } from './source-hosts';
import { matchDomain, sourceHost, sourceTier } from './source-tier';

/**
 * A record as far as its evidence goes. Models and events fit as they are; for a provider's own
 * record pass `{ sources, confidence, providerId: provider.id }`.
 */
export interface EvidenceRecord {
  sources: readonly Source[];
  providerId: string | null;
  confidence?: Confidence;
}

export interface EvidenceStatus {
  /** True when a primary source, or two independent press publishers, confirm the record. */
  verified: boolean;
  /**
   * "Verified: primary source", "Verified: two independent reputable sources", or a plain
   * statement of what the record rests on ("Rests on secondary sources only (2)").
   */
  label: string;
  /** What the status rests on, in words: "1 primary source and 2 secondary sources". */
  basis: string;
  /** The record's sources by tier. */
  counts: Record<SourceTier, number>;
  /** Distinct press publishers among the sources (two articles of one paper count once). */
  pressPublishers: number;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

function describe(counts: Record<SourceTier, number>): string {
  const parts: string[] = [];
  if (counts.primary > 0) parts.push(plural(counts.primary, 'primary source'));
  if (counts.press > 0) parts.push(plural(counts.press, 'press source'));
  if (counts.secondary > 0) parts.push(plural(counts.secondary, 'secondary source'));
  return parts.length === 0 ? 'no sources' : joinWords(parts);
}

/**
 * The evidence status of a record: verified ("Verified: primary source", or "Verified: two
 * independent reputable sources" when no primary source backs it) only when at least one primary source, or press
 * sources from at least two different publishers, back it and its confidence is not "recalled";
 * otherwise a label saying what it rests on ("Rests on secondary sources only (2)").
 */
export function evidenceStatus(
  record: EvidenceRecord,
  hosts: SourceHosts = SOURCE_HOSTS,
): EvidenceStatus {
  const counts: Record<SourceTier, number> = { primary: 0, press: 0, secondary: 0 };
  const publishers = new Set<string>();
  for (const source of record.sources) {
    const tier = sourceTier(source, { providerId: record.providerId }, hosts);
    counts[tier] += 1;
    if (tier === 'press') {
      const host = sourceHost(source.url);
      // A press source set by hand on a host outside the table is its own publisher.
      publishers.add((host && matchDomain(host, hosts.press)) ?? host ?? source.url);
    }
  }
  const basis = describe(counts);
  const pressPublishers = publishers.size;
  const confirmed = counts.primary > 0 || pressPublishers >= 2;
  if (record.confidence === 'recalled') {
    return {
      verified: false,
      label: 'Recalled, not checked against its sources',
      basis,
      counts,
      pressPublishers,
    };
  }
  if (confirmed) {
    const label =
      counts.primary > 0
        ? 'Verified: primary source'
        : 'Verified: two independent reputable sources';
    return { verified: true, label, basis, counts, pressPublishers };
  }
  let label: string;
  if (record.sources.length === 0) label = 'No sources';
  else if (counts.press === 0) label = `Rests on secondary sources only (${counts.secondary})`;
  else if (counts.press > 1) {
    // Several articles, one publisher: not independent confirmation.
    const rest = counts.secondary > 0 ? ` and ${plural(counts.secondary, 'secondary source')}` : '';
    label = `Rests on ${counts.press} press sources from one publisher${rest}`;
  } else label = `Rests on ${basis}`;
  return { verified: false, label, basis, counts, pressPublishers };
}
