/**
 * Mock controls for demos and tests: latency, faults per endpoint or for all, and synthetic scale.
 * Read from the page URL (`?mock=latency:0&mock=fault:500:once@providers`) or set by tests.
 */
/** `changes` is the change log (`GET /changes`); `change-sets` the write side (post, import, export, reset). */
export const ENDPOINTS = ['meta', 'providers', 'models', 'events', 'changes', 'change-sets', 'openapi'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export const FAULT_KINDS = ['500', 'timeout', 'malformed', 'invalid', 'empty'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  kind: FaultKind;
  /** Fails only the next matching request, so Retry recovers. */
  once: boolean;
  /** null: every endpoint. */
  endpoint: Endpoint | null;
}

export interface MockControls {
  latency: { min: number; max: number };
  faults: Fault[];
  /** Synthetic models to add on top of the real data (0: none). */
  scale: number;
}

const defaults = (): MockControls => ({ latency: { min: 0, max: 0 }, faults: [], scale: 0 });
let controls: MockControls = defaults();

export function getMockControls(): MockControls {
  return controls;
}

export function setMockControls(next: Partial<MockControls>): void {
  controls = { ...controls, ...next };
}

export function resetMockControls(): void {
  controls = defaults();
}

/** Parse one `mock` parameter value; returns null for anything it does not understand. */
export function parseMockDirective(value: string): Partial<MockControls> | { fault: Fault } | null {
  const latency = /^latency:(\d{1,5})(?:-(\d{1,5}))?$/.exec(value);
  if (latency) {
    const min = Number(latency[1]);
    const max = latency[2] === undefined ? min : Number(latency[2]);
    return { latency: { min: Math.min(min, max), max: Math.max(min, max) } };
  }
  const scale = /^scale:(\d{1,7})$/.exec(value);
  if (scale) return { scale: Number(scale[1]) };
  const fault = /^fault:([a-z0-9]+)(:once)?(?:@([a-z-]+))?$/.exec(value);
  if (fault) {
    const kind = FAULT_KINDS.find((k) => k === fault[1]);
    const endpoint = fault[3] === undefined ? null : (ENDPOINTS.find((e) => e === fault[3]) ?? undefined);
    if (!kind || endpoint === undefined) return null;
    return { fault: { kind, once: fault[2] !== undefined, endpoint } };
  }
  return null;
}

/**
 * Controls from a query string. `browserDefaults` applies the browser's 150-400 ms latency
 * unless the URL sets one.
 */
export function controlsFromSearch(search: string, browserDefaults: boolean): MockControls {
  const result: MockControls = {
    ...defaults(),
    latency: browserDefaults ? { min: 150, max: 400 } : { min: 0, max: 0 },
  };
  const params = new URLSearchParams(search);
  const values = params.getAll('mock').flatMap((v) => v.split(/[;,]/));
  for (const value of values) {
    const parsed = parseMockDirective(value.trim());
    if (!parsed) continue;
    if ('fault' in parsed) result.faults.push(parsed.fault);
    else Object.assign(result, parsed);
  }
  return result;
}

/** The fault that applies to a request on `endpoint`, consuming it when it is `once`. */
export function takeFault(endpoint: Endpoint): FaultKind | null {
  const index = controls.faults.findIndex((f) => f.endpoint === null || f.endpoint === endpoint);
  if (index === -1) return null;
  const fault = controls.faults[index];
  if (!fault) return null;
  if (fault.once) controls = { ...controls, faults: controls.faults.filter((_, i) => i !== index) };
  return fault.kind;
}

/** A latency in ms drawn from the configured range. */
export function drawLatency(): number {
  const { min, max } = controls.latency;
  return max <= min ? min : min + Math.round(Math.random() * (max - min));
}
