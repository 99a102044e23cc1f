import { describe, expect, it } from 'vitest';
import { lockInOf } from '@/domain/risk/factor-rules';
import { isStale } from '@/domain/risk/is-stale';
import { createRiskContext } from '@/domain/risk/risk-context';
import { scoreProviders } from '@/domain/risk/score-providers';
import {
  DEFAULT_RISK_SETTINGS,
  gradeOf,
  isDefaultRiskSettings,
  METHODOLOGY_ID,
  validateRiskSettings,
  type RiskSettings,
} from '@/domain/risk/settings';
import type { OpennessEntry } from '@/domain/schema/model';
import { buildModel, provider } from './risk-arbitraries';

const entry = (over: Partial<OpennessEntry>): OpennessEntry => ({
  from: { date: '2025-01-01', precision: 'day' },
  weights: 'closed',
  license: 'Proprietary',
  restrictions: [],
  channels: [],
  trainingCodePublished: false,
  trainingDataPublished: false,
  eventId: null,
  ...over,
});

describe('risk settings', () => {
  it('has the rvm-1 defaults', () => {
    expect(METHODOLOGY_ID).toBe('rvm-1');
    expect(DEFAULT_RISK_SETTINGS.weights).toEqual({
      openness: 35,
      trajectory: 25,
      lockIn: 20,
      continuity: 10,
      regulatory: 10,
      jurisdiction: 10,
    });
    expect(DEFAULT_RISK_SETTINGS.halfLifeDays).toBe(365);
    expect(validateRiskSettings(DEFAULT_RISK_SETTINGS)).toEqual([]);
    expect(isDefaultRiskSettings(DEFAULT_RISK_SETTINGS)).toBe(true);
  });

  it('explains what is wrong with invalid settings', () => {
    const zero: RiskSettings = {
      ...DEFAULT_RISK_SETTINGS,
      weights: { openness: 0, trajectory: 0, lockIn: 0, continuity: 0, regulatory: 0, jurisdiction: 10 },
    };
    expect(validateRiskSettings(zero).map((i) => i.message)).toEqual([
      'At least one weight must be positive (jurisdiction does not count until a home jurisdiction is set).',
    ]);
    expect(validateRiskSettings({ ...zero, jurisdiction: { home: 'France', overrides: {} } })).toEqual([]);
    const bad: RiskSettings = {
      ...DEFAULT_RISK_SETTINGS,
      weights: { ...DEFAULT_RISK_SETTINGS.weights, lockIn: -1 },
      halfLifeDays: 20,
      jurisdiction: { home: 'France', overrides: { China: 120 } },
    };
    expect(validateRiskSettings(bad)).toEqual([
      { path: 'weights.lockIn', message: 'The Access lock-in weight cannot be negative.' },
      { path: 'halfLifeDays', message: 'The half-life must be between 30 and 3,650 days.' },
      { path: 'jurisdiction.overrides.China', message: 'The jurisdiction risk for China must be between 0 and 100.' },
    ]);
    expect(validateRiskSettings({ ...DEFAULT_RISK_SETTINGS, halfLifeDays: 3651 })).toHaveLength(1);
    expect(validateRiskSettings({ ...DEFAULT_RISK_SETTINGS, halfLifeDays: 30 })).toEqual([]);
  });

  it('grades by the A-E bands', () => {
    expect([0, 19.99, 20, 39.9, 40, 59.9, 60, 79.9, 80, 100].map(gradeOf)).toEqual([
      'A', 'A', 'B', 'B', 'C', 'C', 'D', 'D', 'E', 'E',
    ]);
    expect(gradeOf(null)).toBeNull();
  });

  it('flags an as-of date after the compile date as stale', () => {
    expect(isStale('2026-11-27', '2026-11-26')).toBe(true);
    expect(isStale('2026-11-26', '2026-11-26')).toBe(false);
  });

  it('maps access channels to lock-in', () => {
    expect(lockInOf(entry({ weights: 'open', license: 'MIT' }))).toBe(0);
    const cloud = (name: string) => ({ kind: 'cloud' as const, name });
    const api = { kind: 'own-api' as const, name: null };
    expect(lockInOf(entry({ channels: [api, cloud('Amazon Bedrock'), cloud('Azure')] }))).toBe(30);
    expect(lockInOf(entry({ channels: [api, cloud('Amazon Bedrock')] }))).toBe(50);
    expect(lockInOf(entry({ channels: [api] }))).toBe(70);
    expect(lockInOf(entry({ channels: [{ kind: 'private-preview', name: null }, { kind: 'own-app', name: null }] }))).toBe(100);
  });

  it('gives no score (not 0) to a provider without an active model, and leaves jurisdiction out until configured', () => {
    const retired = buildModel(
      {
        provider: 0,
        family: 'f1',
        release: 0,
        month: false,
        entries: [{ offset: 0, weights: 'open', license: 'MIT', channels: [], training: false }],
        status: [{ offset: 10, status: 'retired' }],
      },
      'm',
    );
    const ctx = createRiskContext({
      version: 't',
      compiledOn: '2026-01-01',
      providers: [provider('p0', 'France')],
      models: [retired],
      events: [],
    });
    const [before] = scoreProviders(ctx, '2023-01-05', DEFAULT_RISK_SETTINGS);
    expect(before?.risk).not.toBeNull();
    expect(before?.factors.jurisdiction.value).toBeNull();
    expect(before?.factors.jurisdiction.normalizedWeight).toBe(0);
    const [after] = scoreProviders(ctx, '2023-01-11', DEFAULT_RISK_SETTINGS);
    expect(after?.risk).toBeNull();
    expect(after?.grade).toBeNull();
    const [home] = scoreProviders(ctx, '2023-01-05', { ...DEFAULT_RISK_SETTINGS, jurisdiction: { home: 'United States', overrides: {} } });
    expect(home?.factors.jurisdiction.value).toBe(50);
  });
});
