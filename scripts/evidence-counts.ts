/**
 * Counts the citations of a copy of the reference facts by source tier, as the app tiers them
 * (`sourceTier` with the reviewed overrides of mocks/data/curation/source-tiers.ts), and compares
 * two copies: primary citations added per provider, records "Verified", and the events of
 * severity 4 or 5 that rest on secondary sources only (severities from the curation table).
 *
 *   npx tsx scripts/evidence-counts.ts <before.json> [after.json]
 *
 * `after` defaults to mocks/data/reference/ai-landscape.json. To compare with the copy before the
 * re-sourcing: `git show 1fe1387:mocks/data/reference/ai-landscape.json > /tmp/before.json`.
 * The figures are the ones docs/data.md states; tests/unit/evidence-counts.test.ts checks the
 * after side on the bundled data.
 */
import { readFileSync } from 'node:fs';
import {
  citationCounts,
  compareCitations,
  type ReferenceFacts,
} from '../mocks/data/evidence-counts';

const [beforePath, afterPath = 'mocks/data/reference/ai-landscape.json'] = process.argv.slice(2);
if (!beforePath) {
  console.error('usage: tsx scripts/evidence-counts.ts <before.json> [after.json]');
  process.exit(2);
}
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as ReferenceFacts;
const before = read(beforePath);
const after = read(afterPath);
const b = citationCounts(before);
const a = citationCounts(after);
console.log('citations by tier   before', b.tiers, ' after', a.tiers);
console.log(
  'records "Verified"  before',
  b.verifiedRecords,
  ' after',
  a.verifiedRecords,
  'of',
  a.records,
);
console.log(
  'sev 4-5 events on secondary only  before',
  b.highSecondaryOnly,
  ' after',
  a.highSecondaryOnly,
);
const diff = compareCitations(before, after);
console.log('primary citations added', diff.primaryAdded, 'distinct URLs', diff.primaryAddedUrls);
console.log('press citations added', diff.pressAdded, '; records touched', diff.recordsTouched);
console.log('primary citations added by provider', diff.primaryAddedByProvider);
console.log('records on secondary sources only now', a.secondaryOnly, a.secondaryOnlyByProvider);
