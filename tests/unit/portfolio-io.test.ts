import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from '@/domain/export/cell-neutralisation';
import { portfolioToCsv, portfolioToJson } from '@/domain/portfolio-io/export-portfolio';
import {
  importPortfolio,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
} from '@/domain/portfolio-io/import-portfolio';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { dependencySchema, type Dependency } from '@/domain/schema/dependency';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { dataset } from '@mocks/data/dataset';
import { expectSafeCsv } from './csv-readers';
import { fcRuns } from '../fc-runs';

const HOSTILE = [
  '=HYPERLINK("http://x","y")',
  '<img src=x onerror=alert(1)>',
  '+1+2',
  '-3',
  '@SUM(A1)',
  '\tx',
  '\rx',
  "'=x",
  "''+y",
  "'x",
];
const RUNS = fcRuns(1000);

// Text that stresses CSV and formula rules: quotes, separators, line breaks, apostrophes, triggers.
const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom(...HOSTILE),
  fc
    .array(
      fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        '\n',
        "'",
        '"',
        ',',
        ';',
        ' ',
        'a',
        'é',
        '<',
        '>',
        '\u2028',
      ),
      {
        maxLength: 12,
      },
    )
    .map((a) => a.join('')),
);

const dependencyArb: fc.Arbitrary<Dependency> = fc
  .record({
    id: hostileText.filter((s) => s.trim() !== ''),
    workload: hostileText.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= 200),
    modelId: hostileText.filter((s) => s.trim() !== ''),
    criticality: fc.constantFrom('low', 'medium', 'high', 'mission-critical' as const),
    share: fc
      .oneof(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 1e-9, max: 1e12, noNaN: true }),
      )
      .filter((n) => n > 0),
    deployment: fc.constantFrom('vendor-api', 'cloud-marketplace', 'self-hosted' as const),
    notes: hostileText.filter((s) => s.length <= 2000),
  })
  .map((d) => dependencySchema.parse(d));

const portfolioArb = fc.uniqueArray(dependencyArb, { selector: (d) => d.id, maxLength: 8 });

beforeEach(() => {
  usePortfolioStore.setState({ dependencies: [...SAMPLE_PORTFOLIO], restoreNotice: null });
});

describe('formula neutralisation', () => {
  it('adds an apostrophe before = + - @, tab and carriage return, and nothing else', () => {
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell('+1')).toBe("'+1");
    expect(neutraliseCell('-1')).toBe("'-1");
    expect(neutraliseCell('@A1')).toBe("'@A1");
    expect(neutraliseCell('\tx')).toBe("'\tx");
    expect(neutraliseCell('\rx')).toBe("'\rx");
    expect(neutraliseCell('Support bot')).toBe('Support bot');
    expect(neutraliseCell("'quoted")).toBe("'quoted");
  });

  it('is undone exactly by restoreCell, for any string', () => {
    fc.assert(
      fc.property(hostileText, (s) => restoreCell(neutraliseCell(s)) === s),
      RUNS,
    );
  });

  it('never leaves a cell that starts with a formula character', () => {
    fc.assert(
      fc.property(hostileText, (s) => !/^[=+\-@\t\r]/.test(neutraliseCell(s))),
      RUNS,
    );
  });
});

