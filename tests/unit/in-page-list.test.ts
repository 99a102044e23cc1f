import { afterEach, describe, expect, it } from 'vitest';
import { getList } from '@/api/http-client';
import { setLocalTransport, type LocalTransport } from '@/api/local-transport';
import { modelSchema } from '@/domain/schema/model';
import { dataset } from '@mocks/data/dataset';

const models = dataset.models.slice(0, 3);
const listOf = (data: unknown[]) => ({
  data,
  meta: { datasetVersion: dataset.version, compiledOn: dataset.compiledOn, count: data.length },
});

function serveInPage(answer: (data: unknown[]) => Awaited<ReturnType<LocalTransport>>) {
  setLocalTransport(Promise.resolve(() => Promise.resolve(answer([...models]))));
}

afterEach(() => setLocalTransport(Promise.resolve(null)));

describe('a list the in-page service hands over as a value', () => {
  it('keeps the records that pass, not copies of them', async () => {
    serveInPage((data) => ({ status: 200, statusText: 'OK', body: listOf(data) }));
    const { data } = await getList('/models', modelSchema);
    expect(data).toHaveLength(3);
    data.forEach((m, i) => expect(m).toBe(models[i]));
  });

  it('still refuses a record that fails its schema', async () => {
    serveInPage((data) => ({
      status: 200,
      statusText: 'OK',
      body: listOf([data[0], { ...(data[1] as object), release: 'soon' }, data[2]]),
    }));
    await expect(getList('/models', modelSchema)).rejects.toMatchObject({
      kind: 'invalid-response',
    });
  });

  it('copies the records of a JSON answer, as from the network', async () => {
    serveInPage((data) => new Response(JSON.stringify(listOf(data)), { status: 200 }));
    const { data } = await getList('/models', modelSchema);
    expect(data).toEqual(models);
    expect(data[0]).not.toBe(models[0]);
  });
});
