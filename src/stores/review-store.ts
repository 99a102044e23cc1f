import { reviewSchema, type Review } from '@/domain/review/review';
import { createPersistedStore } from './create-persisted-store';
import { restoreListField } from './restore-list';

export const REVIEW_STORAGE_KEY = 'avrr.reviews';
/** 1: { reviews: Review[] }. */
export const REVIEW_VERSION = 1;

/** Reviews the reader marked ("Mark as reviewed"), oldest first, kept in this browser. */
export const useReviewStore = createPersistedStore<
  { reviews: Review[] },
  { reviewMarked: (review: Review) => void; reviewRemoved: (id: string) => void }
>(
  {
    name: REVIEW_STORAGE_KEY,
    version: REVIEW_VERSION,
    initial: { reviews: [] },
    // No older shape exists yet; a future version teaches this function the current one.
    migrate: (persisted) => persisted,
    restore: restoreListField('reviews', reviewSchema, (r) => r.id, 'review', 'reviews'),
    unreadableNotice:
      'Your saved reviews could not be read, so none are loaded. A copy of what was saved is kept in this browser.',
  },
  (set) => ({
    reviewMarked: (review) =>
      set((s) => ({ reviews: [...s.reviews.filter((r) => r.id !== review.id), review] })),
    reviewRemoved: (id) => set((s) => ({ reviews: s.reviews.filter((r) => r.id !== id) })),
  }),
);
