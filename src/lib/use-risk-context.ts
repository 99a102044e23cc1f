import { useEffect, useMemo, useState } from 'react';
import {
  createRiskContext,
  startRiskContext,
  type RiskContext,
  type RiskContextBuild,
} from '@/domain/risk/risk-context';
import type { Dataset } from '@/domain/schema/dataset';
import { yieldToMain } from './yield-to-main';

/** From this many models on, the engine's indexes are built over several tasks (ADR 0013). */
export const SLICED_CONTEXT_MIN_MODELS = 20_000;
/** Models read per task: about 30 to 60 ms of work on a 2-core machine. */
export const CONTEXT_SLICE_MODELS = 10_000;

interface Built {
  providers: Dataset['providers'];
  events: Dataset['events'];
  ctx: RiskContext;
}

interface Pending {
  providers: Dataset['providers'];
  events: Dataset['events'];
  build: RiskContextBuild;
  done: Promise<RiskContext>;
}

// One set of the engine's indexes per data set version, shared by every page and the alert
// runner. Keyed by the models list: TanStack Query keeps each answer's array until the data
// changes, whereas each `useDataset` call wraps the lists in an object of its own.
const built = new WeakMap<Dataset['models'], Built>();
// Builds under way over several tasks, shared by every caller of the same data set.
const pending = new WeakMap<Dataset['models'], Pending>();

function builtFor(data: Dataset): RiskContext | undefined {
  const hit = built.get(data.models);
  return hit && hit.providers === data.providers && hit.events === data.events
    ? hit.ctx
    : undefined;
}

function pendingFor(data: Dataset): Pending | undefined {
  const run = pending.get(data.models);
  return run && run.providers === data.providers && run.events === data.events ? run : undefined;
}

function keep(data: Dataset, ctx: RiskContext): RiskContext {
  built.set(data.models, { providers: data.providers, events: data.events, ctx });
  pending.delete(data.models);
  return ctx;
}

/**
 * The risk engine's indexes over a data set: built on first use per data set, then kept. A build
 * under way over several tasks (`riskContextInSlices`) is finished here, at once.
 */
export function riskContextOf(data: Dataset): RiskContext {
  const hit = builtFor(data);
  if (hit) return hit;
  const run = pendingFor(data);
  return keep(data, run ? run.build.finish() : createRiskContext(data));
}

/**
 * `riskContextOf`, built `sliceModels` models per task with a yield to the browser in
 * between, so that a large data set's indexes never hold the page for one long task. Every
 * caller of the same data set shares one build.
 */
export function riskContextInSlices(
  data: Dataset,
  sliceModels: number = CONTEXT_SLICE_MODELS,
): Promise<RiskContext> {
  const hit = builtFor(data);
  if (hit) return Promise.resolve(hit);
  const running = pendingFor(data);
  if (running) return running.done;
  const build = startRiskContext(data);
  const done = (async () => {
    while (!build.addModels(sliceModels)) {
      await yieldToMain();
      // Someone needed the indexes at once (`riskContextOf`) and finished them.
      const hit = builtFor(data);
      if (hit) return hit;
    }
    await yieldToMain();
    if (builtFor(data) === undefined) build.group();
    await yieldToMain();
    return builtFor(data) ?? keep(data, build.finish());
  })();
  pending.set(data.models, { providers: data.providers, events: data.events, build, done });
  return done;
}

/**
 * `riskContextOf` for a data set that may still be loading. A data set of
 * `SLICED_CONTEXT_MIN_MODELS` models or more is built over several tasks
 * (`riskContextInSlices`): undefined until then, which every page shows as loading.
 */
export function useRiskContext(data: Dataset | undefined): RiskContext | undefined {
  const sliced = data !== undefined && data.models.length >= SLICED_CONTEXT_MIN_MODELS;
  const direct = useMemo(
    () => (data !== undefined && !sliced ? riskContextOf(data) : undefined),
    [data, sliced],
  );
  const [made, setMade] = useState<{ data: Dataset; ctx: RiskContext } | null>(null);
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (data === undefined || !sliced || builtFor(data) !== undefined) return;
    let live = true;
    riskContextInSlices(data).then(
      (ctx) => {
        if (live) setMade({ data, ctx });
      },
      // As a build while rendering would: the page's error boundary shows it.
      (error: unknown) => {
        if (live) setFailed({ error });
      },
    );
    return () => {
      live = false;
    };
  }, [data, sliced]);
  if (failed !== null) throw failed.error;
  if (!sliced) return direct;
  return builtFor(data) ?? (made !== null && made.data === data ? made.ctx : undefined);
}
