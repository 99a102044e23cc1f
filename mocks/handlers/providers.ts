import { http, HttpResponse } from 'msw';
import {
  currentDataset,
  providersAndEventsDataset,
  errorResponse,
  listMeta,
  respond,
  wholeAnswer,
} from './respond';

function allProviders() {
  const data = providersAndEventsDataset();
  return { data: data.providers, meta: listMeta(data, data.providers.length) };
}

export const providerHandlers = [
  http.get('*/api/v1/providers', ({ request }) =>
    respond(
      'providers',
      () => wholeAnswer(request, 'providers', allProviders),
      () => ({ data: [], meta: listMeta(providersAndEventsDataset(), 0) }),
    ),
  ),
  http.get('*/api/v1/providers/:id', ({ params }) =>
    respond(
      'providers',
      () => {
        const data = currentDataset();
        const provider = data.providers.find((p) => p.id === params.id);
        if (!provider)
          return errorResponse(404, 'not_found', `No provider with id "${String(params.id)}".`);
        return HttpResponse.json({
          data: {
            ...provider,
            models: data.models.filter((m) => m.providerId === provider.id),
            events: data.events.filter(
              (e) => e.providerId === provider.id || e.appliesTo.includes(provider.id),
            ),
          },
        });
      },
      null,
    ),
  ),
];