describe('importPortfolio', () => {
  it('reads the sample back from its own CSV and JSON exports', () => {
    expect(importPortfolio(portfolioToCsv(SAMPLE_PORTFOLIO))).toEqual({
      ok: true,
      dependencies: SAMPLE_PORTFOLIO,
    });
    expect(importPortfolio(portfolioToJson(SAMPLE_PORTFOLIO))).toEqual({
      ok: true,
      dependencies: SAMPLE_PORTFOLIO,
    });
  });

  it('gives row-level errors naming the row, the column and why', () => {
    const csv = [
      'workload,modelId,criticality,share,deployment',
      'Support bot,gpt-5,mission critical,35,vendor API',
      ',gpt-5,urgent,-4,on a boat',
      'Search,no-such-model,high,abc,self-hosted',
    ].join('\n');
    const known = new Set(dataset.models.map((m) => m.id));
    const result = importPortfolio(csv, { knownModelIds: known });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.dependencies).toHaveLength(1);
    expect(result.dependencies[0]).toMatchObject({
      workload: 'Support bot',
      criticality: 'mission-critical',
      deployment: 'vendor-api',
    });
    expect(result.errors).toEqual(
      expect.arrayContaining([
        {
          row: 3,
          field: 'workload',
          column: 'workload',
          message: 'a workload name is required',
        },
        {
          row: 3,
          field: 'criticality',
          column: 'criticality',
          message: expect.stringContaining('mission-critical'),
        },
        { row: 3, field: 'share', column: 'share', message: 'must be more than 0' },
        {
          row: 3,
          field: 'deployment',
          column: 'deployment',
          message: expect.stringContaining('self-hosted'),
        },
        {
          row: 4,
          field: 'modelId',
          column: 'modelId',
          message: 'no model "no-such-model" in the data set',
        },
        { row: 4, field: 'share', column: 'share', message: '"abc" is not a number' },
      ]),
    );
  });

  it('names a missing column and a duplicate id', () => {
    const missing = importPortfolio('workload,modelId\nA,gpt-5');
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.errors.map((e) => e.field)).toEqual(['criticality', 'share', 'deployment']);
    const dup = importPortfolio(
      '[{"id":"a","workload":"A","modelId":"gpt-5","criticality":"low","share":1,"deployment":"vendor-api","notes":""},{"id":"a","workload":"B","modelId":"gpt-5","criticality":"low","share":1,"deployment":"vendor-api","notes":""}]',
    );
    expect(dup.ok).toBe(false);
    if (!dup.ok)
      expect(dup.errors).toEqual([
        { row: 2, field: 'id', column: 'id', message: 'the id "a" is already used by row 1' },
      ]);
  });

  it('any input string gives a valid portfolio or row errors, never an exception, and never touches the store', () => {
    const before = usePortfolioStore.getState().dependencies;
    const inputs = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json(),
      portfolioArb.map((p) => portfolioToCsv(p)),
      // a valid export with some characters cut or inserted
      fc.tuple(portfolioArb, fc.nat(), fc.string({ maxLength: 5 })).map(([p, at, ins]) => {
        const csv = portfolioToCsv(p);
        const i = at % (csv.length + 1);
        return csv.slice(0, i) + ins + csv.slice(i + 1);
      }),
      fc.tuple(portfolioArb, fc.nat()).map(([p, at]) => {
        const json = portfolioToJson(p);
        return json.slice(0, at % (json.length + 1));
      }),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const result = importPortfolio(input);
        if (result.ok) {
          for (const d of result.dependencies)
            expect(dependencySchema.safeParse(d).success).toBe(true);
          expect(new Set(result.dependencies.map((d) => d.id)).size).toBe(
            result.dependencies.length,
          );
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(Number.isInteger(e.row) && e.row >= 0).toBe(true);
            expect(e.field.length).toBeGreaterThan(0);
            expect(e.message.length).toBeGreaterThan(0);
          }
        }
        expect(usePortfolioStore.getState().dependencies).toBe(before);
      }),
      RUNS,
    );
  });

  it('export then import is the identity, hostile cells included (CSV)', () => {
    fc.assert(
      fc.property(portfolioArb, (p) => {
        expect(importPortfolio(portfolioToCsv(p), { format: 'csv' })).toEqual({
          ok: true,
          dependencies: p,
        });
      }),
      RUNS,
    );
  });

  it('export then import is the identity, hostile cells included (JSON)', () => {
    fc.assert(
      fc.property(portfolioArb, (p) => {
        expect(importPortfolio(portfolioToJson(p), { format: 'json' })).toEqual({
          ok: true,
          dependencies: p,
        });
      }),
      RUNS,
    );
  });

  it('neutralises hostile workload names in both exports', () => {
    const p: Dependency[] = HOSTILE.slice(0, 2).map(
      (workload, i) => ({ ...SAMPLE_PORTFOLIO[0], id: `h${i}`, workload }) as Dependency,
    );
    const csv = portfolioToCsv(p);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).not.toMatch(/(^|,)"=/m);
    const json = JSON.parse(portfolioToJson(p)) as { dependencies: Dependency[] };
    expect(json.dependencies[0]?.workload).toBe(`'=HYPERLINK("http://x","y")`);
    expect(json.dependencies[1]?.workload).toBe('<img src=x onerror=alert(1)>');
  });

  it('CSV export: share as a number, every row marked as exported, read alike by papaparse and Python', async () => {
    const p: Dependency[] = [
      { ...(SAMPLE_PORTFOLIO[0] as Dependency), id: 'h0', workload: '-2+3', share: 12.5 },
      { ...(SAMPLE_PORTFOLIO[1] as Dependency), id: 'h1', notes: '@SUM(1+1)' },
    ];
    const { python } = await expectSafeCsv(portfolioToCsv(p));
    expect(python[0]).toEqual([
      ...'id,workload,modelId,criticality,share,deployment,channel,notes,format'.split(','),
    ]);
    expect(python[1]?.[1]).toBe("'-2+3");
    expect(python[1]?.[4]).toBe(12.5);
    expect(python[2]?.[7]).toBe("'@SUM(1+1)");
    expect(python.slice(1).map((r) => r[8])).toEqual(['avrr-portfolio-1', 'avrr-portfolio-1']);
  });

  it("keeps a leading apostrophe in a file the app did not write: '=already stays '=already", () => {
    const header = 'workload,modelId,criticality,share,deployment,notes';
    const csv = importPortfolio(`${header}\n'=already,gpt-5,low,1,vendor-api,'+kept`);
    expect(csv.ok && csv.dependencies[0]).toMatchObject({ workload: "'=already", notes: "'+kept" });
    const json = importPortfolio(
      '[{"workload":"\'=already","modelId":"gpt-5","criticality":"low","share":1,"deployment":"vendor-api"}]',
    );
    expect(json.ok && json.dependencies[0]?.workload).toBe("'=already");
    // A row the app exported, in a file otherwise made by hand, loses only the added apostrophe.
    const mixed = importPortfolio(
      `${header},format\n'=mine,gpt-5,low,1,vendor-api,,\n'=theirs,gpt-5,low,2,vendor-api,,avrr-portfolio-1`,
    );
    expect(mixed.ok && mixed.dependencies.map((d) => d.workload)).toEqual(["'=mine", '=theirs']);
    // And the app's own exports still read back exactly.
    const own = [{ ...(SAMPLE_PORTFOLIO[0] as Dependency), workload: "'=already", notes: '=x' }];
    expect(importPortfolio(portfolioToCsv(own))).toEqual({ ok: true, dependencies: own });
    expect(importPortfolio(portfolioToJson(own))).toEqual({ ok: true, dependencies: own });
  });

  it('flags rows without an id that repeat another row, before anything is applied', () => {
    const header = 'workload,modelId,criticality,share,deployment';
    const a = 'Support bot,gpt-5,high,35,vendor-api';
    const b = 'Search,claude-sonnet-4.5,low,10,vendor-api';
    // Two rows pasted three times: six dependencies with diluted shares before this check.
    const result = importPortfolio([header, a, b, a, b, a, b].join('\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.dependencies).toHaveLength(2);
    expect(result.errors.map((e) => [e.row, e.message.slice(0, 14)])).toEqual([
      [4, 'repeats row 2 '],
      [5, 'repeats row 3 '],
      [6, 'repeats row 2 '],
      [7, 'repeats row 3 '],
    ]);
    // The same dependency under two ids of its own is two dependencies, on purpose.
    const twice = importPortfolio(`id,${header}\nx,${a}\ny,${a}`);
    expect(twice.ok && twice.dependencies.map((d) => d.id)).toEqual(['x', 'y']);
    // Spelled differently but the same once read ("High", "35%"), it is still a repeat.
    const respelled = importPortfolio(`${header}\n${a}\nSupport bot,gpt-5,High,35%,Vendor API`);
    expect(!respelled.ok && respelled.errors[0]?.message).toMatch(/^repeats row 2/);
  });

  it('says when a value is not text, and names the column as the file does', () => {
    const result = importPortfolio(
      '[{"id":7,"workload":42,"modelId":["gpt-5"],"criticality":true,"share":"1","deployment":"vendor-api","notes":{}}]',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { row: 1, field: 'id', column: 'id', message: 'must be text, not a number' },
        { row: 1, field: 'workload', column: 'workload', message: 'must be text, not a number' },
        { row: 1, field: 'modelId', column: 'modelId', message: 'must be text, not a list' },
        { row: 1, field: 'notes', column: 'notes', message: 'must be text, not an object' },
      ]),
    );
    const csv = importPortfolio(
      'Workload Name,Model,Criticality,Spend,Deployment\nA,gpt-5,urgent,1,vendor-api',
    );
    expect(!csv.ok && csv.errors[0]).toMatchObject({
      row: 2,
      field: 'criticality',
      column: 'Criticality',
    });
    const long = importPortfolio(
      `workload,model,criticality,share,deployment\n${'W'.repeat(10_000)},gpt-5,low,1,vendor-api`,
    );
    expect(!long.ok && long.errors[0]).toEqual({
      row: 2,
      field: 'workload',
      column: 'workload',
      message: 'must be at most 200 characters (this one has 10000)',
    });
  });

  it('refuses a file over the size or the row limit in the importer itself', () => {
    expect(MAX_IMPORT_BYTES).toBe(2_000_000);
    const header = 'workload,modelId,criticality,share,deployment\n';
    const big = importPortfolio(header + 'x'.repeat(MAX_IMPORT_BYTES));
    expect(!big.ok && big.errors).toEqual([
      {
        row: 0,
        field: 'file',
        column: '',
        message: 'the file is larger than 2 MB; a portfolio file is much smaller',
      },
    ]);
    // Bytes of UTF-8, not characters: 1,000,001 "é" are 2,000,002 bytes.
    const accents = importPortfolio('é'.repeat(1_000_001));
    expect(!accents.ok && accents.errors[0]?.message).toMatch(/larger than 2 MB/);
    const rows = Array.from(
      { length: MAX_IMPORT_ROWS + 1 },
      (_, i) => `w${i},gpt-5,low,1,vendor-api`,
    );
    const many = importPortfolio(header + rows.join('\n'));
    expect(!many.ok && many.errors[0]?.message).toBe(
      'the file has 5001 rows; at most 5000 can be imported',
    );
    expect(importPortfolio(header + rows.slice(1).join('\n') + '\n\n').ok).toBe(true);
  });

  it('uses model ids that exist and are active in the data set for the sample', () => {
    for (const d of SAMPLE_PORTFOLIO) {
      const model = dataset.models.find((m) => m.id === d.modelId);
      expect(model, d.modelId).toBeDefined();
      expect(model?.statusHistory.at(-1)?.status).toBe('active');
    }
  });
});
