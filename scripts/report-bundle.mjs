// Prints the gzip size of the JavaScript the landing route loads first: the entry script and the
// chunks index.html preloads. Lazy route chunks and the mock service (loaded only in the demo,
// before the first render) are listed apart.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

const initialTotal = initial.reduce((sum, f) => sum + gz(f), 0);
const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const others = all
  .filter((f) => !initial.includes(`assets/${f}`))
  .map((f) => ({ f, size: gz(`assets/${f}`) }));
others.sort((a, b) => b.size - a.size);

console.log(`\nlanding route initial JS (gzip): ${kb(initialTotal)} in ${initial.length} file(s)`);
for (const f of initial) console.log(`  ${f}  ${kb(gz(f))}`);
console.log('lazy chunks (gzip):');
for (const { f, size } of others.slice(0, 12)) console.log(`  assets/${f}  ${kb(size)}`);
