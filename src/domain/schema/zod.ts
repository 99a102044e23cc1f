import { config, z } from 'zod';

// Every schema of the app imports `z` from here, never from 'zod', so that this configuration
// is in force before any schema is built, whatever the import order, in the app and in the tests.
//
// zod validates every API answer. Its JIT compiles a parser per object schema with
// `new Function` on first use; for answers of a few hundred objects that compile costs more
// main-thread time than it saves, and without it the app also runs under a Content Security
// Policy that forbids `unsafe-eval`.
config({ jitless: true });

export { z };
