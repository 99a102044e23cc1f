import Papa from 'papaparse';
import {
  criticalitySchema,
  dependencySchema,
  deploymentSchema,
  type Dependency,
} from '../schema/dependency';
import { restoreCell } from '../export/cell-neutralisation';
import { lifecycleChannelSchema } from '../schema/lifecycle-channel';
import { PORTFOLIO_CSV_FORMAT, PORTFOLIO_JSON_FORMAT } from './export-portfolio';
import {
  columnOf,
  PORTFOLIO_COLUMNS,
  REQUIRED_COLUMNS,
  type PortfolioColumn,
} from './portfolio-columns';

/**
 * What is wrong with one row of an imported file: row 0 is the file as a whole, the CSV header
 * is row 1 and data rows count from 2 as a spreadsheet shows them (in JSON, row n is the n-th
 * item). `field` is the Dependency field (or "row", "file"); `column` is that column as the
 * file names it (its header cell, or the JSON key), empty for the file or the whole row.
 */
export interface RowError {
  row: number;
  field: string;
  column: string;
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
/** Largest file read, in bytes of UTF-8: a portfolio of 5,000 rows is well under it. */
export const MAX_IMPORT_BYTES = 2_000_000;

type RawRow = Partial<Record<PortfolioColumn, unknown>>;

/**
 * One row as read: its cells by field, the names the file gives its columns, and whether the
 * row says it was written by the export rule (then the apostrophe that rule adds is taken off).
 */
interface ReadRow {
  row: number;
  raw: RawRow;
  columns: Partial<Record<PortfolioColumn, string>>;
  exported: boolean;
}

const SHARE = /^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;

/** What a value that is not text is, in words: "a number", "a list". */
function kindOf(value: unknown): string {
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `${String(value)} (yes/no)`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** A cell as text: exported cells lose the apostrophe the export added; a hand-made file keeps its own. */
function textOf(value: string, exported: boolean): string {
  return exported ? restoreCell(value) : value;
}

function parseShare(value: unknown, exported: boolean): number | string {
  if (typeof value === 'number')
    return Number.isFinite(value) && value > 0 ? value : 'must be a number more than 0';
  if (typeof value !== 'string') return `must be a number more than 0, not ${kindOf(value)}`;
  const s = textOf(value, exported).trim().replace(/,/g, '');
  if (s === '') return 'is required (a spend or usage share more than 0)';
  if (s.startsWith('-') && SHARE.test(s.slice(1))) return 'must be more than 0';
  if (!SHARE.test(s)) return `"${s.slice(0, 40)}" is not a number`;
  const n = Number(s.replace(/%$/, ''));
  return Number.isFinite(n) && n > 0 ? n : 'must be a number more than 0';
}

function enumValue(value: unknown, exported: boolean): string | null {
  return typeof value === 'string'
    ? textOf(value, exported)
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-')
    : null;
}

const MAX_WORKLOAD = 200;
const MAX_NOTES = 2000;

/** Validate one row by the Dependency schema; errors name the row, the column and why. */
function validateRow(read: ReadRow, id: string, options: ImportOptions): Dependency | RowError[] {
  const { row, raw, exported } = read;
  const errors: RowError[] = [];
  const push = (field: PortfolioColumn, message: string) =>
    errors.push({ row, field, column: read.columns[field] ?? field, message });
  const requiredText = (field: 'workload' | 'modelId', missing: string): string | null => {
    const value = raw[field];
    if (
      value === undefined ||
      value === null ||
      (typeof value === 'string' && value.trim() === '')
    ) {
      push(field, missing);
      return null;
    }
    if (typeof value !== 'string') {
      push(field, `must be text, not ${kindOf(value)}`);
      return null;
    }
    return textOf(value, exported);
  };
  const workload = requiredText('workload', 'a workload name is required');
  const modelId = requiredText('modelId', 'a model id is required');
  let notes: string | null = '';
  if (raw.notes !== undefined && raw.notes !== null) {
    if (typeof raw.notes === 'string') notes = textOf(raw.notes, exported);
    else {
      push('notes', `must be text, not ${kindOf(raw.notes)}`);
      notes = null;
    }
  }
  const criticality = criticalitySchema.safeParse(enumValue(raw.criticality, exported));
  const deployment = deploymentSchema.safeParse(enumValue(raw.deployment, exported));
  const share = parseShare(raw.share, exported);
  // The channel is optional: empty means the provider's own API.
  let channel: string | undefined;
  if (raw.channel !== undefined && raw.channel !== null && raw.channel !== '') {
    const parsedChannel = lifecycleChannelSchema.safeParse(enumValue(raw.channel, exported));
    if (parsedChannel.success) channel = parsedChannel.data;
    else
      push(
        'channel',
        'must be own-api, azure, bedrock, vertex or another distributor as a short lowercase name, or empty',
      );
  }
  if (workload !== null && workload.trim().length > MAX_WORKLOAD)
    push(
      'workload',
      `must be at most ${MAX_WORKLOAD} characters (this one has ${workload.trim().length})`,
    );
  if (modelId !== null && options.knownModelIds && !options.knownModelIds.has(modelId))
    push('modelId', `no model "${modelId.slice(0, 60)}" in the data set`);
  if (!criticality.success)
    push('criticality', 'must be one of low, medium, high, mission-critical');
  if (!deployment.success)
    push('deployment', 'must be one of vendor-api, cloud-marketplace, self-hosted');
  if (typeof share === 'string') push('share', share);
  if (notes !== null && notes.length > MAX_NOTES)
    push('notes', `must be at most ${MAX_NOTES} characters (these have ${notes.length})`);
  if (errors.length > 0) return errors;
  const parsed = dependencySchema.safeParse({
    id,
    workload,
    modelId,
    criticality: criticality.data,
    share,
    deployment: deployment.data,
    ...(channel === undefined ? {} : { channel }),
    notes,
  });
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? 'row');
      return {
        row,
        field,
        column: read.columns[field as PortfolioColumn] ?? field,
        message: issue.message,
      };
    });
  }
  return parsed.data;
}

