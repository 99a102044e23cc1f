import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from '@/domain/portfolio-io/cell-neutralisation';
import { portfolioToCsv, portfolioToJson } from '@/domain/portfolio-io/export-portfolio';
import { importPortfolio } from '@/domain/portfolio-io/import-portfolio';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { dependencySchema, type Dependency } from '@/domain/schema/dependency';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { dataset } from '@mocks/data/dataset';

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
const RUNS = { numRuns: 1000 };

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

  it('gives row-level errors naming the row, the field and why', () => {
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
        { row: 3, field: 'workload', message: 'a workload name is required' },
        { row: 3, field: 'criticality', message: expect.stringContaining('mission-critical') },
        { row: 3, field: 'share', message: 'must be more than 0' },
        { row: 3, field: 'deployment', message: expect.stringContaining('self-hosted') },
        { row: 4, field: 'modelId', message: 'no model "no-such-model" in the data set' },
        { row: 4, field: 'share', message: '"abc" is not a number' },
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
        { row: 2, field: 'id', message: 'the id "a" is already used by row 1' },
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

  it('uses model ids that exist and are active in the data set for the sample', () => {
    for (const d of SAMPLE_PORTFOLIO) {
      const model = dataset.models.find((m) => m.id === d.modelId);
      expect(model, d.modelId).toBeDefined();
      expect(model?.statusHistory.at(-1)?.status).toBe('active');
    }
  });
});
