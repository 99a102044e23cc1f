import { afterEach, describe, expect, it } from 'vitest';
import { resetMockControls, setMockControls } from '@mocks/controls';
import { dataset } from '@mocks/data/dataset';
import {
  currentDataset,
  prepareScaledDataset,
  providersAndEventsDataset,
} from '@mocks/handlers/respond';

afterEach(resetMockControls);

describe('the bundled service at scale:N', () => {
  it('serves the providers and events before the models are made, the records of the whole data set', async () => {
    setMockControls({ scale: 20_000 });
    const done: string[] = [];
    const { early, whole } = prepareScaledDataset(
      () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    );
    void whole.then(() => done.push('models'));
    await early;
    done.push('providers and events');
    const first = providersAndEventsDataset();
    // The models are still being made: the list answers of providers and events need not wait.
    expect(done).toEqual(['providers and events']);
    expect(first.providers).toHaveLength(dataset.providers.length + 200);
    expect(first.events).toHaveLength(dataset.events.length + 2000);
    expect(first.models).toHaveLength(dataset.models.length);

    await whole;
    expect(done).toEqual(['providers and events', 'models']);
    const all = currentDataset();
    expect(all.models).toHaveLength(dataset.models.length + 20_000);
    // The same records: an answer given early agrees with every later one.
    expect(all.providers).toBe(first.providers);
    expect(all.events).toBe(first.events);
    expect(providersAndEventsDataset()).toBe(all);
  });

  it('serves the compiled data set when no scale is set', () => {
    expect(providersAndEventsDataset()).toBe(currentDataset());
    expect(currentDataset().models).toHaveLength(dataset.models.length);
  });
});
