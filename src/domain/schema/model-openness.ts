import { z } from '@/domain/schema/zod';
import {
  componentEvidenceSchema,
  componentSetSchema,
  datedComponentSetSchema,
} from '../openness/openness-components';
import { isoDaySchema } from './precise-date';

/*
 * What the models endpoints serve about a model's openness components (docs/api.md, "Openness
 * components on every model"): the grades with their evidence, the values derived from them as of
 * the data set's compile date, and the dated grade sets so that a client can read them as of any
 * date. Schemas only, so that the landing page's checks do not carry the rules' code.
 */

/** The G7 tiers from the top step down, then "not on the ladder" (rules in ../openness/g7-tier). */
export const G7_TIERS = [
  'open-source-open-data',
  'open-source',
  'open-weights',
  'weights-available',
  'none',
] as const;
export type G7Tier = (typeof G7_TIERS)[number];

/** The MOF classes, most open first, then "not classified" (rules in ../openness/mof-class). */
export const MOF_CLASSES = ['class-i', 'class-ii', 'class-iii', 'not-classified'] as const;
export type MofClass = (typeof MOF_CLASSES)[number];

/**
 * One component as served: its grade and, where it was recorded, its evidence. The curated
 * grades always carry `source` (null only for `unknown`), `checked` and `confidence`; synthetic
 * records (`?mock=scale:N`) have no evidence, so they carry the grade alone.
 */
export const servedComponentSchema = componentEvidenceSchema.partial({
  source: true,
  checked: true,
  confidence: true,
});
export type ServedComponent = z.infer<typeof servedComponentSchema>;

/** A model's fourteen components as served. */
export const servedComponentSetSchema = componentSetSchema(servedComponentSchema);
export type ServedComponentSet = z.infer<typeof servedComponentSetSchema>;

/** The grades in force from a date on (a day or a month, like release dates). */
export const servedGradeSetSchema = datedComponentSetSchema(servedComponentSetSchema);
export type ServedGradeSet = z.infer<typeof servedGradeSetSchema>;

export const mofClassSchema = z.enum(MOF_CLASSES);
export const g7TierSchema = z.enum(G7_TIERS);

/** `openness` on a served model. */
export const modelOpennessSchema = z.object({
  /** The day `score`, `mofClass`, `g7Tier` and `components` hold for: the compile date. */
  asOf: isoDaySchema,
  /** Openness score 0-100 under the default (equal) component weights. */
  score: z.number().min(0).max(100),
  mofClass: mofClassSchema,
  g7Tier: g7TierSchema,
  /** The grade set in force on `asOf` (the first one when the model is released later). */
  components: servedComponentSetSchema,
  /**
   * Every dated grade set, oldest first, when a component changed after release; empty when
   * none did (then `components` have held since the release).
   */
  history: z.array(servedGradeSetSchema),
});
export type ModelOpenness = z.infer<typeof modelOpennessSchema>;
