import { persistedStores } from '@/stores/create-persisted-store';
import { resetChangeLogService } from '@mocks/change-log/change-log-service';
import { resetMockControls } from '@mocks/controls';

/**
 * Put back the state the app's modules hold, as a fresh worker has it: every store that was
 * loaded, the mock service's controls and its change log. The node project's pure tests keep the
 * app's modules loaded from one file to the next (tests/file-boundary.ts) and call this at the
 * end of each file instead. Everything else those modules hold is either a cache of what its
 * inputs give, or a setting only the DOM project's tests change (the request timeout, the
 * in-page transport), where the modules are evaluated again for each file.
 */
export function resetAppState(): void {
  for (const store of persistedStores) {
    if (store.getState() !== store.getInitialState()) {
      store.setState(store.getInitialState(), true);
    }
  }
  resetMockControls();
  resetChangeLogService();
}
