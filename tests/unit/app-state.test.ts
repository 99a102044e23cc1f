// The node project keeps the app's modules loaded from one test file to the next; this is what it
// puts back at the end of each file (tests/setup-node.ts).
import { describe, expect, it } from 'vitest';
import { useWatchlistStore } from '@/stores/watchlist-store';
import { changeSetRecords, submitChangeSet } from '@mocks/change-log/change-log-service';
import { getMockControls, setMockControls } from '@mocks/controls';
import { resetAppState } from '../app-state';

describe('the app state between the pure tests’ files', () => {
  it('is put back as a fresh worker has it: stores, mock controls and the change log', async () => {
    const fresh = useWatchlistStore.getState();
    useWatchlistStore.getState().modelToggled('gpt-5');
    setMockControls({ scale: 500, faults: [{ kind: '500', once: false, endpoint: 'models' }] });
    const admitted = await submitChangeSet(
      {
        baseVersion: 0,
        author: 'Ana Analyst',
        note: 'a file that leaves a change behind',
        changes: [
          {
            kind: 'correct',
            entity: 'provider',
            id: 'mistral',
            fields: { hqCity: 'Paris' },
            sources: [{ url: 'https://mistral.ai/about', label: null }],
            confidence: 'verified',
          },
        ],
      },
      10,
    );
    expect(admitted.status).toBe(201);
    expect(useWatchlistStore.getState().modelIds).toEqual(['gpt-5']);
    expect(changeSetRecords()).toHaveLength(1);

    resetAppState();
    expect(useWatchlistStore.getState()).toEqual(fresh);
    expect(getMockControls()).toEqual({ latency: { min: 0, max: 0 }, faults: [], scale: 0 });
    expect(changeSetRecords()).toHaveLength(0);
  });
});
