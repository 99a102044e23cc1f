import { HHI_BANDS, type PortfolioExposure } from '@/domain/exposure/portfolio-exposure';
import type { Provider } from '@/domain/schema/provider';
import { providerColor } from '../charts/palette';
import { formatInteger, formatScore, formatShare } from '../format';
import { formatDecimal } from '@/components/format';

export interface ExposureRow {
  providerId: string;
  name: string;
  /** Eₚ in points of the portfolio exposure (0-100 scale). */
  exposure: number;
  exposureLabel: string;
  share: number;
  shareLabel: string;
  dependencyCount: number;
  color: string;
  /** The direct label at the end of the bar ("21.4 · 35% of weight"). */
  barLabel: string;
}

export interface ExposureView {
  rows: ExposureRow[];
  /** Upper end of the exposure axis: the largest Eₚ rounded up to ten, at least 10. */
  axisMax: number;
  /** Axis ticks: every 10 points (every 20 above 60). */
  axisTicks: number[];
  portfolioExposureLabel: string;
  effectiveProvidersLabel: string;
  hhiLabel: string;
  bandLabel: string;
  /** The chart's message in one sentence. */
  caption: string;
  unknownModelCount: number;
}


/** What the exposure chart and figures show, from the engine's portfolio exposure. Pure. */
export function toExposureView(
  exposure: PortfolioExposure,
  providers: readonly Provider[],
): ExposureView {
  const ids = providers.map((p) => p.id);
  const nameOf = (id: string) => providers.find((p) => p.id === id)?.shortName ?? id;
  const rows: ExposureRow[] = exposure.providers.map((p) => ({
    providerId: p.providerId,
    name: nameOf(p.providerId),
    exposure: p.exposure,
    exposureLabel: formatScore(p.exposure),
    share: p.share,
    shareLabel: formatShare(p.share),
    dependencyCount: p.dependencyCount,
    color: providerColor(ids, p.providerId),
    barLabel: `${formatScore(p.exposure)} · ${formatShare(p.share)} of weight`,
  }));
  const max = rows.reduce((m, r) => Math.max(m, r.exposure), 0);
  const top = rows[0];
  const axisMax = Math.max(10, Math.ceil(max / 10) * 10);
  const step = axisMax > 60 ? 20 : 10;
  const axisTicks = Array.from({ length: Math.floor(axisMax / step) + 1 }, (_, i) => i * step);
  const band = HHI_BANDS.find((b) => b.band === exposure.hhiBand);
  return {
    rows,
    axisMax,
    axisTicks,
    portfolioExposureLabel: formatScore(exposure.portfolioExposure),
    effectiveProvidersLabel:
      exposure.effectiveProviders === null
        ? 'no data'
        : formatDecimal(exposure.effectiveProviders),
    hhiLabel: exposure.hhi === null ? 'no data' : formatInteger(exposure.hhi),
    bandLabel: band?.label ?? 'no data',
    caption:
      top === undefined
        ? 'No dependency has a scored provider yet.'
        : `${top.name} accounts for the most exposure: ${top.exposureLabel} of ${formatScore(exposure.portfolioExposure)} points, with ${top.shareLabel} of the portfolio's weight.`,
    unknownModelCount: exposure.unknownModelIds.length,
  };
}
