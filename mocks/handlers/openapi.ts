import { http, HttpResponse } from 'msw';
import { openApiDocument } from '../openapi-document';
import { respond } from './respond';

let document: ReturnType<typeof openApiDocument> | null = null;

export const openApiHandlers = [
  http.get('*/api/v1/openapi.json', () =>
    respond(
      'openapi',
      () => {
        // Made on the first request only: the landing page never pays for it.
        document ??= openApiDocument();
        return HttpResponse.json(document);
      },
      null,
    ),
  ),
];
