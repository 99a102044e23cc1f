import type { ExposureView } from './exposure-view-model';
import './exposure.css';

/** The headline figures of a portfolio: exposure, effective number of providers, HHI and its market band. */
export function ConcentrationFigures({ view }: { view: ExposureView }) {
  return (
    <dl className="figures">
      <div className="figures__item">
        <dt>Portfolio exposure</dt>
        <dd>
          <span className="figures__value">{view.portfolioExposureLabel}</span>{' '}
          <span className="muted small">of 100</span>
        </dd>
      </div>
      <div className="figures__item">
        <dt>Effective number of providers</dt>
        <dd>
          <span className="figures__value">{view.effectiveProvidersLabel}</span>
        </dd>
      </div>
      <div className="figures__item">
        <dt>Concentration (HHI)</dt>
        <dd>
          <span className="figures__value">{view.hhiLabel}</span>{' '}
          <span className="small">{view.bandLabel}</span>
        </dd>
      </div>
    </dl>
  );
}
