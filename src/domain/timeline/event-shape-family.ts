import type { EventType } from '../schema/event';

/** The few shape families the timeline draws the 15 event types with (shape = kind of event). */
export const SHAPE_FAMILIES = [
  'launch',
  'openness',
  'continuity',
  'regulation',
  'business',
] as const;
export type ShapeFamily = (typeof SHAPE_FAMILIES)[number];

export const SHAPE_FAMILY_OF: Record<EventType, ShapeFamily> = {
  'model-launch': 'launch',
  'open-to-closed': 'openness',
  'closed-to-open': 'openness',
  'license-change': 'openness',
  deprecation: 'continuity',
  retirement: 'continuity',
  outage: 'continuity',
  'security-incident': 'continuity',
  'safety-incident': 'continuity',
  regulatory: 'regulation',
  'policy-change': 'regulation',
  'pricing-change': 'business',
  corporate: 'business',
  strategy: 'business',
  market: 'business',
};

export const SHAPE_FAMILY_LABEL: Record<ShapeFamily, string> = {
  launch: 'Model launch',
  openness: 'Openness or license change',
  continuity: 'Deprecation, retirement or incident',
  regulation: 'Regulation or policy',
  business: 'Pricing, corporate, strategy or market',
};

/** The geometric shape each family is drawn as. */
export const SHAPE_OF_FAMILY: Record<
  ShapeFamily,
  'circle' | 'diamond' | 'square' | 'hexagon' | 'plus'
> = {
  launch: 'circle',
  openness: 'diamond',
  continuity: 'square',
  regulation: 'hexagon',
  business: 'plus',
};

export const EVENT_TYPE_LABEL: Record<EventType, string> = {
  'model-launch': 'Model launch',
  'open-to-closed': 'Open to closed',
  'closed-to-open': 'Closed to open',
  'license-change': 'License change',
  deprecation: 'Deprecation',
  retirement: 'Retirement',
  'pricing-change': 'Pricing change',
  regulatory: 'Regulatory',
  'policy-change': 'Policy change',
  outage: 'Outage',
  'security-incident': 'Security incident',
  'safety-incident': 'Safety incident',
  corporate: 'Corporate',
  strategy: 'Strategy',
  market: 'Market',
};
