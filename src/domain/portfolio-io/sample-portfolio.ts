import type { Dependency } from '../schema/dependency';

/**
 * The sample portfolio a new user loads in one click: six workloads over six providers, shares
 * in percent of monthly spend. Model ids are those of the curated data set.
 */
export const SAMPLE_PORTFOLIO: readonly Dependency[] = [
  {
    id: 'sample-support',
    workload: 'Customer-support assistant',
    modelId: 'gpt-5',
    criticality: 'mission-critical',
    share: 35,
    deployment: 'vendor-api',
    notes: '',
  },
  {
    id: 'sample-code',
    workload: 'Code assistant',
    modelId: 'claude-sonnet-4.5',
    criticality: 'high',
    share: 20,
    deployment: 'vendor-api',
    notes: '',
  },
  {
    id: 'sample-search',
    workload: 'Document search',
    modelId: 'llama-3.1',
    criticality: 'high',
    share: 15,
    deployment: 'self-hosted',
    notes: '',
  },
  {
    id: 'sample-marketing',
    workload: 'Marketing drafts',
    modelId: 'gemini-3.1-pro',
    criticality: 'low',
    share: 10,
    deployment: 'cloud-marketplace',
    notes: '',
  },
  {
    id: 'sample-analytics',
    workload: 'Internal analytics',
    modelId: 'mistral-large-3',
    criticality: 'medium',
    share: 10,
    deployment: 'cloud-marketplace',
    notes: '',
  },
  {
    id: 'sample-social',
    workload: 'Social features',
    modelId: 'muse-spark',
    criticality: 'medium',
    share: 10,
    deployment: 'vendor-api',
    notes: '',
  },
];
