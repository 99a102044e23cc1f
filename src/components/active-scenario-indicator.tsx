import { Link, useLocation } from 'react-router';
import { carriedSearch } from '@/domain/url/view-params';
import { useActiveScenario, useScenarioStore } from '@/stores/scenario-store';
import './active-scenario-indicator.css';

/** Top-bar notice of the active what-if scenario, with a way to leave it; nothing when the baseline shows. */
export function ActiveScenarioIndicator() {
  const scenario = useActiveScenario();
  const activate = useScenarioStore((s) => s.scenarioActivated);
  const { search } = useLocation();
  if (scenario === null) return null;
  return (
    <p className="active-scenario" role="status">
      <span className="active-scenario__label">Scenario</span>{' '}
      <Link to={`/scenarios${carriedSearch(search)}`} className="active-scenario__name">
        {scenario.name}
      </Link>{' '}
      <button
        type="button"
        className="button active-scenario__leave"
        onClick={() => activate(null)}
      >
        Leave scenario
      </button>
    </p>
  );
}
