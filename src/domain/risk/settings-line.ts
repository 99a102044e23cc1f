import { FACTOR_KEYS, FACTOR_LABELS, type RiskSettings } from './settings';

/** The settings in one line, as exports are stamped: weights in factor order, half-life and home jurisdiction. */
export function settingsLine(settings: RiskSettings): string {
  const weights = FACTOR_KEYS.map((k) => `${FACTOR_LABELS[k]} ${settings.weights[k]}`).join(', ');
  const home = settings.jurisdiction.home ?? 'not configured';
  const overrides = Object.entries(settings.jurisdiction.overrides)
    .map(([country, risk]) => `${country} ${risk}`)
    .join(', ');
  return `weights ${weights}; half-life ${settings.halfLifeDays} days; home jurisdiction ${home}${overrides ? `; jurisdiction risk ${overrides}` : ''}`;
}