/** The fields that make two dependencies the same, whatever their ids. */
function sameness(d: Dependency): string {
  return JSON.stringify([
    d.workload,
    d.modelId,
    d.criticality,
    d.share,
    d.deployment,
    d.channel ?? null,
    d.notes,
  ]);
}

/**
 * Validate rows, give made-up ids to rows without one, and refuse duplicates: an id used twice,
 * and a row without an id that repeats another row (the same file imported twice over would
 * otherwise double every dependency and dilute the shares).
 */
function validateRows(rows: readonly ReadRow[], options: ImportOptions): PortfolioImport {
  const errors: RowError[] = [];
  const dependencies: Dependency[] = [];
  const explicit = new Map<string, number>();
  const idOf = (r: ReadRow): string | null => {
    const value = r.raw.id;
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      errors.push({
        row: r.row,
        field: 'id',
        column: r.columns.id ?? 'id',
        message: `must be text, not ${kindOf(value)}`,
      });
      return null;
    }
    const id = textOf(value, r.exported);
    return id.trim() === '' ? null : id;
  };
  const ids = rows.map(idOf);
  rows.forEach((r, k) => {
    const id = ids[k];
    if (id === null || id === undefined) return;
    const first = explicit.get(id);
    if (first !== undefined)
      errors.push({
        row: r.row,
        field: 'id',
        column: r.columns.id ?? 'id',
        message: `the id "${id.slice(0, 60)}" is already used by row ${first}`,
      });
    else explicit.set(id, r.row);
  });
  const used = new Set(explicit.keys());
  // Rows by what they say, to find a row without an id that repeats an earlier one.
  const seen = new Map<string, { row: number; hasId: boolean }>();
  rows.forEach((r, k) => {
    let id = ids[k] ?? null;
    const hasId = id !== null;
    if (id === null) {
      id = `imported-${r.row}`;
      while (used.has(id)) id = `${id}-b`;
      used.add(id);
    }
    const result = validateRow(r, id, options);
    if (Array.isArray(result)) {
      errors.push(...result);
      return;
    }
    const key = sameness(result);
    const earlier = seen.get(key);
    if (earlier !== undefined && (!hasId || !earlier.hasId)) {
      errors.push({
        row: r.row,
        field: 'row',
        column: '',
        message: `repeats row ${earlier.row} (same workload, model, criticality, share, deployment and notes); remove one, or give each its own id if both are meant`,
      });
      return;
    }
    if (earlier === undefined) seen.set(key, { row: r.row, hasId });
    dependencies.push(result);
  });
  errors.sort((a, b) => a.row - b.row);
  return errors.length > 0 ? { ok: false, errors, dependencies } : { ok: true, dependencies };
}

