// Prints the gzip size of the JavaScript the landing route (the Overview) needs, from Vite's
// manifest: the entry index.html loads before the first paint, then the app it imports right
// after (src/boot.tsx and its static imports) and the Overview page. The demo's mock service
// worker and chunks that load later (charts as they scroll into view, other routes) are listed
// apart.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const manifestPath = [join(dist, '.vite', 'manifest.json'), join(dist, 'manifest.json')].find(existsSync);
if (!manifestPath) throw new Error(`No Vite manifest in ${dist}: build with build.manifest = true.`);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

/** The file of a manifest entry and of every chunk it imports statically. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}
const files = (keys) => new Set([...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js')));
const total = (set) => [...set].reduce((sum, f) => sum + gz(f), 0);

const entry = files(closure('index.html'));
const app = files(closure('src/boot.tsx'));
const overview = files(closure('src/features/overview/overview-page.tsx'));
const mocks = files(closure('mocks/browser.ts'));
for (const f of entry) app.delete(f);
for (const f of [...entry, ...app]) overview.delete(f);
for (const f of [...entry, ...app, ...overview]) mocks.delete(f);

const landing = new Set([...entry, ...app, ...overview]);
console.log(`\nlanding route JavaScript (gzip): ${kb(total(landing))}`);
console.log(`  before first paint (index.html entry): ${kb(total(entry))}`);
console.log(`  app, loaded right after the first paint: ${kb(total(app))}`);
console.log(`  Overview page: ${kb(total(overview))}`);
console.log(`mock service worker (demo build only, loaded in parallel): ${kb(total(mocks))}`);
const rest = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`)
  .filter((f) => !landing.has(f) && !mocks.has(f))
  .map((f) => ({ f, size: gz(f) }))
  .sort((a, b) => b.size - a.size);
console.log('later chunks (charts as they reach the viewport, other routes), largest first:');
for (const { f, size } of rest.slice(0, 8)) console.log(`  ${f}  ${kb(size)}`);
