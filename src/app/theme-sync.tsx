import { useEffect } from 'react';
import { useSettingsStore } from '@/stores/settings-store';

/** Applies the chosen theme to the document; "system" follows prefers-color-scheme. */
export function ThemeSync() {
  const theme = useSettingsStore((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  return null;
}
