import { z } from '@/domain/schema/zod';
import { channelKindSchema } from './channel';
import { directionSchema, eventTypeSchema } from './event';
import { datePrecisionSchema, lifecycleChannelSchema } from './lifecycle-channel';
import { modalitySchema, modelStatusSchema, weightsSchema } from './model';
import { preciseDateSchema } from './precise-date';
import { providerKindSchema } from './provider';
import { ratingContextSchema } from './rating-context';
import { confidenceSchema } from './source';

/**
 * The write side of the data contract: change sets, the changes they hold and the change log
 * (docs/api.md, "Changes"). Every object is strict, so a misspelt field is an error rather than
 * a silently dropped value, and every string has a length limit.
 */
export const CHANGE_LIMITS = {
  /** Largest request body the service accepts, in bytes of UTF-8 (413 above it). */
  maxBodyBytes: 1_000_000,
  maxChanges: 500,
  /** Largest change-log import (`POST /change-sets/import`), in bytes of UTF-8, and its sets. */
  maxImportBytes: 10_000_000,
  maxImportSets: 1000,
  authorMax: 120,
  noteMax: 2000,
  sourcesMax: 20,
  urlMax: 2000,
  labelMax: 300,
  idMax: 120,
  nameMax: 200,
  textMax: 4000,
  listMax: 200,
  historyMax: 100,
} as const;

/** A new record's id: lowercase letters, digits, ".", "_" and "-", as in the compiled data. */
export const newIdSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'an id is lowercase letters, digits, ".", "_" or "-", starting with a letter or digit',
  )
  .max(CHANGE_LIMITS.idMax);

/** A reference to an existing record (compiled ids are not re-checked for their shape). */
const refSchema = z.string().min(1).max(CHANGE_LIMITS.nameMax);

const text = (max: number) => z.string().max(max);
const name = z.string().trim().min(1, 'required').max(CHANGE_LIMITS.nameMax);

/**
 * A source of a change: an http(s) address (`javascript:` and other schemes are rejected) with
 * an optional label. The same shape as a record's sources, so it enters the record unchanged.
 */
export const changeSourceSchema = z.strictObject({
  url: z
    .httpUrl({ message: 'a source is an http(s) address' })
    .max(CHANGE_LIMITS.urlMax)
    .refine((url) => !/\s/.test(url), 'an address has no spaces'),
  label: text(CHANGE_LIMITS.labelMax).nullable(),
});
export type ChangeSource = z.infer<typeof changeSourceSchema>;

const changeEvidence = {
  sources: z
    .array(changeSourceSchema)
    .min(1, 'at least one source is required')
    .max(CHANGE_LIMITS.sourcesMax),
  confidence: confidenceSchema,
  note: text(CHANGE_LIMITS.noteMax).optional(),
};

const channelInputSchema = z.strictObject({
  kind: channelKindSchema,
  name: text(CHANGE_LIMITS.nameMax).nullable(),
});

const modalitiesInputSchema = z
  .strictObject({
    input: z.array(modalitySchema).min(1).max(10),
    output: z.array(modalitySchema).min(1).max(10),
  })
  .nullable();

const replacementInputSchema = z.strictObject({
  modelId: refSchema.nullable(),
  name,
});

/** A status entry as a change states it (the model schema's entry, with limits). */
export const statusEntryInputSchema = z.strictObject({
  from: preciseDateSchema,
  status: modelStatusSchema,
  eventId: refSchema.nullable(),
  channel: lifecycleChannelSchema.optional(),
  precision: datePrecisionSchema.optional(),
  announced: preciseDateSchema.optional(),
  replacement: replacementInputSchema.optional(),
});

/** An openness entry as a change states it (the model schema's entry, with limits). */
export const opennessEntryInputSchema = z.strictObject({
  from: preciseDateSchema,
  weights: weightsSchema,
  license: text(CHANGE_LIMITS.labelMax).nullable(),
  restrictions: z.array(text(CHANGE_LIMITS.noteMax)).max(CHANGE_LIMITS.listMax),
  channels: z.array(channelInputSchema).max(CHANGE_LIMITS.listMax),
  trainingCodePublished: z.boolean(),
  trainingDataPublished: z.boolean(),
  eventId: refSchema.nullable(),
});

