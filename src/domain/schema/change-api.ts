import { z } from '@/domain/schema/zod';
import { listMetaSchema } from './api';
import { changeErrorSchema, changeLogEntrySchema, changeSetRecordSchema } from './change';

/**
 * The answers of the write side of the data contract (docs/api.md, "Changes"): what the client
 * parses, what the OpenAPI document publishes, and what the bundled service is tested against.
 */

/** 201 to `POST /api/v1/change-sets`: the new revision and the log entries of the set. */
export const changeSetAcceptedSchema = z.object({
  data: z.object({
    changeSetId: z.string().min(1),
    revision: z.number().int().positive(),
    recordedAt: z.iso.datetime(),
    entries: z.array(changeLogEntrySchema),
  }),
});
export type ChangeSetAccepted = z.infer<typeof changeSetAcceptedSchema>['data'];

/** A stored change set that no longer applies on the compiled data: left out, with why. */
export const skippedChangeSetSchema = z.object({
  changeSetId: z.string(),
  errors: z.array(changeErrorSchema),
});

/** Where the served data stands: how many change sets are applied, and when the last was recorded. */
const logMetaSchema = listMetaSchema.extend({
  revision: z.number().int().nonnegative(),
  lastChangeAt: z.iso.datetime().nullable(),
});

/** `GET /api/v1/changes`: the change log, newest first. */
export const changeLogAnswerSchema = z.object({
  data: z.array(changeLogEntrySchema),
  meta: logMetaSchema.extend({ skipped: z.array(skippedChangeSetSchema) }),
});
export type ChangeLogAnswer = z.infer<typeof changeLogAnswerSchema>;

/** `GET /api/v1/change-sets`: the accepted change sets, oldest first (what an export holds). */
export const changeSetRecordsAnswerSchema = z.object({
  data: z.array(changeSetRecordSchema),
  meta: logMetaSchema,
});
export type ChangeSetRecordsAnswer = z.infer<typeof changeSetRecordsAnswerSchema>;

/** An error answer with its code and the details that code carries (the shape of apiErrorSchema). */
function errorAnswerSchema<C extends string, D extends z.ZodType>(code: C, details: D) {
  return z.object({ error: z.object({ code: z.literal(code), message: z.string(), details }) });
}

/** 400 to a change set: an error per change and per field. */
export const changeSetErrorAnswerSchema = errorAnswerSchema(
  'invalid_change_set',
  z.array(changeErrorSchema),
);

/** 409: the change set (or import, or reset) was made against another revision. */
export const staleVersionAnswerSchema = errorAnswerSchema(
  'stale_version',
  z.object({
    baseVersion: z.number().int().nonnegative(),
    currentVersion: z.number().int().nonnegative(),
  }),
);
export type StaleVersionDetails = z.infer<typeof staleVersionAnswerSchema>['error']['details'];

/** 200 (dry run) or 201 to `POST /api/v1/change-sets/import`. */
export const changeLogImportAnswerSchema = z.object({
  data: z.object({
    dryRun: z.boolean(),
    /** The revision after the import (what it would be, for a dry run). */
    revision: z.number().int().nonnegative(),
    imported: z.array(z.string()),
    alreadyPresent: z.array(z.string()),
    entries: z.array(changeLogEntrySchema),
  }),
});
export type ChangeLogImportResult = z.infer<typeof changeLogImportAnswerSchema>['data'];

/** The errors of one imported set (null id and index: the body itself). */
export const importSetErrorsSchema = z.object({
  changeSetId: z.string().nullable(),
  index: z.number().int().nonnegative().nullable(),
  errors: z.array(changeErrorSchema),
});

/** 400 to an import: the errors of each set that does not apply. */
export const changeLogImportErrorAnswerSchema = errorAnswerSchema(
  'invalid_change_log',
  z.array(importSetErrorsSchema),
);

/** 200 to `DELETE /api/v1/change-sets`: the log is empty, the compiled data is served again. */
export const changeLogResetAnswerSchema = z.object({
  data: z.object({
    revision: z.literal(0),
    removed: z.number().int().nonnegative(),
  }),
});
