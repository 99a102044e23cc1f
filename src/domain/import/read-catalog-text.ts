import { IMPORT_LIMITS, type ImportLimits, type ImportProblem } from './catalog-record';

function megabytes(chars: number): string {
  return `${(chars / 1_000_000).toFixed(1)} MB`;
}

/**
 * Parse a catalog file's text as JSON, refusing text over `limits.maxChars` before parsing it
 * (a 20 MB file gets a message, not a frozen page) and saying where invalid JSON breaks.
 */
export function readCatalogText(
  text: string,
  limits: ImportLimits = IMPORT_LIMITS,
): { ok: true; json: unknown } | { ok: false; problem: ImportProblem } {
  if (text.length > limits.maxChars) {
    return {
      ok: false,
      problem: {
        code: 'too-large',
        message: `The file is ${megabytes(text.length)}; the importer reads files up to ${megabytes(limits.maxChars)}.`,
      },
    };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: { code: 'not-json', message: `The file is not valid JSON: ${detail.slice(0, 200)}` },
    };
  }
}
