// Prints the gzip size of the JavaScript the landing route (the Overview) needs, from Vite's
// manifest: the entry index.html loads before the first paint, then the app it imports right
// after (src/boot.tsx and its static imports) and the Overview page, as the build lists them in
// index.html (or, without that list, from the manifest). The demo's mock service
// worker and chunks that load later (charts as they scroll into view, other routes) are listed
// apart. It then checks the landing route's total against budgets.json at the repository root
// and exits with 1 when it is more than the tolerance (5%) over the budget, so `npm run build`
// fails. Usage: node scripts/report-bundle.mjs [dist] [--budgets path/to/budgets.json]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

let dist = 'dist';
let budgetsPath = fileURLToPath(new URL('../budgets.json', import.meta.url));
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i];
  if (arg === '--budgets') budgetsPath = process.argv[++i] ?? budgetsPath;
  else if (arg) dist = arg;
}
const manifestPath = [join(dist, '.vite', 'manifest.json'), join(dist, 'manifest.json')].find(
  existsSync,
);
if (!manifestPath)
  throw new Error(`No Vite manifest in ${dist}: build with build.manifest = true.`);
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
const files = (keys) =>
  new Set([...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js')));
const total = (set) => [...set].reduce((sum, f) => sum + gz(f), 0);

/**
 * The first screen's chunks as the build listed them in index.html (`#first-screen-chunks`,
 * written by vite.config.ts from the bundle's module graph): the app's, and the Overview's. The
 * manifest cannot say: the landing modules are grouped into a few chunks (ADR 0013), and a module
 * inside a group has no manifest entry of its own. Null when the page has no such list.
 */
function firstScreenList() {
  const html = join(dist, 'index.html');
  if (!existsSync(html)) return null;
  const match = /id="first-screen-chunks">([\s\S]*?)<\/script>/.exec(readFileSync(html, 'utf8'));
  if (!match?.[1]) return null;
  const list = JSON.parse(match[1]);
  const asset = (href) => href.replace(/^.*?(assets\/)/, '$1');
  const js = (part) => new Set((part?.js ?? []).map(asset).filter((f) => f.endsWith('.js')));
  return { app: js(list.every), overview: js(list.routes?.['/']) };
}

const listed = firstScreenList();
const entry = files(closure('index.html'));
const app = listed?.app ?? files(closure('src/boot.tsx'));
const overview = listed?.overview ?? files(closure('src/features/overview/overview-page.tsx'));
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

// The budget: the landing route's JavaScript may grow to budget × (1 + tolerance), no further.
if (!existsSync(budgetsPath)) throw new Error(`No budgets file at ${budgetsPath}.`);
const budget = JSON.parse(readFileSync(budgetsPath, 'utf8')).landingRouteJsGzipBytes;
if (!budget || !Number.isFinite(budget.budget) || !Number.isFinite(budget.tolerance)) {
  throw new Error(`${budgetsPath}: landingRouteJsGzipBytes needs a budget and a tolerance.`);
}
const landingBytes = total(landing);
const limit = Math.floor(budget.budget * (1 + budget.tolerance));
const change = ((landingBytes / budget.budget - 1) * 100).toFixed(1);
const verdict = `${landingBytes} bytes against a budget of ${budget.budget} bytes (${change}%; limit +${budget.tolerance * 100}% = ${limit} bytes)`;
if (landingBytes > limit) {
  console.error(`\nBUDGET MISSED: landing route JavaScript (gzip) is ${verdict}.`);
  console.error('Keep the added code off the landing route (a lazy import), or, if the growth is');
  console.error(
    `wanted, raise landingRouteJsGzipBytes.budget in ${budgetsPath} in the same change and say why.`,
  );
  process.exitCode = 1;
} else {
  console.log(`\nbudget met: landing route JavaScript (gzip) is ${verdict}.`);
}
