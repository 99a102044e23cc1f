// eslint-disable-next-line no-restricted-syntax -- reads the configuration the schemas set
import { config } from 'zod';
import { describe, expect, it } from 'vitest';
import { modelSchema } from '@/domain/schema/model';

describe('zod configuration', () => {
  it('is in force once any schema is imported, as in production (no JIT, no eval)', () => {
    expect(modelSchema).toBeDefined();
    expect(config().jitless).toBe(true);
  });
});
