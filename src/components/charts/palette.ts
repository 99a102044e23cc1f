import type { OpennessLevel } from '@/domain/openness';
import type { G7Tier } from '@/domain/openness/g7-tier';
import type { Direction } from '@/domain/schema/event';
import type { FactorKey, Grade } from '@/domain/risk/settings';

/**
 * One module for chart colours and number formats. Colours are CSS variables from styles.css so
 * that both themes meet contrast; grades and openness levels are sequential scales (light to
 * dark), directions use the Okabe-Ito colour-blind-safe palette and always come with a shape.
 */
export const GRADE_COLOR: Record<Grade, string> = {
  A: 'var(--grade-a)',
  B: 'var(--grade-b)',
  C: 'var(--grade-c)',
  D: 'var(--grade-d)',
  E: 'var(--grade-e)',
};
export const GRADE_TEXT_COLOR: Record<Grade, string> = {
  A: 'var(--grade-a-text)',
  B: 'var(--grade-b-text)',
  C: 'var(--grade-c-text)',
  D: 'var(--grade-d-text)',
  E: 'var(--grade-e-text)',
};
export const NO_DATA_COLOR = 'var(--surface-2)';

export const OPENNESS_COLOR: Record<OpennessLevel, string> = {
  5: 'var(--open-5)',
  4: 'var(--open-4)',
  3: 'var(--open-3)',
  2: 'var(--open-2)',
  1: 'var(--open-1)',
};

/**
 * The G7 ladder on the openness scale (its top step lightest, off the ladder darkest), so tiers
 * and levels read alike in every chart; "not graded" is the empty surface.
 */
export const G7_TIER_COLOR: Record<G7Tier | 'not-graded', string> = {
  'open-source-open-data': 'var(--open-5)',
  'open-source': 'var(--open-4)',
  'open-weights': 'var(--open-3)',
  'weights-available': 'var(--open-2)',
  none: 'var(--open-1)',
  'not-graded': 'var(--surface-2)',
};

export const DIRECTION_COLOR: Record<Direction, string> = {
  'toward-closed': 'var(--dir-closed)',
  'toward-open': 'var(--dir-open)',
  neutral: 'var(--dir-neutral)',
};
/** Shape names for direction markers: never colour alone. */
export const DIRECTION_SHAPE: Record<Direction, 'triangle-up' | 'triangle-down' | 'circle'> = {
  'toward-closed': 'triangle-up',
  'toward-open': 'triangle-down',
  neutral: 'circle',
};
export const DIRECTION_LABEL: Record<Direction, string> = {
  'toward-closed': 'Toward closed',
  'toward-open': 'Toward open',
  neutral: 'Neutral',
};

// Mid-tone colours with at least 3:1 contrast against both themes' backgrounds (checked by
// tests/unit/palette.test.ts), starting from Okabe-Ito.
export const CATEGORICAL = [
  '#0072B2',
  '#d9730d',
  '#009E73',
  '#c2549d',
  '#8a5cf5',
  '#b8860b',
  '#148f8f',
  '#d1495b',
  '#7d8a00',
  '#a0522d',
  '#3a8fd6',
  '#3d9a40',
  '#c0487a',
  '#9b6cf0',
  '#e0533d',
  '#2f86c9',
];

/** One colour per provider, the same in every chart: by its position in the data set. */
export function providerColor(providerIds: readonly string[], id: string): string {
  const index = providerIds.indexOf(id);
  return CATEGORICAL[(index === -1 ? hash(id) : index) % CATEGORICAL.length] ?? '#0072B2';
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

/** The shared 0-100 domain of every score axis, so charts can be compared. */
export const SCORE_DOMAIN: [number, number] = [0, 100];
/** The ticks of every score axis. */
export const SCORE_TICKS = [0, 20, 40, 60, 80, 100];

/**
 * One categorical colour per risk factor (IBM Carbon / Okabe-Ito hues of middle lightness), each
 * at least 3:1 against both the light and the dark surface; always shown with the factor's name.
 */
export const FACTOR_COLOR: Record<FactorKey, string> = {
  openness: '#1192e8',
  trajectory: '#d55e00',
  lockIn: '#8a3ffc',
  continuity: '#009e73',
  regulatory: '#b28600',
  jurisdiction: '#ee5396',
};
