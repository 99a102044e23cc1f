import { changeHandlers } from './changes';
import { eventHandlers } from './events';
import { metaHandlers } from './meta';
import { modelHandlers } from './models';
import { openApiHandlers } from './openapi';
import { providerHandlers } from './providers';

/** One set of handlers for the browser worker, the tests and the demo build. */
export const handlers = [
  ...metaHandlers,
  ...providerHandlers,
  ...modelHandlers,
  ...eventHandlers,
  ...changeHandlers,
  ...openApiHandlers,
];