function fail(message: string): PortfolioImport {
  return { ok: false, errors: [{ row: 0, field: 'file', column: '', message }], dependencies: [] };
}

/** Bytes of `text` in UTF-8, counted up to just past `limit`. */
function utf8Bytes(text: string, limit: number): number {
  let bytes = 0;
  for (let k = 0; k < text.length && bytes <= limit; k++) {
    const c = text.charCodeAt(k);
    // A surrogate pair is 4 bytes: 2 for each half.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/** The header cell that names the export's marker column. */
function isFormatHeader(cell: string): boolean {
  return cell.trim().toLowerCase() === 'format';
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
  const names: Partial<Record<PortfolioColumn, string>> = {};
  const errors: RowError[] = [];
  columns.forEach((c, i) => {
    if (c === null) return;
    const name = (header[i] ?? '').trim().slice(0, 40);
    if (names[c] !== undefined)
      errors.push({
        row: 1,
        field: c,
        column: name,
        message: `the column "${name}" appears twice`,
      });
    else names[c] = name;
  });
  for (const c of PORTFOLIO_COLUMNS) {
    if (REQUIRED_COLUMNS.has(c) && names[c] === undefined)
      errors.push({ row: 1, field: c, column: c, message: `the header has no "${c}" column` });
  }
  if (errors.length > 0) return { ok: false, errors, dependencies: [] };
  for (const e of parsed.errors) {
    // Papa's row index counts records from 0, the header included (header: false).
    errors.push({ row: (e.row ?? 0) + 1, field: 'row', column: '', message: e.message });
  }
  const formatAt = header.findIndex(isFormatHeader);
  const rows: ReadRow[] = [];
  records.forEach((cells, i) => {
    if (i === 0 || cells.every((c) => c.trim() === '')) return;
    const row = i + 1;
    if (cells.length !== header.length) {
      errors.push({
        row,
        field: 'row',
        column: '',
        message: `has ${cells.length} cells where the header has ${header.length}`,
      });
      return;
    }
    const raw: RawRow = {};
    columns.forEach((c, j) => {
      if (c !== null) raw[c] = cells[j];
    });
    const exported = formatAt >= 0 && cells[formatAt] === PORTFOLIO_CSV_FORMAT;
    rows.push({ row, raw, columns: names, exported });
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
  // Only the app's own envelope says its text went through the export rule.
  const exported = isRecord(data) && data.format === PORTFOLIO_JSON_FORMAT;
  const errors: RowError[] = [];
  const rows: ReadRow[] = [];
  list.forEach((item: unknown, i) => {
    const row = i + 1;
    if (!isRecord(item)) {
      errors.push({
        row,
        field: 'row',
        column: '',
        message: `is ${kindOf(item)}, not an object with the dependency fields`,
      });
      return;
    }
    const raw: RawRow = {};
    for (const c of PORTFOLIO_COLUMNS) if (Object.hasOwn(item, c)) raw[c] = item[c];
    rows.push({ row, raw, columns: {}, exported });
  });
  const result = validateRows(rows, options);
  if (errors.length === 0) return result;
  const all = [...errors, ...(result.ok ? [] : result.errors)].sort((a, b) => a.row - b.row);
  return { ok: false, errors: all, dependencies: result.dependencies };
}

/**
 * Read a portfolio from CSV or JSON text. Pure and total: any string gives either a valid
 * portfolio or row-level errors (row, column, why), never an exception. Limits: MAX_IMPORT_BYTES
 * of UTF-8 and MAX_IMPORT_ROWS rows. Rows the app exported (a CSV row whose `format` cell is
 * PORTFOLIO_CSV_FORMAT, a JSON file in the PORTFOLIO_JSON_FORMAT envelope) get the apostrophe
 * the export added taken off; in any other file a leading apostrophe is kept as written.
 */
export function importPortfolio(input: string, options: ImportOptions = {}): PortfolioImport {
  if (utf8Bytes(input, MAX_IMPORT_BYTES) > MAX_IMPORT_BYTES)
    return fail(
      `the file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB; a portfolio file is much smaller`,
    );
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
