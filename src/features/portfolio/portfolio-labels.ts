import type { Criticality, Deployment } from '@/domain/schema/dependency';

export const CRITICALITY_LABEL: Record<Criticality, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  'mission-critical': 'Mission-critical',
};

export const DEPLOYMENT_LABEL: Record<Deployment, string> = {
  'vendor-api': 'Vendor API',
  'cloud-marketplace': 'Cloud marketplace',
  'self-hosted': 'Self-hosted',
};
