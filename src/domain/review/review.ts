import { z } from '@/domain/schema/zod';
import { isoDaySchema } from '../schema/precise-date';

/**
 * A review: the day a reader last looked ("Mark as reviewed"), an optional name ("Q4 board") and
 * when it was recorded. The day is the as-of date of the view that was reviewed; the recorded
 * time is the second clock: a fact recorded after it (through an import or a curation change)
 * is new to this reader even when the fact is dated before the review.
 */
export const reviewSchema = z.object({
  id: z.string().min(1),
  date: isoDaySchema,
  name: z.string().trim().max(120).nullable(),
  /** ISO date-time (UTC) at which the review was marked. */
  recordedAt: z.iso.datetime(),
});
export type Review = z.infer<typeof reviewSchema>;

/** What the comparison needs of a review: its day, and when it was recorded (null: the day clock only). */
export interface ReviewPoint {
  date: string;
  recordedAt: string | null;
}

/** How a review is named in lists and exports: "Q4 board (2026-03-01)" or the day alone. */
export function reviewLabel(review: Pick<Review, 'date' | 'name'>): string {
  return review.name ? `${review.name} (${review.date})` : review.date;
}

/** The most recent review by day, then by when it was recorded; null when there is none. */
export function latestReview(reviews: readonly Review[]): Review | null {
  let best: Review | null = null;
  for (const r of reviews) {
    if (
      best === null ||
      r.date > best.date ||
      (r.date === best.date && r.recordedAt > best.recordedAt)
    )
      best = r;
  }
  return best;
}
