/** The messages between the page's transport and the data service's worker (worker-service.ts). */
export type WorkerMessage = { kind: 'start'; search: string } | WorkerRequest;

export interface WorkerRequest {
  kind: 'request';
  id: number;
  url: string;
  method: string;
  headers: [string, string][];
  body: string | null;
}

export type WorkerAnswer =
  | {
      id: number;
      kind: 'text';
      status: number;
      statusText: string;
      headers: [string, string][];
      text: string;
    }
  /** No handler matched: the page sends the request to the network. */
  | { id: number; kind: 'unhandled' }
  /** The service itself failed (a bug): the page answers as a server would, with a 500. */
  | { id: number; kind: 'failed'; message: string };
