import Papa from 'papaparse';
import {
  criticalitySchema,
  dependencySchema,
  deploymentSchema,
  type Dependency,
} from '../schema/dependency';
import { restoreCell } from './cell-neutralisation';
import {
  columnOf,
  PORTFOLIO_COLUMNS,
  REQUIRED_COLUMNS,
  type PortfolioColumn,
} from './portfolio-columns';

/** What is wrong with one row of an imported file: row 0 is the file as a whole, the CSV header is row 1. */
export interface RowError {
  row: number;
  field: string;
  message: string;
}

export type PortfolioImport =
  | { ok: true; dependencies: Dependency[] }
  /** `dependencies` holds the rows that were valid, for the preview; an invalid file is never applied. */
  | { ok: false; errors: RowError[]; dependencies: Dependency[] };

export interface ImportOptions {
  /** 'auto' (default) reads JSON when the text starts with [ or {, CSV otherwise. */
  format?: 'csv' | 'json' | 'auto';
  /** When given, a model id outside this set is a row error. */
  knownModelIds?: ReadonlySet<string>;
}

/** More rows than anyone keeps by hand: refuse rather than freeze the page. */
export const MAX_IMPORT_ROWS = 5000;

type RawRow = Partial<Record<PortfolioColumn, unknown>>;

const SHARE = /^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;

function text(value: unknown): string | null {
  if (typeof value === 'string') return restoreCell(value);
  return null;
}

function parseShare(value: unknown): number | string {
  if (typeof value === 'number')
    return Number.isFinite(value) && value > 0 ? value : 'must be a number more than 0';
  if (typeof value !== 'string') return 'must be a number more than 0';
  const s = restoreCell(value).trim().replace(/,/g, '');
  if (s === '') return 'is required (a spend or usage share more than 0)';
  if (s.startsWith('-') && SHARE.test(s.slice(1))) return 'must be more than 0';
  if (!SHARE.test(s)) return `"${s.slice(0, 40)}" is not a number`;
  const n = Number(s.replace(/%$/, ''));
  return Number.isFinite(n) && n > 0 ? n : 'must be a number more than 0';
}

function enumValue(value: unknown): string | null {
  const s = text(value);
  return s === null
    ? null
    : s
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-');
}

/** Validate one row by the Dependency schema; errors name the field and say why. */
function validateRow(
  raw: RawRow,
  row: number,
  id: string,
  options: ImportOptions,
): Dependency | RowError[] {
  const errors: RowError[] = [];
  const workload = text(raw.workload);
  const modelId = text(raw.modelId);
  const notes = raw.notes === undefined || raw.notes === null ? '' : text(raw.notes);
  const criticality = criticalitySchema.safeParse(enumValue(raw.criticality));
  const deployment = deploymentSchema.safeParse(enumValue(raw.deployment));
  const share = parseShare(raw.share);
  if (workload === null || workload.trim() === '')
    errors.push({ row, field: 'workload', message: 'a workload name is required' });
  if (modelId === null || modelId.trim() === '')
    errors.push({ row, field: 'modelId', message: 'a model id is required' });
  else if (options.knownModelIds && !options.knownModelIds.has(modelId)) {
    errors.push({
      row,
      field: 'modelId',
      message: `no model "${modelId.slice(0, 60)}" in the data set`,
    });
  }
  if (!criticality.success) {
    errors.push({
      row,
      field: 'criticality',
      message: 'must be one of low, medium, high, mission-critical',
    });
  }
  if (!deployment.success) {
    errors.push({
      row,
      field: 'deployment',
      message: 'must be one of vendor-api, cloud-marketplace, self-hosted',
    });
  }
  if (typeof share === 'string') errors.push({ row, field: 'share', message: share });
  if (notes === null) errors.push({ row, field: 'notes', message: 'must be text' });
  if (errors.length > 0) return errors;
  const parsed = dependencySchema.safeParse({
    id,
    workload,
    modelId,
    criticality: criticality.data,
    share,
    deployment: deployment.data,
    notes,
  });
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      row,
      field: String(issue.path[0] ?? 'row'),
      message: issue.message,
    }));
  }
  return parsed.data;
}

/** Validate rows, give made-up ids to rows without one, and refuse duplicate ids. */
function validateRows(
  rows: ReadonlyArray<{ row: number; raw: RawRow }>,
  options: ImportOptions,
): PortfolioImport {
  const errors: RowError[] = [];
  const dependencies: Dependency[] = [];
  const explicit = new Map<string, number>();
  for (const { row, raw } of rows) {
    const id = text(raw.id);
    if (id === null || id.trim() === '') continue;
    const first = explicit.get(id);
    if (first !== undefined)
      errors.push({
        row,
        field: 'id',
        message: `the id "${id.slice(0, 60)}" is already used by row ${first}`,
      });
    else explicit.set(id, row);
  }
  const used = new Set(explicit.keys());
  for (const { row, raw } of rows) {
    let id = text(raw.id);
    if (id === null || id.trim() === '') {
      id = `imported-${row}`;
      while (used.has(id)) id = `${id}-b`;
      used.add(id);
    }
    const result = validateRow(raw, row, id, options);
    if (Array.isArray(result)) errors.push(...result);
    else dependencies.push(result);
  }
  errors.sort((a, b) => a.row - b.row);
  return errors.length > 0 ? { ok: false, errors, dependencies } : { ok: true, dependencies };
}