const providerFields = {
  name,
  shortName: z.string().trim().min(1, 'required').max(60),
  hqCountry: z.string().trim().min(1, 'required').max(100),
  hqCity: text(100).nullable(),
  kind: providerKindSchema,
  accessChannels: z.array(channelInputSchema).max(CHANGE_LIMITS.listMax),
  accessChannelsText: z.array(text(CHANGE_LIMITS.noteMax)).max(CHANGE_LIMITS.listMax),
  notes: text(CHANGE_LIMITS.textMax).nullable(),
};

/** A new provider; its sources and confidence are the change's. */
export const providerRecordInputSchema = z.strictObject({
  id: newIdSchema,
  ...providerFields,
  unverifiedFields: z.array(text(100)).max(50).optional(),
});

const modelPlainFields = {
  name,
  family: z.string().trim().min(1, 'required').max(CHANGE_LIMITS.idMax),
  release: preciseDateSchema,
  modalities: modalitiesInputSchema,
  modalitiesText: text(CHANGE_LIMITS.noteMax).nullable(),
  contextWindow: z.number().int().positive().max(1_000_000_000).nullable(),
  contextWindowText: text(CHANGE_LIMITS.noteMax).nullable(),
  parameters: text(CHANGE_LIMITS.labelMax).nullable(),
  notes: text(CHANGE_LIMITS.textMax).nullable(),
};

/** A new model, with its whole status and openness histories (dated from its release). */
export const modelRecordInputSchema = z.strictObject({
  id: newIdSchema,
  providerId: refSchema,
  ...modelPlainFields,
  statusHistory: z.array(statusEntryInputSchema).min(1).max(CHANGE_LIMITS.historyMax),
  opennessHistory: z.array(opennessEntryInputSchema).min(1).max(CHANGE_LIMITS.historyMax),
  unverifiedFields: z.array(text(100)).max(50).optional(),
});

const eventFields = {
  date: preciseDateSchema,
  scheduled: z.boolean(),
  providerId: refSchema.nullable(),
  appliesTo: z
    .array(refSchema)
    .min(1, 'an event applies to at least one provider')
    .max(CHANGE_LIMITS.listMax),
  relatedModelIds: z.array(refSchema).max(CHANGE_LIMITS.listMax),
  type: eventTypeSchema,
  direction: directionSchema,
  severity: z.number().int().min(0).max(5),
  scored: z.boolean(),
  title: name,
  summary: z.string().trim().min(1, 'required').max(CHANGE_LIMITS.textMax),
  notes: text(CHANGE_LIMITS.textMax).nullable(),
  ratingNote: text(CHANGE_LIMITS.noteMax).nullable(),
};

/** A new event; its sources and confidence are the change's. */
export const eventRecordInputSchema = z.strictObject({
  id: newIdSchema,
  ...eventFields,
  unverifiedFields: z.array(text(100)).max(50).optional(),
});

/** Why a rating differs from the rule's proposal; stored as the event's rating note. */
const ratingOverrideReasonSchema = z.string().trim().min(1, 'required').max(CHANGE_LIMITS.noteMax);

const nonEmpty = (value: object) => Object.keys(value).length > 0;

/** A correction's fields: each one optional, at least one given; those given replace the old values. */
const fieldsPatch = <S extends z.ZodRawShape>(fields: S) =>
  z.strictObject(fields).partial().refine(nonEmpty, 'say what changes');

/**
 * A change of one kind (create, correct) to one type of record: its kind and entity, its own
 * fields, then the evidence every change carries.
 */
const changeOf = <
  K extends 'create' | 'correct',
  E extends 'provider' | 'model' | 'event',
  S extends z.ZodRawShape,
>(
  kind: K,
  entity: E,
  shape: S,
) =>
  z.strictObject({
    kind: z.literal(kind),
    entity: z.literal(entity),
    ...shape,
    ...changeEvidence,
  });

export const createProviderChangeSchema = changeOf('create', 'provider', {
  record: providerRecordInputSchema,
});

