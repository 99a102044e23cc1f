import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { portfolioExposure } from '@/domain/exposure/portfolio-exposure';
import type { RiskContext } from '@/domain/risk/risk-context';
import type { RiskSettings } from '@/domain/risk/settings';
import { carriedSearch } from '@/domain/url/view-params';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { ConcentrationFigures } from './concentration-figures';
import { ExposureChart } from './exposure-chart';
import { toExposureView } from './exposure-view-model';

/**
 * The enterprise's exposure beside provider risk: headline figures and exposure per provider,
 * from the portfolio kept in this browser. Renders nothing while the portfolio is empty.
 */
export function ExposureSummary({
  ctx,
  asOf,
  settings,
  headingLevel = 2,
  showLink = true,
}: {
  /** The risk engine over the data set the page shows. */
  ctx: RiskContext;
  asOf: string;
  settings: RiskSettings;
  headingLevel?: 2 | 3;
  showLink?: boolean;
}) {
  const dependencies = usePortfolioStore((s) => s.dependencies);
  const { search } = useLocation();
  const providers = ctx.dataset.providers;
  const view = useMemo(
    () =>
      dependencies.length === 0
        ? null
        : toExposureView(portfolioExposure(ctx, dependencies, asOf, settings), providers),
    [ctx, dependencies, asOf, settings, providers],
  );
  if (view === null) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="exposure-summary" aria-labelledby="exposure-summary-title">
      <Heading id="exposure-summary-title">Your exposure</Heading>
      <ConcentrationFigures view={view} />
      {view.unknownModelCount > 0 && (
        <p className="muted small">
          {view.unknownModelCount}{' '}
          {view.unknownModelCount === 1 ? 'dependency names a model' : 'dependencies name models'}{' '}
          not in the data set and {view.unknownModelCount === 1 ? 'is' : 'are'} left out.
        </p>
      )}
      <ExposureChart view={view} headingLevel={headingLevel === 2 ? 3 : 2} />
      {showLink && (
        <p className="small">
          <Link to={`/portfolio${carriedSearch(search)}`}>Edit the portfolio</Link>
        </p>
      )}
    </section>
  );
}
