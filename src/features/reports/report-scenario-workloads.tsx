import type { ReportScenarioWorkloads } from '@/domain/report/build-risk-report';
import { countsByCriticalityText } from '@/domain/scenario/workload-impact';

/** The report's scenario workloads: broken and at-risk counts, and each affected workload with its top exits ranked by fit. */
export function ReportScenarioWorkloadsView({ workloads: w }: { workloads: ReportScenarioWorkloads }) {
  return (
    <div className="report-workloads">
      <p>
        Workloads broken {w.baselineBroken} → <strong>{w.scenarioBroken}</strong> (
        {countsByCriticalityText(w.brokenBy)}); at risk {w.baselineAtRisk} →{' '}
        <strong>{w.scenarioAtRisk}</strong> ({countsByCriticalityText(w.atRiskBy)}).
      </p>
      {w.affected.length > 0 && (
        <ul className="report-workloads__list">
          {w.affected.map((a) => (
            <li key={a.dependencyId}>
              <strong>{a.workload}</strong> ({a.criticality}):{' '}
              {a.state === 'broken' ? 'broken' : 'at risk'}, {a.reason}
              {a.causedByScenario ? '.' : ' (already so without the scenario).'} Exits ranked by
              fit, top {a.topExits.length} of {a.exitCount}:
              <ol>
                {a.topExits.map((e) => (
                  <li key={e.model}>
                    {e.model} ({e.provider}), fit {e.fit}/100. Fits: {e.fits.join('; ') || 'none'}.
                    {e.lacks.length > 0 && ` Lacks: ${e.lacks.join('; ')}.`}
                    {e.unknown.length > 0 && ` Unknown: ${e.unknown.join('; ')}.`}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
