import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { closedFlagshipScenario } from '@/domain/scenario/scenario-templates';
import {
  migratePortfolio,
  PORTFOLIO_STORAGE_KEY,
  PORTFOLIO_VERSION,
  restorePortfolio,
  usePortfolioStore,
} from '@/stores/portfolio-store';
import {
  migrateScenarios,
  restoreScenarios,
  SCENARIO_STORAGE_KEY,
  useScenarioStore,
} from '@/stores/scenario-store';
import { dataset } from '@mocks/data/dataset';

beforeEach(() => {
  usePortfolioStore.setState({ dependencies: [], restoreNotice: null });
  useScenarioStore.setState({ scenarios: [], activeId: null, restoreNotice: null });
});

describe('portfolio store persistence', () => {
  it('migrates a version 1 portfolio with loose spellings and missing notes', () => {
    const v1 = {
      dependencies: [
        {
          id: 'a',
          workload: 'Bot',
          modelId: 'gpt-5',
          criticality: 'Mission critical',
          share: '35',
          deployment: 'Vendor API',
        },
      ],
    };
    const migrated = migratePortfolio(v1, 1);
    expect(restorePortfolio(migrated)).toEqual({
      dependencies: [
        {
          id: 'a',
          workload: 'Bot',
          modelId: 'gpt-5',
          criticality: 'mission-critical',
          share: 35,
          deployment: 'vendor-api',
          notes: '',
        },
      ],
      dropped: 0,
    });
    expect(migratePortfolio(v1, PORTFOLIO_VERSION)).toBe(v1);
  });

  it('keeps the valid entries of a partly broken save and counts the rest', () => {
    const restored = restorePortfolio({
      dependencies: [SAMPLE_PORTFOLIO[0], { id: 'x' }, SAMPLE_PORTFOLIO[0]],
    });
    expect(restored?.dependencies).toEqual([SAMPLE_PORTFOLIO[0]]);
    expect(restored?.dropped).toBe(2);
    expect(restorePortfolio('nonsense')).toBeNull();
  });

  it('rehydrates from storage, and says so when a saved entry was dropped', async () => {
    localStorage.setItem(
      PORTFOLIO_STORAGE_KEY,
      JSON.stringify({
        state: { dependencies: [SAMPLE_PORTFOLIO[1], 42] },
        version: PORTFOLIO_VERSION,
      }),
    );
    await usePortfolioStore.persist.rehydrate();
    expect(usePortfolioStore.getState().dependencies).toEqual([SAMPLE_PORTFOLIO[1]]);
    expect(usePortfolioStore.getState().restoreNotice).toMatch(
      /1 saved dependency could not be read/,
    );
  });

  it('starts empty with a notice on corrupt JSON, without throwing', async () => {
    localStorage.setItem(PORTFOLIO_STORAGE_KEY, '{"state":{"dependencies":[');
    await usePortfolioStore.persist.rehydrate();
    expect(usePortfolioStore.getState().dependencies).toEqual([]);
    expect(usePortfolioStore.getState().restoreNotice).toMatch(/could not be read/);
  });

  it('persists what the user adds', () => {
    const [first] = SAMPLE_PORTFOLIO;
    if (first === undefined) throw new Error('the sample is empty');
    usePortfolioStore.getState().dependencyAdded(first);
    const saved = JSON.parse(localStorage.getItem(PORTFOLIO_STORAGE_KEY) ?? '{}') as {
      state: { dependencies: unknown[] };
      version: number;
    };
    expect(saved.version).toBe(PORTFOLIO_VERSION);
    expect(saved.state.dependencies).toHaveLength(1);
  });
});

describe('scenario store persistence', () => {
  const scenario = closedFlagshipScenario(dataset, 'meta', '2026-10-20');

  it('migrates version 1 scenarios that lack change lists or an active id', () => {
    const { channelChanges: _c, licenseChanges: _l, ...old } = scenario;
    const restored = restoreScenarios(migrateScenarios({ scenarios: [old] }, 1));
    expect(restored?.scenarios).toEqual([scenario]);
    expect(restored?.activeId).toBeNull();
  });

  it('drops an active id that names no saved scenario', () => {
    expect(restoreScenarios({ scenarios: [scenario], activeId: 'gone' })?.activeId).toBeNull();
    expect(restoreScenarios({ scenarios: [scenario], activeId: scenario.id })?.activeId).toBe(
      scenario.id,
    );
  });

  it('refuses to activate an unknown scenario and leaves the active one when it is removed', () => {
    const store = useScenarioStore.getState();
    store.scenarioSaved(scenario);
    store.scenarioActivated('nope');
    expect(useScenarioStore.getState().activeId).toBeNull();
    useScenarioStore.getState().scenarioActivated(scenario.id);
    expect(useScenarioStore.getState().activeId).toBe(scenario.id);
    useScenarioStore.getState().scenarioRemoved(scenario.id);
    expect(useScenarioStore.getState().activeId).toBeNull();
  });

  it('loads none with a notice on corrupt JSON', async () => {
    localStorage.setItem(SCENARIO_STORAGE_KEY, 'not json');
    await useScenarioStore.persist.rehydrate();
    expect(useScenarioStore.getState().scenarios).toEqual([]);
    expect(useScenarioStore.getState().restoreNotice).toMatch(/could not be read/);
  });
});
