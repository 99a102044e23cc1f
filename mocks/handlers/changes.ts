import { http, HttpResponse } from 'msw';
import { z } from '@/domain/schema/zod';
import { thousands } from '@/domain/import/catalog-values';
import { CHANGE_LIMITS } from '@/domain/schema/change';
import {
  changeSetRecords,
  importChangeSets,
  reloadChangeLog,
  resetChangeLog,
  servedChangeLog,
  submitChangeSet,
} from '../change-log/change-log-service';
import { errorResponse, listMeta, parseQuery, respond } from './respond';

/** The served data's revision and the time of its last change, as the log answers carry them. */
function logMeta(count: number) {
  const data = servedChangeLog().dataset;
  return {
    ...listMeta(data, count),
    revision: data.revision ?? 0,
    lastChangeAt: data.lastChangeAt ?? null,
  };
}

/** The body as text and its size in bytes of UTF-8, or the answer for a body that is not JSON. */
async function readBody(
  request: Request,
): Promise<{ ok: true; json: unknown; bytes: number } | { ok: false; bytes: number }> {
  const text = await request.text();
  const bytes = new TextEncoder().encode(text).length;
  try {
    return { ok: true, json: JSON.parse(text) as unknown, bytes };
  } catch {
    return { ok: false, bytes };
  }
}

function tooLarge(bytes: number, limit: number, what: string) {
  return errorResponse(
    413,
    'too_large',
    `The ${what} is ${thousands(bytes)} bytes; the service takes at most ${thousands(limit)}.`,
  );
}

function stale(baseVersion: number, currentVersion: number) {
  return errorResponse(
    409,
    'stale_version',
    `The data changed since revision ${baseVersion}: it is now at revision ${currentVersion}. Reload, check what changed, and apply again.`,
    { baseVersion, currentVersion },
  );
}

const notJson = [
  { change: null, path: [], code: 'invalid_json', message: 'The body is not JSON.' },
];

/** A store that failed to write (IndexedDB refused): nothing changed; serve what it holds. */
async function storeFailed(cause: unknown) {
  await reloadChangeLog().catch(() => undefined);
  const why = cause instanceof Error ? cause.message : String(cause);
  return errorResponse(
    500,
    'internal',
    `The change log could not be saved (${why}); nothing changed.`,
  );
}

const resetQuerySchema = z.object({ baseVersion: z.coerce.number().int().nonnegative() });

export const changeHandlers = [
  http.post('*/api/v1/change-sets', ({ request }) =>
    respond(
      'change-sets',
      async () => {
        const body = await readBody(request);
        if (body.bytes > CHANGE_LIMITS.maxBodyBytes) {
          return tooLarge(body.bytes, CHANGE_LIMITS.maxBodyBytes, 'change set');
        }
        if (!body.ok) {
          return errorResponse(
            400,
            'invalid_change_set',
            'The change set is not JSON; nothing was applied.',
            notJson,
          );
        }
        let admission;
        try {
          admission = await submitChangeSet(body.json, body.bytes);
        } catch (cause) {
          return storeFailed(cause);
        }
        switch (admission.status) {
          case 413:
            return tooLarge(admission.bodyBytes, admission.limit, 'change set');
          case 400:
            return errorResponse(
              400,
              'invalid_change_set',
              `The change set has ${admission.errors.length === 1 ? 'an error' : `${admission.errors.length} errors`}; nothing was applied.`,
              admission.errors,
            );
          case 409:
            return stale(admission.baseVersion, admission.currentVersion);
          case 201:
            return HttpResponse.json(
              {
                data: {
                  changeSetId: admission.record.id,
                  revision: admission.dataset.revision ?? 0,
                  recordedAt: admission.record.recordedAt,
                  entries: admission.entries,
                },
              },
              { status: 201 },
            );
        }
      },
      null,
    ),
  ),
  http.post('*/api/v1/change-sets/import', ({ request }) =>
    respond(
      'change-sets',
      async () => {
        const body = await readBody(request);
        if (body.bytes > CHANGE_LIMITS.maxImportBytes) {
          return tooLarge(body.bytes, CHANGE_LIMITS.maxImportBytes, 'import');
        }
        if (!body.ok) {
          return errorResponse(
            400,
            'invalid_change_log',
            'The import is not JSON; nothing was applied.',
            [{ changeSetId: null, index: null, errors: notJson }],
          );
        }
        let admission;
        try {
          admission = await importChangeSets(body.json, body.bytes);
        } catch (cause) {
          return storeFailed(cause);
        }
        switch (admission.status) {
          case 413:
            return tooLarge(admission.bodyBytes, admission.limit, 'import');
          case 400:
            return errorResponse(
              400,
              'invalid_change_log',
              `${admission.errors.length === 1 ? 'A change set does' : `${admission.errors.length} change sets do`} not apply; nothing was imported.`,
              admission.errors,
            );
          case 409:
            return stale(admission.baseVersion, admission.currentVersion);
          case 200:
          case 201:
            return HttpResponse.json(
              {
                data: {
                  dryRun: admission.dryRun,
                  revision: admission.dataset.revision ?? 0,
                  imported: admission.records.map((r) => r.id),
                  alreadyPresent: admission.alreadyPresent,
                  entries: admission.entries,
                },
              },
              { status: admission.status },
            );
        }
      },
      null,
    ),
  ),
  http.get('*/api/v1/change-sets', () =>
    respond(
      'change-sets',
      () => {
        const data = changeSetRecords();
        return HttpResponse.json({ data, meta: logMeta(data.length) });
      },
      () => ({ data: [], meta: logMeta(0) }),
    ),
  ),
  http.delete('*/api/v1/change-sets', ({ request }) =>
    respond(
      'change-sets',
      async () => {
        const parsed = parseQuery(request, resetQuerySchema);
        if (!parsed.success) return parsed.response;
        let outcome;
        try {
          outcome = await resetChangeLog(parsed.data.baseVersion);
        } catch (cause) {
          return storeFailed(cause);
        }
        if (outcome.status === 409) return stale(outcome.baseVersion, outcome.currentVersion);
        return HttpResponse.json({ data: { revision: 0, removed: outcome.removed } });
      },
      null,
    ),
  ),
  http.get('*/api/v1/changes', () =>
    respond(
      'changes',
      () => {
        const { entries, skipped } = servedChangeLog();
        const data = [...entries].reverse();
        return HttpResponse.json({ data, meta: { ...logMeta(data.length), skipped } });
      },
      () => ({ data: [], meta: { ...logMeta(0), skipped: [] } }),
    ),
  ),
];
