import { OWN_API_CHANNEL } from '../schema/lifecycle-channel';
import type { Direction, EventType } from '../schema/event';
import type { OpennessScope, RatingContext } from '../schema/rating-context';

/** What the rating rule proposes for an event. */
export interface RatingProposal {
  direction: Direction;
  /** 0 (none) to 5 (a flagship line changes openness). */
  severity: number;
  scored: boolean;
  /** The line of the rule that gave the proposal, in words, for the form and the review screen. */
  basis: string;
  /** Context the rule needed and did not get: the proposal then takes the lowest rung, and says so. */
  missing: (keyof RatingContext)[];
  /** True where the table does not cover the case and a curator's judgement is expected. */
  judgement: boolean;
}

/** Severity of an openness change by its scope: flagship line 5, all open models 4, one major model 3, a minor model 2. */
export const OPENNESS_SEVERITY: Record<OpennessScope, number> = {
  'flagship-line': 5,
  'all-open-models': 4,
  'major-model': 3,
  'minor-model': 2,
};

const SCOPE_WORDS: Record<OpennessScope, string> = {
  'flagship-line': "the provider's flagship line changes openness",
  'all-open-models': 'a change covering all its open models',
  'major-model': "one major model's terms",
  'minor-model': 'a minor model',
};

/** `iso` plus `months` calendar months, the day clamped to the month's length (2026-08-31 + 6 → 2027-02-28). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function proposal(
  direction: Direction,
  severity: number,
  basis: string,
  options: { scored?: boolean; missing?: (keyof RatingContext)[]; judgement?: boolean } = {},
): RatingProposal {
  return {
    direction,
    severity,
    scored: options.scored ?? true,
    basis,
    missing: options.missing ?? [],
    judgement: options.judgement ?? false,
  };
}

function openness(direction: Direction | undefined, ctx: RatingContext): RatingProposal {
  const missing: (keyof RatingContext)[] = [];
  if (direction === undefined) missing.push('opennessDirection');
  if (ctx.opennessScope === undefined) missing.push('opennessScope');
  const scope = ctx.opennessScope ?? 'minor-model';
  if (direction === undefined) {
    return proposal(
      'neutral',
      OPENNESS_SEVERITY[scope],
      'Openness change: which way the terms moved is not stated.',
      {
        missing,
      },
    );
  }
  return proposal(
    direction,
    OPENNESS_SEVERITY[scope],
    `Openness change, ${direction}: ${SCOPE_WORDS[scope]}, ${OPENNESS_SEVERITY[scope]}.`,
    {
      missing,
    },
  );
}

/** True when the context says the event is about a distributor's clock, not the provider's own API. */
function onDistributor(ctx: RatingContext): boolean {
  return ctx.channel !== undefined && ctx.channel !== OWN_API_CHANNEL;
}

/**
 * The rating rule of docs/data.md ("Events") as a function: the direction, severity (0-5) and
 * scored flag it proposes for an event of `type` in `context`. Openness changes point their way
 * (5 flagship line, 4 all open models, 3 one major model, 2 a minor model); continuity: a
 * flagship retirement with under 6 months' notice 4, other retirements and deprecations 2, a
 * documented multi-hour outage 3, a security incident 4 (a safety incident without loss of
 * service 3); regulatory: a ban 4, binding obligations 3, guidance 2, relief 2 and not scored;
 * launches, pricing, corporate and market events neutral 0 unless they change openness. A
 * lifecycle step on a distributor's clock only is shown, not scored, under rvm-1.
 */
