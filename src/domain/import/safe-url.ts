import { changeSourceSchema } from '../schema/change';

/** True when `value` is an http(s) address that a change may carry as its source. */
export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && changeSourceSchema.shape.url.safeParse(value).success;
}
