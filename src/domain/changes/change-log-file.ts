import { restoreCell } from '../export/cell-neutralisation';
import { toJson } from '../export/to-json';
import {
  CHANGE_LIMITS,
  CHANGE_LOG_FILE_FORMAT,
  changeLogFileSchema,
  type ChangeLogFile,
  type ChangeSetRecord,
} from '../schema/change';

/** The change-log file of an export: every accepted set, stamped with the base it was made on. */
export function changeLogFileText(
  records: readonly ChangeSetRecord[],
  stamp: { datasetVersion: string; compiledOn: string; revision: number; exportedAt: string },
): string {
  const file: ChangeLogFile = {
    format: CHANGE_LOG_FILE_FORMAT,
    formatVersion: 1,
    ...stamp,
    changeSets: [...records],
  };
  return `${toJson(file)}\n`;
}

function restoreStrings(value: unknown): unknown {
  if (typeof value === 'string') return restoreCell(value);
  if (Array.isArray(value)) return value.map(restoreStrings);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k] = restoreStrings(v);
    return { ...out };
  }
  return value;
}

/**
 * Read a change-log file (as `changeLogFileText` writes it): refused with a message when it is
 * over the import limit, not JSON, not this format, or not valid, naming the first bad field.
 * The apostrophes the export added against spreadsheet formulas are removed (ADR 0008).
 */
export function readChangeLogFile(
  text: string,
): { ok: true; file: ChangeLogFile } | { ok: false; message: string } {
  if (text.length > CHANGE_LIMITS.maxImportBytes) {
    return { ok: false, message: 'The file is larger than 10 MB; a change log is much smaller.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not JSON.' };
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== CHANGE_LOG_FILE_FORMAT
  ) {
    return {
      ok: false,
      message:
        'The file is not a change log exported from this app (its "format" is not "ai-vendor-risk-radar.change-log").',
    };
  }
  const parsed = changeLogFileSchema.safeParse(restoreStrings(json));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join('.') ?? '';
    return {
      ok: false,
      message: `The file is not a valid change log (${where || 'the file'}: ${issue?.message ?? 'invalid'}).`,
    };
  }
  return { ok: true, file: parsed.data };
}
