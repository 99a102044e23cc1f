import { z } from '@/domain/schema/zod';
import { LICENSE_TIERS } from '@/domain/license';
import {
  apiErrorSchema,
  datasetMetaSchema,
  eventListSchema,
  listMetaSchema,
  metaAnswerSchema,
  modelDetailSchema,
  modelListSchema,
  providerDetailSchema,
  providerListSchema,
} from '@/domain/schema/api';
import {
  CHANGE_LIMITS,
  changeErrorSchema,
  changeLogEntrySchema,
  changeLogImportSchema,
  changeSchema,
  changeSetRecordSchema,
  changeSetSchema,
  changeSourceSchema,
} from '@/domain/schema/change';
import {
  changeLogAnswerSchema,
  changeLogImportAnswerSchema,
  changeLogImportErrorAnswerSchema,
  changeLogResetAnswerSchema,
  changeSetAcceptedSchema,
  changeSetErrorAnswerSchema,
  changeSetRecordsAnswerSchema,
  staleVersionAnswerSchema,
} from '@/domain/schema/change-api';
import { eventSchema, eventTypeSchema } from '@/domain/schema/event';
import { modelSchema } from '@/domain/schema/model';
import { preciseDateSchema } from '@/domain/schema/precise-date';
import { provenanceSchema } from '@/domain/schema/provenance';
import { providerSchema } from '@/domain/schema/provider';
import { sourceSchema } from '@/domain/schema/source';

/**
 * The whole data contract (read and write) as an OpenAPI 3.1 document, generated from the zod
 * schemas the client parses with, so that the document cannot say one thing and the code
 * another. Served at `GET /api/v1/openapi.json` and written to docs/openapi.json by
 * `npm run openapi`; tests/unit/openapi.test.ts checks every handler's answers against it.
 */

/** The schemas named in `components.schemas`, each referenced wherever it appears. */
const COMPONENTS = {
  PreciseDate: preciseDateSchema,
  Source: sourceSchema,
  Provenance: provenanceSchema,
  Provider: providerSchema,
  Model: modelSchema,
  Event: eventSchema,
  ListMeta: listMetaSchema,
  DatasetMeta: datasetMetaSchema,
  MetaAnswer: metaAnswerSchema,
  ProviderList: providerListSchema,
  ProviderDetail: providerDetailSchema,
  ModelList: modelListSchema,
  ModelDetail: modelDetailSchema,
  EventList: eventListSchema,
  Error: apiErrorSchema,
  ChangeSource: changeSourceSchema,
  Change: changeSchema,
  ChangeSet: changeSetSchema,
  ChangeSetRecord: changeSetRecordSchema,
  ChangeError: changeErrorSchema,
  ChangeLogEntry: changeLogEntrySchema,
  ChangeSetAccepted: changeSetAcceptedSchema,
  ChangeSetInvalid: changeSetErrorAnswerSchema,
  StaleVersion: staleVersionAnswerSchema,
  ChangeLog: changeLogAnswerSchema,
  ChangeSetRecords: changeSetRecordsAnswerSchema,
  ChangeLogImport: changeLogImportSchema,
  ChangeLogImported: changeLogImportAnswerSchema,
  ChangeLogImportInvalid: changeLogImportErrorAnswerSchema,
  ChangeLogReset: changeLogResetAnswerSchema,
} satisfies Record<string, z.ZodType>;

type ComponentName = keyof typeof COMPONENTS;

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  // `input`: what the client accepts (objects that are not strict allow fields a newer server
  // adds); the write side's objects are strict, so an unknown field is refused there.
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const out: Record<string, unknown> = {};
  for (const id of Object.keys(COMPONENTS)) {
    // Each is a component of this document, not a document of its own.
    const { $schema: _schema, $id: _id, ...rest } = schemas[id] ?? {};
    out[id] = rest;
  }
  return out;
}

const json = (name: ComponentName, description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
});

const failed = { 500: json('Error', 'The service failed (or a simulated fault).') };

const idParameter = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what}'s id.`,
  schema: { type: 'string', minLength: 1 },
});

const query = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const commaList = (values: readonly string[]) => ({
  type: 'string',
  description: `A comma-separated list of: ${values.join(', ')}.`,
});

const bad = (what: string) => ({
  400: json('Error', `A bad parameter (${what}); code \`bad_parameter\`.`),
});

