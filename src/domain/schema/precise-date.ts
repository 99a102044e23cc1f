import { z } from '@/domain/schema/zod';

/** A calendar date with the precision it is known to: a day (YYYY-MM-DD) or a month (YYYY-MM). */
export const precisionSchema = z.enum(['day', 'month']);
export type Precision = z.infer<typeof precisionSchema>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** True when `value` is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= last;
}

/** True when `value` is a real month written YYYY-MM. */
export function isIsoMonth(value: string): boolean {
  const m = MONTH.exec(value);
  if (!m) return false;
  const mo = Number(m[2]);
  return mo >= 1 && mo <= 12;
}

export const isoDaySchema = z.string().refine(isIsoDay, { message: 'expected a date YYYY-MM-DD' });

export const preciseDateSchema = z
  .object({ date: z.string(), precision: precisionSchema })
  .superRefine((value, ctx) => {
    const ok = value.precision === 'day' ? isIsoDay(value.date) : isIsoMonth(value.date);
    if (!ok) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value.date}" is not a valid ${value.precision === 'day' ? 'YYYY-MM-DD day' : 'YYYY-MM month'}`,
        path: ['date'],
      });
    }
  });
export type PreciseDate = z.infer<typeof preciseDateSchema>;
