// The bundled data service in a Web Worker (ADR 0006, fifth pass): the handlers, the compiled
// data set and the change log live off the main thread, so that neither their code (the largest
// chunk of the demo) nor building the data set blocks the page. The page's transport
// (`worker-transport.ts`) posts each request here and gets the answer back as text, with its
// status and headers.
import './worker-globals';
import { getResponse } from 'msw';
import { switchChangeLogStore } from './change-log/change-log-service';
import { createIdbChangeLogStore } from './change-log/idb-change-log-store';
import { controlsFromSearch, setMockControls } from './controls';
import { handlers } from './handlers';
import type { WorkerAnswer, WorkerMessage, WorkerRequest } from './worker-protocol';

let ready: Promise<void> = Promise.resolve();

function post(answer: WorkerAnswer): void {
  self.postMessage(answer);
}

async function answer(ask: WorkerRequest): Promise<void> {
  await ready;
  const request = new Request(ask.url, {
    method: ask.method,
    headers: ask.headers,
    ...(ask.body === null ? {} : { body: ask.body }),
  });
  // Answers go back as JSON text (made here, and kept for the whole collections): the page
  // parses text several times faster than it could take in the same data as a structured clone.
  const response = await getResponse(handlers, request);
  if (!response) return post({ id: ask.id, kind: 'unhandled' });
  post({
    id: ask.id,
    kind: 'text',
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    text: await response.text(),
  });
}

self.onmessage = (event: MessageEvent<WorkerMessage>) => {
  const message = event.data;
  if (message.kind === 'start') {
    setMockControls(controlsFromSearch(message.search, true));
    // The accepted changes live in IndexedDB (open in workers too): read them before the first
    // answer. Where it cannot be opened, the log is kept in memory for this page only.
    ready = switchChangeLogStore(createIdbChangeLogStore()).catch((error: unknown) => {
      console.warn(
        'The change log cannot be kept in IndexedDB; changes last until the page is closed.',
        error,
      );
    });
    return;
  }
  answer(message).catch((error: unknown) => {
    post({
      id: message.id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  });
};
