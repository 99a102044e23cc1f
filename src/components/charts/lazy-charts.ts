import { lazy } from 'react';

// The Recharts charts load with their code only when a `ChartFigure` draws them, that is when
// they come near the viewport: a page whose first screen has no Recharts chart does not
// download or evaluate Recharts before it is interactive (ADR 0006). `ChartFigure` holds the
// space while the chunk arrives.

export const RiskTrendChart = lazy(() =>
  import('./risk-trend-chart').then((m) => ({ default: m.RiskTrendChart })),
);

export const StackedBarsChart = lazy(() =>
  import('./stacked-bars-chart').then((m) => ({ default: m.StackedBarsChart })),
);

export const OpennessScoreChart = lazy(() =>
  import('./openness-score-chart').then((m) => ({ default: m.OpennessScoreChart })),
);
