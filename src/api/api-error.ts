/** What went wrong with a call to the data service, in a form the UI can explain. */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'invalid-response' | 'inconsistent';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly path: string;
  /** The error body's `code` (`stale_version`, `invalid_change_set`, ...), when it had one. */
  readonly code: string | null;
  /** The error body's `details`, unchecked: read them with the schema of that code. */
  readonly details: unknown;

  constructor(
    kind: ApiErrorKind,
    path: string,
    message: string,
    status: number | null = null,
    body: { code?: string; details?: unknown } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.path = path;
    this.code = body.code ?? null;
    this.details = body.details;
  }
}

/** A sentence for the user: what failed, in plain words. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'network':
        return 'The data service could not be reached. Check your connection and try again.';
      case 'timeout':
        return 'The data service did not answer in time.';
      case 'http':
        return error.status === 404
          ? 'This record does not exist in the data set.'
          : `The data service answered with an error (${error.status ?? 'unknown status'}): ${error.message}`;
      case 'invalid-response':
        return 'The data service sent an answer this app cannot read, so nothing from it is shown.';
      case 'inconsistent':
        return error.message;
    }
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}