/** The OpenAPI 3.1 document of `/api/v1`. */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'AI Vendor Risk Radar data service',
      version: '1',
      description:
        'The read side serves the compiled fact base with the accepted change sets applied; the write side records, corrects and retracts facts through change sets, applied all or nothing. See docs/api.md.',
    },
    paths: {
      '/api/v1/meta': {
        get: {
          operationId: 'getMeta',
          summary:
            'The data set: version, compile date, coverage, counts, methodology, revision and time of the last change',
          responses: { 200: json('MetaAnswer', 'The data set.'), ...failed },
        },
      },
      '/api/v1/providers': {
        get: {
          operationId: 'listProviders',
          summary: 'All providers',
          responses: { 200: json('ProviderList', 'Every provider.'), ...failed },
        },
      },
      '/api/v1/providers/{id}': {
        get: {
          operationId: 'getProvider',
          summary: 'One provider, with its models and the events that apply to it',
          parameters: [idParameter('provider')],
          responses: {
            200: json('ProviderDetail', 'The provider.'),
            404: json('Error', 'No such provider; code `not_found`.'),
            ...failed,
          },
        },
      },
      '/api/v1/models': {
        get: {
          operationId: 'listModels',
          summary: 'All models, optionally filtered',
          parameters: [
            query('provider', 'Provider ids.', commaList(['provider ids'])),
            query(
              'openness',
              'Openness levels as of the compile date.',
              commaList(['1', '2', '3', '4', '5']),
            ),
            query('licenseTier', 'License tiers.', commaList(LICENSE_TIERS)),
            query('q', 'Text in the name, family or license.', { type: 'string', maxLength: 200 }),
          ],
          responses: {
            200: json('ModelList', 'The models that pass the filters.'),
            ...bad('provider, openness, licenseTier or q'),
            ...failed,
          },
        },
      },
      '/api/v1/models/{id}': {
        get: {
          operationId: 'getModel',
          summary: 'One model',
          parameters: [idParameter('model')],
          responses: {
            200: json('ModelDetail', 'The model.'),
            404: json('Error', 'No such model; code `not_found`.'),
            ...failed,
          },
        },
      },
      '/api/v1/events': {
        get: {
          operationId: 'listEvents',
          summary: 'All events, optionally filtered',
          parameters: [
            query('provider', 'A provider id: its events and those that apply to it.'),
            query('type', 'An event type.', { type: 'string', enum: eventTypeSchema.options }),
            query('from', 'First day, inclusive (YYYY-MM-DD).', { type: 'string', format: 'date' }),
            query('to', 'Last day, inclusive (YYYY-MM-DD).', { type: 'string', format: 'date' }),
          ],
          responses: {
            200: json('EventList', 'The events that pass the filters.'),
            ...bad('provider, type, from or to'),
            ...failed,
          },
        },
      },
      '/api/v1/change-sets': {
        post: {
          operationId: 'postChangeSet',
          summary: 'Record a change set, applied all or nothing',
          description: `At most ${CHANGE_LIMITS.maxBodyBytes} bytes of UTF-8 and ${CHANGE_LIMITS.maxChanges} changes. Checked in this order: 413, 400 (shape), 409 (stale baseVersion), 400 (against the data), 201.`,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ChangeSet' } } },
          },
          responses: {
            201: json('ChangeSetAccepted', 'Applied: the new revision and the log entries.'),
            400: json('ChangeSetInvalid', 'An error per change and per field; nothing applied.'),
            409: json('StaleVersion', 'baseVersion is not the current revision; nothing applied.'),
            413: json(
              'Error',
              `The body is over ${CHANGE_LIMITS.maxBodyBytes} bytes; code \`too_large\`.`,
            ),
            ...failed,
          },
        },
        get: {
          operationId: 'listChangeSets',
          summary: 'The accepted change sets, oldest first (an export of the log)',
          responses: { 200: json('ChangeSetRecords', 'The change sets.'), ...failed },
        },
        delete: {
          operationId: 'resetChangeLog',
          summary: 'Empty the log: the compiled data is served again',
          parameters: [
            {
              name: 'baseVersion',
              in: 'query',
              required: true,
              description: 'The revision the caller saw; 409 when it is not the current one.',
              schema: { type: 'integer', minimum: 0 },
            },
          ],
          responses: {
            200: json('ChangeLogReset', 'The log is empty.'),
            400: json(
              'Error',
              'baseVersion is missing or not a whole number; code `bad_parameter`.',
            ),
            409: json('StaleVersion', 'baseVersion is not the current revision; nothing removed.'),
            ...failed,
          },
        },
      },
      '/api/v1/change-sets/import': {
        post: {
          operationId: 'importChangeSets',
          summary: 'Import exported change sets (with a dry run first), all or nothing',
          description: `At most ${CHANGE_LIMITS.maxImportBytes} bytes and ${CHANGE_LIMITS.maxImportSets} change sets. Each set runs the validation of POST /change-sets on the data as the earlier ones leave it; sets the log already holds are left out.`,
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/ChangeLogImport' } },
            },
          },
          responses: {
            200: json(
              'ChangeLogImported',
              'A dry run: what the import would apply; nothing written.',
            ),
            201: json('ChangeLogImported', 'Imported.'),
            400: json(
              'ChangeLogImportInvalid',
              'The errors of each set that does not apply; nothing imported.',
            ),
            409: json('StaleVersion', 'baseVersion is not the current revision; nothing imported.'),
            413: json(
              'Error',
              `The body is over ${CHANGE_LIMITS.maxImportBytes} bytes; code \`too_large\`.`,
            ),
            ...failed,
          },
        },
      },
      '/api/v1/changes': {
        get: {
          operationId: 'listChanges',
          summary: 'The change log, newest first, one entry per change',
          responses: { 200: json('ChangeLog', 'The change log.'), ...failed },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document',
          responses: {
            200: {
              description: 'The OpenAPI 3.1 document.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            ...failed,
          },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}

/** The document as docs/openapi.json holds it. */
export function openApiText(): string {
  return `${JSON.stringify(openApiDocument(), null, 2)}\n`;
}
