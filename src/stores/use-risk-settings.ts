import { useMemo } from 'react';
import { useLocation } from 'react-router';
import type { RiskSettings } from '@/domain/risk/settings';
import { settingsFromSearch } from '@/lib/settings-url';
import { useSettingsStore } from './settings-store';

/**
 * The risk settings in force for this view: those in the URL (a shared link) when present and
 * valid, else the stored ones. `urlInvalid` says a shared link's settings were refused.
 */
export function useRiskSettings(): {
  settings: RiskSettings;
  fromUrl: boolean;
  urlInvalid: boolean;
} {
  const stored = useSettingsStore((s) => s.risk);
  const { search } = useLocation();
  return useMemo(() => {
    const { settings, fromUrl, invalid } = settingsFromSearch(search, stored);
    return { settings, fromUrl, urlInvalid: invalid };
  }, [search, stored]);
}
