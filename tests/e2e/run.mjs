// Runs every browser journey in tests/e2e/journeys against the built preview.
import { readdirSync } from 'node:fs';
import { launch, startPreview } from './harness.mjs';

const only = process.argv[2];
const files = readdirSync(new URL('./journeys/', import.meta.url))
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => !only || f.includes(only))
  .sort();

const server = await startPreview();
const browser = await launch();
let passed = 0;
let failed = 0;
try {
  for (const file of files) {
    const { default: journeys } = await import(`./journeys/${file}`);
    for (const journey of journeys) {
      const started = Date.now();
      try {
        await journey.run(browser);
        passed += 1;
        console.log(`  ✓ ${file}: ${journey.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        console.log(`  ✗ ${file}: ${journey.name}\n    ${String(error?.stack ?? error).split('\n').join('\n    ')}`);
      }
    }
  }
} finally {
  await browser.close();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
