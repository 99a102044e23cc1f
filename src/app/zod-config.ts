import { config } from 'zod';

// zod validates every API answer. Its JIT compiles a parser per object schema with
// `new Function` on first use; for answers of a few hundred objects that compile costs more
// main-thread time than it saves, and without it the app also runs under a Content Security
// Policy that forbids `unsafe-eval`. It must run before any schema is built (zod reads it then):
// src/main.tsx imports it ahead of the schemas.
config({ jitless: true });
