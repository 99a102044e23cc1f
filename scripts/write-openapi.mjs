// `npm run openapi`: writes docs/openapi.json, the data contract generated from the zod schemas
// (mocks/openapi-document.ts). tests/unit/openapi.test.ts fails when the file is not what this
// script would write.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../tsconfig.app.json', import.meta.url));
const { openApiText } = await tsImport('../mocks/openapi-document.ts', {
  parentURL: import.meta.url,
  tsconfig,
});
const target = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));
writeFileSync(target, openApiText());
console.log(`wrote ${target}`);
