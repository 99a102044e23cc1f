import { alertsSuite } from './alerts-suite';
import { catalogSuite } from './catalog-bench';
import type { BenchSuite } from './harness';
import { importSuite } from './import-suite';
import { riskSuite } from './risk-suite';
import { scaleSuite } from './scale-suite';

/** Every benchmark suite `npm run bench` runs, in order; add new ones here. */
export const suites: BenchSuite[] = [riskSuite, catalogSuite, importSuite, alertsSuite, scaleSuite];
