import { http, HttpResponse } from 'msw';
import { z } from '@/domain/schema/zod';
import { LICENSE_TIERS, licenseTier } from '@/domain/license';
import { opennessAtDay, opennessLevel } from '@/domain/openness';
import { dayNumber } from '@/domain/dates';
import type { Model } from '@/domain/schema/model';
import {
  currentDataset,
  errorResponse,
  listMeta,
  parseQuery,
  respond,
  wholeAnswer,
} from './respond';

const commaList = (item: z.ZodType<string>) =>
  z.string().transform((s, ctx) => {
    const parts = s
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    for (const p of parts) {
      if (!item.safeParse(p).success) {
        ctx.addIssue({ code: 'custom', message: `"${p}" is not allowed` });
        return z.NEVER;
      }
    }
    return parts;
  });

export const modelQuerySchema = z.object({
  provider: commaList(z.string().regex(/^[a-z0-9.-]+$/)).optional(),
  openness: commaList(z.string().regex(/^[1-5]$/)).optional(),
  licenseTier: commaList(z.enum(LICENSE_TIERS)).optional(),
  q: z.string().max(200).optional(),
});

function latestEntry(model: Model) {
  return model.opennessHistory[model.opennessHistory.length - 1];
}

/** The models that pass the query's filters, as a list answer. */
function modelsAnswer({
  provider,
  openness,
  licenseTier: tiers,
  q,
}: z.infer<typeof modelQuerySchema>) {
  const data = currentDataset();
  const needle = q?.trim().toLowerCase();
  const day = dayNumber(data.compiledOn);
  // Without a filter on the terms, only the entry's presence is read (a model always has one).
  const byTerms = openness !== undefined || tiers !== undefined || Boolean(needle);
  const models = data.models.filter((m) => {
    if (provider && !provider.includes(m.providerId)) return false;
    if (!byTerms) return latestEntry(m) !== undefined;
    const entry = opennessAtDay(m, day) ?? latestEntry(m);
    if (!entry) return false;
    if (openness && !openness.includes(String(opennessLevel(entry)))) return false;
    if (tiers && !tiers.includes(licenseTier(entry))) return false;
    if (needle && !`${m.name} ${m.family} ${entry.license ?? ''}`.toLowerCase().includes(needle))
      return false;
    return true;
  });
  return { data: models, meta: listMeta(data, models.length) };
}

export const modelHandlers = [
  http.get('*/api/v1/models', ({ request }) =>
    respond(
      'models',
      () => {
        const parsed = parseQuery(request, modelQuerySchema);
        if (!parsed.success) return parsed.response;
        return wholeAnswer(request, 'models', () => modelsAnswer(parsed.data));
      },
      () => ({ data: [], meta: listMeta(currentDataset(), 0) }),
    ),
  ),
  http.get('*/api/v1/models/:id', ({ params }) =>
    respond(
      'models',
      () => {
        const model = currentDataset().models.find((m) => m.id === params.id);
        if (!model)
          return errorResponse(404, 'not_found', `No model with id "${String(params.id)}".`);
        return HttpResponse.json({ data: model });
      },
      null,
    ),
  ),
];
