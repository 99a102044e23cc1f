import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataset } from '../../mocks/data/dataset';
import { diffCatalogs } from '../../src/domain/import/diff-catalogs';
import { readCatalogFile, type CatalogFile } from '../../src/domain/import/import-catalogs';
import { medianMs, type BenchFigure, type BenchSuite } from './harness';

const DIR = fileURLToPath(new URL('../fixtures/external/', import.meta.url));

/** The real snapshots, with the day of each (from tests/fixtures/external/README.md). */
const FILES: { key: string; file: CatalogFile }[] = [
  {
    key: 'models_dev_api',
    file: {
      name: 'models-dev-api.json',
      text: readFileSync(`${DIR}models-dev-api.json`, 'utf8'),
      catalogDate: '2026-07-02',
    },
  },
  {
    key: 'models_dev_models',
    file: {
      name: 'models-dev-models.json',
      text: readFileSync(`${DIR}models-dev-models.json`, 'utf8'),
      catalogDate: '2026-07-02',
    },
  },
  {
    key: 'openrouter',
    file: {
      name: 'openrouter-models.json',
      text: readFileSync(`${DIR}openrouter-models.json`, 'utf8'),
      catalogDate: '2026-05-15',
    },
  },
  {
    key: 'eol_openai',
    file: { name: 'openai.json', text: readFileSync(`${DIR}model-eol/openai.json`, 'utf8') },
  },
  {
    key: 'eol_anthropic',
    file: { name: 'anthropic.json', text: readFileSync(`${DIR}model-eol/anthropic.json`, 'utf8') },
  },
];

/**
 * The importers on the real catalog snapshots: per file, the time to parse and read it (JSON
 * text to records) and to diff it against the bundled data set, with the counts a reviewer sees.
 */
export const importSuite: BenchSuite = {
  name: 'import',
  run: () => {
    const figures: BenchFigure[] = [];
    for (const { key, file } of FILES) {
      const read = readCatalogFile(file);
      if (!read.ok) throw new Error(`${file.name}: ${read.problem.message}`);
      const diff = diffCatalogs(dataset, [read.reading]);
      const s = diff.summaries[0];
      if (s === undefined) throw new Error(`${file.name}: no summary`);
      const parse = medianMs(() => readCatalogFile(file), { warmup: 5, runs: 15 });
      const diffing = medianMs(() => diffCatalogs(dataset, [read.reading]), {
        warmup: 5,
        runs: 15,
      });
      figures.push(
        { name: `import.${key}.records_read`, value: s.recordsRead, unit: 'records' },
        { name: `import.${key}.matched`, value: s.matched, unit: 'records' },
        { name: `import.${key}.new`, value: s.new, unit: 'records' },
        { name: `import.${key}.changed`, value: s.changed, unit: 'rows' },
        { name: `import.${key}.conflicts`, value: s.conflicts, unit: 'rows' },
        { name: `import.${key}.unmatched`, value: s.unmatched, unit: 'records' },
        { name: `import.${key}.rejected`, value: s.rejected, unit: 'records' },
        { name: `import.${key}.parse_ms`, value: parse, unit: 'ms' },
        { name: `import.${key}.diff_ms`, value: diffing, unit: 'ms' },
      );
    }
    return figures;
  },
};