export function proposeRating(type: EventType, context: RatingContext = {}): RatingProposal {
  const ctx = context;
  const changesOpenness = ctx.opennessScope !== undefined || ctx.opennessDirection !== undefined;
  switch (type) {
    case 'open-to-closed':
      return openness('toward-closed', ctx);
    case 'closed-to-open':
      return openness('toward-open', ctx);
    case 'license-change':
      return openness(ctx.opennessDirection, ctx);
    case 'deprecation':
      if (onDistributor(ctx)) {
        return proposal(
          'neutral',
          2,
          `A deprecation on ${ctx.channel ?? ''} only: shown, not scored (rvm-1 reads the provider's own clock).`,
          {
            scored: false,
          },
        );
      }
      return proposal('neutral', 2, 'A deprecation: 2.');
    case 'retirement': {
      if (onDistributor(ctx)) {
        return proposal(
          'neutral',
          2,
          `A retirement on ${ctx.channel ?? ''} only: shown, not scored (rvm-1 reads the provider's own clock).`,
          {
            scored: false,
          },
        );
      }
      const missing: (keyof RatingContext)[] = [];
      if (ctx.flagship === undefined) missing.push('flagship');
      if (ctx.flagship === true) {
        if (ctx.announced === undefined) missing.push('announced');
        if (ctx.effective === undefined) missing.push('effective');
      }
      if (ctx.flagship === true && ctx.announced !== undefined && ctx.effective !== undefined) {
        const short = ctx.effective < addMonths(ctx.announced, 6);
        return short
          ? proposal('neutral', 4, "A flagship retirement with under 6 months' notice: 4.")
          : proposal('neutral', 2, "A flagship retirement with 6 months' notice or more: 2.");
      }
      return proposal(
        'neutral',
        2,
        ctx.flagship === false
          ? 'A retirement of a model that is not the flagship: 2.'
          : 'A retirement: 2.',
        {
          missing,
        },
      );
    }
    case 'outage':
      if (ctx.multiHourOutage === true)
        return proposal('neutral', 3, 'A documented multi-hour outage: 3.');
      return proposal(
        'neutral',
        0,
        'An outage that is not a documented multi-hour one is not in the table: a judgement.',
        {
          missing: ctx.multiHourOutage === undefined ? ['multiHourOutage'] : [],
          judgement: true,
        },
      );
    case 'security-incident':
      return proposal('neutral', 4, 'A security incident: 4.');
    case 'safety-incident':
      if (ctx.serviceLoss === true)
        return proposal(
          'neutral',
          4,
          'A safety incident with loss of service, rated as a security incident: 4.',
        );
      return proposal('neutral', 3, 'A safety incident without loss of service: 3.', {
        missing: ctx.serviceLoss === undefined ? ['serviceLoss'] : [],
      });
    case 'regulatory':
      switch (ctx.regulatoryKind) {
        case 'ban':
          return proposal('neutral', 4, 'A ban or block in a major market: 4.');
        case 'binding-obligations':
          return proposal('neutral', 3, 'Binding obligations taking effect: 3.');
        case 'relief':
          return proposal(
            'neutral',
            2,
            'Relief (a delay): shown at guidance level, never scored.',
            { scored: false },
          );
        case 'guidance':
          return proposal('neutral', 2, 'Guidance: 2.');
        default:
          return proposal('neutral', 2, 'Regulatory, kind not stated: guidance, 2.', {
            missing: ['regulatoryKind'],
          });
      }
    case 'model-launch':
    case 'pricing-change':
    case 'corporate':
    case 'market':
      if (changesOpenness) return openness(ctx.opennessDirection, ctx);
      return proposal(
        'neutral',
        0,
        'A launch, pricing, corporate or market event that does not change openness: neutral, 0.',
      );
    case 'policy-change':
    case 'strategy':
      if (changesOpenness) return openness(ctx.opennessDirection, ctx);
      return proposal(
        'neutral',
        0,
        'A policy or strategy event that does not change openness is not in the table: a judgement.',
        {
          judgement: true,
        },
      );
  }
}

/** True when a rating equals the rule's proposal (direction, severity and scored flag). */
export function matchesProposal(
  rating: { direction: Direction; severity: number; scored: boolean },
  proposed: RatingProposal,
): boolean {
  return (
    rating.direction === proposed.direction &&
    rating.severity === proposed.severity &&
    rating.scored === proposed.scored
  );
}
