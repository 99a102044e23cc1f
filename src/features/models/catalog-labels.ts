import type { CatalogStatus } from '@/domain/catalog/catalog-row';
import type { FilterDimension } from '@/domain/catalog/catalog-filters';
import type { LicenseTier } from '@/domain/license';
import { OPENNESS_COMPONENT_LABELS } from '@/domain/openness/openness-components';
import type { Modality } from '@/domain/schema/model';

export const TIER_LABEL: Record<LicenseTier, string> = {
  permissive: 'Permissive',
  'restricted-commercial': 'Restricted commercial',
  'non-commercial': 'Non-commercial',
  proprietary: 'Proprietary',
  unknown: 'Unknown',
};

export const STATUS_LABEL: Record<CatalogStatus, string> = {
  active: 'Active',
  deprecated: 'Deprecated',
  retired: 'Retired',
  unreleased: 'Not yet released',
};

export const MODALITY_LABEL: Record<Modality, string> = {
  text: 'Text',
  image: 'Image',
  audio: 'Audio',
  video: 'Video',
  code: 'Code',
  pdf: 'PDF',
};

export const WEIGHTS_LABEL = { open: 'Open weights', closed: 'Closed weights' } as const;

export const DIMENSION_LABEL: Record<FilterDimension, string> = {
  ...OPENNESS_COMPONENT_LABELS,
  openness: 'Openness level',
  g7: 'G7 openness tier',
  mof: 'MOF class',
  score: 'Openness score',
  weights: 'Weights',
  tier: 'License tier',
  commercial: 'Commercial use allowed',
  userCap: 'Has a user cap',
  provider: 'Provider',
  modality: 'Modality',
  minContext: 'Minimum context window',
  release: 'Release date',
  status: 'Status',
  q: 'Search',
};
