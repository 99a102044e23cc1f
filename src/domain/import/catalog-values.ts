import { isIsoDay, isIsoMonth, type PreciseDate } from '../schema/precise-date';
import type { Modality } from '../schema/model';
import { displayText } from './display-text';
import type { CatalogFormat, CatalogSource } from './catalog-record';

/** A catalog date as a precise date: "2025-04-14" (day), "2025-04" (month), or an ISO date-time's day. */
export function preciseDateOf(value: unknown): PreciseDate | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  const day = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) ? v.slice(0, 10) : null;
  if (day !== null && isIsoDay(day)) return { date: day, precision: 'day' };
  if (isIsoMonth(v)) return { date: v, precision: 'month' };
  return null;
}

/** A catalog date that must be a day ("2026-08-18" or "2026-08-18T00:47:44.930Z"), or null. */
export function isoDayOf(value: unknown): string | null {
  const d = preciseDateOf(value);
  return d !== null && d.precision === 'day' ? d.date : null;
}

const MODALITIES: Readonly<Record<string, Modality>> = {
  text: 'text',
  image: 'image',
  audio: 'audio',
  video: 'video',
  pdf: 'pdf',
};

/** Catalog modality names mapped to the data set's; names it has no word for ("file", "embeddings") are left out. */
export function modalitiesOf(value: unknown): Modality[] {
  if (!Array.isArray(value)) return [];
  const out: Modality[] = [];
  for (const v of value) {
    if (typeof v !== 'string') continue;
    const key = v.toLowerCase();
    const m = Object.hasOwn(MODALITIES, key) ? MODALITIES[key] : undefined;
    if (m !== undefined && !out.includes(m)) out.push(m);
  }
  return out;
}

/** A catalog source with its label "catalog (date): key", the key cut for display. */
export function catalogSource(
  catalog: CatalogFormat,
  catalogName: string,
  catalogDate: string,
  recordKey: string,
  url: string,
): CatalogSource {
  return {
    url,
    label: displayText(`${catalogName} (${catalogDate}): ${recordKey}`, 280),
    catalog,
    catalogName,
    recordKey,
    catalogDate,
  };
}

/** Each path segment of an id percent-encoded, so any id makes a well-formed address. */
export function encodePath(id: string): string {
  return id
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field, or undefined when absent or of another type. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A lowercase slug for a channel name ("azure-ai-foundry"), at most 40 characters. */
export function slug(value: string): string {
  const s = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return s === '' ? 'other' : s;
}

/** An integer with thousands separators ("20,000"), without Intl (one English style, see README). */
export function thousands(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
