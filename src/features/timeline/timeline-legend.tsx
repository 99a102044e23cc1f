import type { ReactNode } from 'react';
import { DIRECTION_COLOR, DIRECTION_LABEL } from '@/components/charts/palette';
import { directionSchema } from '@/domain/schema/event';
import { SHAPE_FAMILIES, SHAPE_FAMILY_LABEL } from '@/domain/timeline/event-shape-family';
import { markRadius } from '@/domain/timeline/timeline-layout';
import { DirectionGlyph, FamilyShape } from './event-glyph';

function Swatch({ children, width = 24 }: { children: ReactNode; width?: number }) {
  return (
    <svg
      width={width}
      height={24}
      viewBox={`${-width / 2} -12 ${width} 24`}
      aria-hidden="true"
      className="tl-swatch"
    >
      {children}
    </svg>
  );
}

const NEUTRAL = 'var(--dir-neutral)';

/** What shape, colour, size and outline mean on the timeline. */
export function TimelineLegend({ initiallyOpen = true }: { initiallyOpen?: boolean }) {
  return (
    <details className="tl-legend" open={initiallyOpen}>
      <summary>Legend</summary>
      <div className="tl-legend__grid">
        <ul aria-label="Shape: kind of event">
          {SHAPE_FAMILIES.map((f) => (
            <li key={f}>
              <Swatch>
                <FamilyShape family={f} r={6} style="solid" color={NEUTRAL} />
              </Swatch>
              {SHAPE_FAMILY_LABEL[f]}
            </li>
          ))}
        </ul>
        <ul aria-label="Colour and glyph: direction">
          {directionSchema.options.map((d) => (
            <li key={d}>
              <Swatch>
                <FamilyShape family="launch" r={5} style="solid" color={DIRECTION_COLOR[d]} />
                <DirectionGlyph direction={d} x={8} y={-5} />
              </Swatch>
              {DIRECTION_LABEL[d]}
            </li>
          ))}
        </ul>
        <ul aria-label="Size, outline and badges">
          <li>
            <Swatch width={44}>
              <FamilyShape family="launch" r={markRadius(0)} style="solid" color={NEUTRAL} />
              <g transform="translate(14,0)">
                <FamilyShape family="launch" r={markRadius(5)} style="solid" color={NEUTRAL} />
              </g>
            </Swatch>
            Size: severity 0 to 5
          </li>
          <li>
            <Swatch>
              <FamilyShape family="launch" r={6} style="upcoming" color={NEUTRAL} />
            </Swatch>
            Dashed, hollow: after the as-of date (upcoming)
          </li>
          <li>
            <Swatch>
              <FamilyShape family="launch" r={6} style="unconfirmed" color={NEUTRAL} />
            </Swatch>
            Dotted, hollow: scheduled, not confirmed
          </li>
          <li>
            <Swatch width={36}>
              <rect
                x={-16}
                y={-7}
                width={32}
                height={14}
                rx={3}
                fill={NEUTRAL}
                fillOpacity={0.18}
                stroke={NEUTRAL}
                strokeDasharray="4 2"
              />
            </Swatch>
            Band: known to the month only
          </li>
          <li>
            <Swatch width={30}>
              <rect x={-12} y={-9} width={24} height={18} rx={6} className="tl-cluster" />
              <text y={4} textAnchor="middle" className="tl-cluster-count">
                12
              </text>
            </Swatch>
            Count: events too close to draw apart (zoom in)
          </li>
          <li>
            <Swatch>
              <FamilyShape family="openness" r={6} style="hypothetical" color={NEUTRAL} />
            </Swatch>
            Labelled “hypothetical”: a scenario’s event
          </li>
        </ul>
      </div>
    </details>
  );
}