export const createModelChangeSchema = changeOf('create', 'model', {
  record: modelRecordInputSchema,
});

export const createEventChangeSchema = changeOf('create', 'event', {
  record: eventRecordInputSchema,
  /** The facts the rating rule reads; without them the rule proposes from the type alone. */
  ratingContext: ratingContextSchema.optional(),
  /** Required when direction, severity or scored differ from the rule's proposal. */
  ratingOverrideReason: ratingOverrideReasonSchema.optional(),
});

/** What changes in a model's openness from `asOf`: the rest is carried over from the entry in force. */
export const opennessPatchSchema = z
  .strictObject({
    weights: weightsSchema.optional(),
    license: text(CHANGE_LIMITS.labelMax).nullable().optional(),
    restrictions: z.array(text(CHANGE_LIMITS.noteMax)).max(CHANGE_LIMITS.listMax).optional(),
    channels: z.array(channelInputSchema).max(CHANGE_LIMITS.listMax).optional(),
    trainingCodePublished: z.boolean().optional(),
    trainingDataPublished: z.boolean().optional(),
    eventId: refSchema.nullable().optional(),
  })
  .refine(nonEmpty, 'say what changes');

/** A model's new status from `asOf`, on one channel (absent: the provider's own API). */
export const statusPatchSchema = z.strictObject({
  status: modelStatusSchema,
  channel: lifecycleChannelSchema.optional(),
  precision: datePrecisionSchema.optional(),
  announced: preciseDateSchema.optional(),
  replacement: replacementInputSchema.optional(),
  eventId: refSchema.nullable().optional(),
});

/**
 * A correction of a model as of a date. Openness and status corrections add a dated entry to
 * the history (never rewriting an existing one); plain fields are replaced (the value before
 * stays in the change log).
 */
export const correctModelChangeSchema = changeOf('correct', 'model', {
  id: refSchema,
  asOf: preciseDateSchema,
  openness: opennessPatchSchema.optional(),
  status: statusPatchSchema.optional(),
  fields: fieldsPatch(modelPlainFields).optional(),
}).refine(
  (c) => c.openness !== undefined || c.status !== undefined || c.fields !== undefined,
  'a correction changes openness, status or fields',
);

export const correctProviderChangeSchema = changeOf('correct', 'provider', {
  id: refSchema,
  fields: fieldsPatch(providerFields),
});

export const correctEventChangeSchema = changeOf('correct', 'event', {
  id: refSchema,
  fields: fieldsPatch(eventFields),
  ratingContext: ratingContextSchema.optional(),
  ratingOverrideReason: ratingOverrideReasonSchema.optional(),
});

export const entityTypeSchema = z.enum(['provider', 'model', 'event']);
export type EntityType = z.infer<typeof entityTypeSchema>;

/** A retraction: the record leaves the served data and stays in the change log, with the reason. */
export const retractChangeSchema = z.strictObject({
  kind: z.literal('retract'),
  entity: entityTypeSchema,
  id: refSchema,
  reason: z.string().trim().min(1, 'a retraction needs a reason').max(CHANGE_LIMITS.noteMax),
  ...changeEvidence,
});

export const changeSchema = z.discriminatedUnion('kind', [
  z.discriminatedUnion('entity', [
    createProviderChangeSchema,
    createModelChangeSchema,
    createEventChangeSchema,
  ]),
  z.discriminatedUnion('entity', [
    correctProviderChangeSchema,
    correctModelChangeSchema,
    correctEventChangeSchema,
  ]),
  retractChangeSchema,
]);
export type Change = z.infer<typeof changeSchema>;
export type ChangeKind = Change['kind'];
export type CreateProviderChange = z.infer<typeof createProviderChangeSchema>;
export type CreateModelChange = z.infer<typeof createModelChangeSchema>;
export type CreateEventChange = z.infer<typeof createEventChangeSchema>;
export type CorrectProviderChange = z.infer<typeof correctProviderChangeSchema>;
export type CorrectModelChange = z.infer<typeof correctModelChangeSchema>;
export type CorrectEventChange = z.infer<typeof correctEventChangeSchema>;
export type RetractChange = z.infer<typeof retractChangeSchema>;

