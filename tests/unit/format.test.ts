import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDecimal,
  formatInteger,
  formatMonth,
  formatPreciseDate,
  formatScore,
  formatShare,
  formatSigned,
  formatTokens,
} from '@/components/format';

describe('formatting without Intl', () => {
  it('writes days and months in one English style, never inventing a day', () => {
    expect(formatDay('2026-04-08')).toBe('Apr 8, 2026');
    expect(formatDay('2025-12-31')).toBe('Dec 31, 2025');
    expect(formatMonth('2026-01')).toBe('Jan 2026');
    expect(formatMonth('2026-09-30', true)).toBe('September 2026');
    expect(formatPreciseDate({ date: '2025-04', precision: 'month' })).toBe('Apr 2025');
    expect(formatPreciseDate({ date: '2025-04-05', precision: 'day' })).toBe('Apr 5, 2025');
  });

  it('groups thousands and rounds half away from zero', () => {
    expect(formatInteger(1234567)).toBe('1,234,567');
    expect(formatInteger(999)).toBe('999');
    expect(formatInteger(-3577.5)).toBe('-3,578');
    expect(formatScore(51.75)).toBe('51.8');
    expect(formatScore(28.24)).toBe('28.2');
    expect(formatScore(null)).toBe('no data');
    expect(formatDecimal(2.8)).toBe('2.8');
    expect(formatDecimal(12345.678, 2)).toBe('12,345.68');
  });

  it('signs a change, and a change that rounds to nothing has no sign', () => {
    expect(formatSigned(23.6)).toBe('+23.6');
    expect(formatSigned(-4.06)).toBe('-4.1');
    expect(formatSigned(0.04)).toBe('0.0');
    expect(formatSigned(-0.04)).toBe('0.0');
    expect(formatSigned(-0)).toBe('0.0');
    expect(formatSigned(13.2, 0)).toBe('+13');
    expect(formatSigned(-0.4, 0)).toBe('0');
  });

  it('writes shares and context windows', () => {
    expect(formatShare(0.5)).toBe('50%');
    expect(formatShare(1 / 3)).toBe('33%');
    expect(formatTokens(128_000)).toBe('128K tokens');
    expect(formatTokens(1_000_000)).toBe('1M tokens');
    expect(formatTokens(2_500_000)).toBe('2.5M tokens');
    expect(formatTokens(512)).toBe('512 tokens');
    expect(formatTokens(null)).toBe('unknown');
  });
});
