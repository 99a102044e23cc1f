/** Version of the curated data set; bump it when a fact or a rating changes. */
export const DATASET_VERSION = '2026.11.26-3';
/** The day the reference facts were compiled: no fact after it is known. */
export const COMPILED_ON = '2026-11-26';