function fail(message: string, row = 0, field = 'file'): PortfolioImport {
  return { ok: false, errors: [{ row, field, message }], dependencies: [] };
}

function importCsv(input: string, options: ImportOptions): PortfolioImport {
  const parsed = Papa.parse<string[]>(input, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const records = parsed.data;
  const header = records[0];
  if (header === undefined || header.every((c) => c.trim() === ''))
    return fail('the file has no header row');
  const columns: Array<PortfolioColumn | null> = header.map(columnOf);
  const errors: RowError[] = [];
  const seen = new Set<PortfolioColumn>();
  columns.forEach((c, i) => {
    if (c === null) return;
    if (seen.has(c))
      errors.push({
        row: 1,
        field: c,
        message: `the column "${(header[i] ?? '').slice(0, 40)}" appears twice`,
      });
    seen.add(c);
  });
  for (const c of PORTFOLIO_COLUMNS) {
    if (REQUIRED_COLUMNS.has(c) && !seen.has(c))
      errors.push({ row: 1, field: c, message: `the header has no "${c}" column` });
  }
  if (errors.length > 0) return { ok: false, errors, dependencies: [] };
  for (const e of parsed.errors) {
    // Papa's row index counts data records from 0, the header included (header: false).
    errors.push({ row: (e.row ?? 0) + 1, field: 'row', message: e.message });
  }
  const rows: Array<{ row: number; raw: RawRow }> = [];
  records.forEach((cells, i) => {
    if (i === 0 || cells.every((c) => c.trim() === '')) return;
    const row = i + 1;
    if (cells.length !== header.length) {
      errors.push({
        row,
        field: 'row',
        message: `has ${cells.length} cells where the header has ${header.length}`,
      });
      return;
    }
    const raw: RawRow = {};
    columns.forEach((c, j) => {
      if (c !== null) raw[c] = cells[j];
    });
    rows.push({ row, raw });
  });
  if (rows.length > MAX_IMPORT_ROWS)
    return fail(`the file has ${rows.length} rows; at most ${MAX_IMPORT_ROWS} can be imported`);
  const result = validateRows(rows, options);
  if (errors.length === 0) return result;
  const all = [...errors, ...(result.ok ? [] : result.errors)].sort((a, b) => a.row - b.row);
  return { ok: false, errors: all, dependencies: result.dependencies };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function importJson(input: string, options: ImportOptions): PortfolioImport {
  let data: unknown;
  try {
    data = JSON.parse(input);
  } catch (error) {
    return fail(
      `the file is not valid JSON (${error instanceof Error ? error.message.slice(0, 120) : 'parse error'})`,
    );
  }
  const list = Array.isArray(data) ? data : isRecord(data) ? data.dependencies : undefined;
  if (!Array.isArray(list))
    return fail('expected a list of dependencies, or an object with a "dependencies" list');
  if (list.length > MAX_IMPORT_ROWS)
    return fail(`the file has ${list.length} rows; at most ${MAX_IMPORT_ROWS} can be imported`);
  const errors: RowError[] = [];
  const rows: Array<{ row: number; raw: RawRow }> = [];
  list.forEach((item: unknown, i) => {
    const row = i + 1;
    if (!isRecord(item)) {
      errors.push({ row, field: 'row', message: 'is not an object with the dependency fields' });
      return;
    }
    const raw: RawRow = {};
    for (const c of PORTFOLIO_COLUMNS) if (Object.hasOwn(item, c)) raw[c] = item[c];
    rows.push({ row, raw });
  });
  const result = validateRows(rows, options);
  if (errors.length === 0) return result;
  const all = [...errors, ...(result.ok ? [] : result.errors)].sort((a, b) => a.row - b.row);
  return { ok: false, errors: all, dependencies: result.dependencies };
}

/**
 * Read a portfolio from CSV or JSON text. Pure and total: any string gives either a valid
 * portfolio or row-level errors (row, field, why), never an exception. Cells neutralised by an
 * export get their added apostrophe removed.
 */
export function importPortfolio(input: string, options: ImportOptions = {}): PortfolioImport {
  const body = input.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('the file is empty');
  const format = options.format ?? 'auto';
  const json = format === 'json' || (format === 'auto' && /^\s*[[{]/.test(body));
  try {
    return json ? importJson(body, options) : importCsv(body, options);
  } catch (error) {
    // The parsers should not throw; if one does, the user still gets an answer, not a crash.
    return fail(
      `the file could not be read (${error instanceof Error ? error.message.slice(0, 120) : 'unknown error'})`,
    );
  }
}