/** The body of `POST /api/v1/change-sets`: applied all or nothing. */
export const changeSetSchema = z.strictObject({
  /** The data set revision the author saw; the service answers 409 when it is not the current one. */
  baseVersion: z.number().int().nonnegative(),
  author: z.string().trim().min(1, 'required').max(CHANGE_LIMITS.authorMax),
  note: text(CHANGE_LIMITS.noteMax),
  changes: z
    .array(changeSchema)
    .min(1, 'a change set holds at least one change')
    .max(
      CHANGE_LIMITS.maxChanges,
      `a change set holds at most ${CHANGE_LIMITS.maxChanges} changes`,
    ),
});
export type ChangeSet = z.infer<typeof changeSetSchema>;

/** An accepted change set as the log keeps it: the body plus the id and time the service gave it. */
export const changeSetRecordSchema = z.strictObject({
  id: z.string().min(1).max(CHANGE_LIMITS.idMax),
  recordedAt: z.iso.datetime(),
  baseVersion: changeSetSchema.shape.baseVersion,
  author: changeSetSchema.shape.author,
  note: changeSetSchema.shape.note,
  changes: changeSetSchema.shape.changes,
});
export type ChangeSetRecord = z.infer<typeof changeSetRecordSchema>;

/** One entry of `GET /api/v1/changes`: one change of an accepted change set. */
export const changeLogEntrySchema = z.object({
  /** `<changeSetId>.<n>`, n counting the set's changes from 1. */
  id: z.string().min(1),
  recordedAt: z.iso.datetime(),
  author: z.string(),
  kind: z.enum(['create', 'correct', 'retract']),
  entity: z.object({ type: entityTypeSchema, id: z.string() }),
  /** The touched values before the change (the whole record for a retraction; null for a creation). */
  before: z.record(z.string(), z.unknown()).nullable(),
  /** The touched values after the change (the whole record for a creation; null for a retraction). */
  after: z.record(z.string(), z.unknown()).nullable(),
  sources: z.array(changeSourceSchema),
  confidence: confidenceSchema,
  note: z.string().nullable(),
  /** A retraction's reason, or an event rating's override reason; otherwise null. */
  reason: z.string().nullable(),
  /** For a correction of a model, the date it is stated as of; otherwise null. */
  asOf: preciseDateSchema.nullable(),
  changeSetId: z.string(),
  changeSetNote: z.string(),
});
export type ChangeLogEntry = z.infer<typeof changeLogEntrySchema>;

/** One error of a change set, for the 400 answer: which change (null: the set), which field. */
export const changeErrorSchema = z.object({
  change: z.number().int().nonnegative().nullable(),
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
});
export type ChangeError = z.infer<typeof changeErrorSchema>;

/** The body of `POST /api/v1/change-sets/import`: change sets exported from another browser. */
export const changeLogImportSchema = z.strictObject({
  /** The revision the importer saw; 409 when it is not the current one. */
  baseVersion: z.number().int().nonnegative(),
  /** True: validate and say what would change, without writing anything. */
  dryRun: z.boolean(),
  changeSets: z
    .array(changeSetRecordSchema)
    .min(1, 'the file holds no change set')
    .max(
      CHANGE_LIMITS.maxImportSets,
      `an import holds at most ${CHANGE_LIMITS.maxImportSets} change sets`,
    ),
});
export type ChangeLogImport = z.infer<typeof changeLogImportSchema>;

/** The change-log file the Data page exports and another browser imports. */
export const CHANGE_LOG_FILE_FORMAT = 'ai-vendor-risk-radar.change-log';
export const changeLogFileSchema = z.strictObject({
  format: z.literal(CHANGE_LOG_FILE_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: z.iso.datetime(),
  /** The compiled base the sets were made on, and the revision they brought it to. */
  datasetVersion: z.string().max(CHANGE_LIMITS.idMax),
  compiledOn: z.string().max(20),
  revision: z.number().int().nonnegative(),
  changeSets: changeLogImportSchema.shape.changeSets,
});
export type ChangeLogFile = z.infer<typeof changeLogFileSchema>;
