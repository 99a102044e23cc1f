import { isIsoDay } from '@/domain/schema/precise-date';

/**
 * "Today" for the whole app: the real date, or `?today=YYYY-MM-DD` for demos and tests.
 * Read once per call from the current location so a test can set it through the URL.
 */
export function today(search: string = typeof window === 'undefined' ? '' : window.location.search): string {
  const override = new URLSearchParams(search).get('today');
  if (override && isIsoDay(override)) return override;
  const now = new Date();
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
