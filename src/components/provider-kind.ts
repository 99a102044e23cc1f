import type { Provider } from '@/domain/schema/provider';

/** How a provider's kind reads on screen. */
export const PROVIDER_KIND_LABEL: Record<Provider['kind'], string> = {
  'big-tech': 'Big tech',
  'frontier-lab': 'Frontier lab',
  startup: 'Startup',
  nonprofit: 'Nonprofit / research',
};
