import {
  DEFAULT_RISK_SETTINGS,
  FACTOR_KEYS,
  isDefaultRiskSettings,
  validateRiskSettings,
  type RiskSettings,
} from '@/domain/risk/settings';

/**
 * Risk settings in the query string when they differ from the defaults, so a shared link shows
 * the same scores: `w` = the six weights in factor order, `hl` = half-life in days, `home` = the
 * home jurisdiction.
 */
export function settingsFromSearch(search: string, base: RiskSettings): { settings: RiskSettings; fromUrl: boolean; invalid: boolean } {
  const params = new URLSearchParams(search);
  const w = params.get('w');
  const hl = params.get('hl');
  const home = params.get('home');
  if (w === null && hl === null && home === null) return { settings: base, fromUrl: false, invalid: false };
  const next: RiskSettings = {
    ...base,
    weights: { ...base.weights },
    jurisdiction: { ...base.jurisdiction, overrides: { ...base.jurisdiction.overrides } },
  };
  if (w !== null) {
    const parts = w.split(',').map(Number);
    if (parts.length !== FACTOR_KEYS.length || parts.some((n) => !Number.isFinite(n))) {
      return { settings: base, fromUrl: false, invalid: true };
    }
    FACTOR_KEYS.forEach((key, i) => {
      next.weights[key] = parts[i] ?? 0;
    });
  }
  if (hl !== null) next.halfLifeDays = Number(hl);
  if (home !== null) next.jurisdiction.home = home.trim() === '' ? null : home;
  if (validateRiskSettings(next).length > 0) return { settings: base, fromUrl: false, invalid: true };
  return { settings: next, fromUrl: true, invalid: false };
}

/** Write settings into `params`: only what differs from the defaults. */
export function writeSettingsToParams(params: URLSearchParams, settings: RiskSettings): URLSearchParams {
  const out = new URLSearchParams(params);
  out.delete('w');
  out.delete('hl');
  out.delete('home');
  if (isDefaultRiskSettings(settings)) return out;
  const d = DEFAULT_RISK_SETTINGS;
  if (FACTOR_KEYS.some((k) => settings.weights[k] !== d.weights[k])) {
    out.set('w', FACTOR_KEYS.map((k) => String(settings.weights[k])).join(','));
  }
  if (settings.halfLifeDays !== d.halfLifeDays) out.set('hl', String(settings.halfLifeDays));
  if (settings.jurisdiction.home !== null) out.set('home', settings.jurisdiction.home);
  return out;
}
