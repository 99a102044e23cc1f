import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { z } from '@/domain/schema/zod';
import {
  changeErrorSchema,
  type ChangeError,
  type ChangeLogImport,
  type ChangeSet,
} from '@/domain/schema/change';
import {
  changeLogImportAnswerSchema,
  changeLogResetAnswerSchema,
  changeSetAcceptedSchema,
  importSetErrorsSchema,
  staleVersionAnswerSchema,
  type StaleVersionDetails,
} from '@/domain/schema/change-api';
import { ApiError } from './api-error';
import { sendJson } from './http-client';
import { reloadServedData } from './reload-served-data';

/**
 * The writes of the data contract. Each one that changes the served data reloads every data
 * query at once (`reloadServedData`), so scores, timeline, catalog and exports update together.
 */
export const changeMutations = {
  /** `POST /change-sets`. */
  submit: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['change-sets', 'submit'] as const,
      mutationFn: async (changeSet: ChangeSet) =>
        (await sendJson('POST', '/change-sets', changeSet, changeSetAcceptedSchema)).data,
      onSuccess: () => reloadServedData(queryClient),
    }),
  /** `POST /change-sets/import`; a dry run changes nothing and reloads nothing. */
  importLog: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['change-sets', 'import'] as const,
      mutationFn: async (body: ChangeLogImport) =>
        (await sendJson('POST', '/change-sets/import', body, changeLogImportAnswerSchema)).data,
      onSuccess: (result) => (result.dryRun ? undefined : reloadServedData(queryClient)),
    }),
  /** `DELETE /change-sets`: back to the compiled data. */
  reset: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['change-sets', 'reset'] as const,
      mutationFn: async (baseVersion: number) =>
        (
          await sendJson(
            'DELETE',
            `/change-sets?baseVersion=${baseVersion}`,
            undefined,
            changeLogResetAnswerSchema,
          )
        ).data,
      onSuccess: () => reloadServedData(queryClient),
    }),
};

/** The revisions of a 409 (another tab or user changed the data), or null for any other error. */
export function staleVersionOf(error: unknown): StaleVersionDetails | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const parsed = staleVersionAnswerSchema.shape.error.shape.details.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

/** The per-change, per-field errors of a 400 to a change set (empty for any other error). */
export function changeErrorsOf(error: unknown): ChangeError[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  const parsed = z.array(changeErrorSchema).safeParse(error.details);
  return parsed.success ? parsed.data : [];
}

/** The per-set errors of a 400 to an import (empty for any other error). */
export function importErrorsOf(error: unknown): z.infer<typeof importSetErrorsSchema>[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  const parsed = z.array(importSetErrorsSchema).safeParse(error.details);
  return parsed.success ? parsed.data : [];
}
