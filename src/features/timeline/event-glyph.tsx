import { DIRECTION_COLOR } from '@/components/charts/palette';
import type { Direction } from '@/domain/schema/event';
import { SHAPE_OF_FAMILY, type ShapeFamily } from '@/domain/timeline/event-shape-family';

export type GlyphStyle = 'solid' | 'upcoming' | 'unconfirmed' | 'hypothetical';

/** A family's shape of radius `r` centred on (0, 0): the mark's shape says what kind of event it is. */
export function FamilyShape({
  family,
  r,
  style,
  color,
}: {
  family: ShapeFamily;
  r: number;
  style: GlyphStyle;
  color: string;
}) {
  const hollow = style !== 'solid';
  const common = {
    fill: hollow ? 'var(--surface)' : color,
    stroke: color,
    strokeWidth: hollow ? 2 : 1,
    strokeDasharray:
      style === 'upcoming' || style === 'hypothetical'
        ? '3 2'
        : style === 'unconfirmed'
          ? '1 2'
          : undefined,
  };
  const shape = SHAPE_OF_FAMILY[family];
  if (shape === 'circle') return <circle r={r} {...common} />;
  if (shape === 'square')
    return <rect x={-r * 0.85} y={-r * 0.85} width={r * 1.7} height={r * 1.7} {...common} />;
  if (shape === 'diamond')
    return (
      <polygon points={`0,${-r * 1.15} ${r * 1.15},0 0,${r * 1.15} ${-r * 1.15},0`} {...common} />
    );
  if (shape === 'hexagon') {
    const pts = Array.from({ length: 6 }, (_, i) => {
      const a = (Math.PI / 3) * i;
      return `${(Math.cos(a) * r).toFixed(2)},${(Math.sin(a) * r).toFixed(2)}`;
    }).join(' ');
    return <polygon points={pts} {...common} />;
  }
  const t = Math.max(2, r * 0.45);
  const plus = `${-t},${-r} ${t},${-r} ${t},${-t} ${r},${-t} ${r},${t} ${t},${t} ${t},${r} ${-t},${r} ${-t},${t} ${-r},${t} ${-r},${-t} ${-t},${-t}`;
  return <polygon points={plus} {...common} />;
}

/** The direction glyph beside a mark: ▲ toward closed, ▼ toward open, a dot for neutral (never colour alone). */
export function DirectionGlyph({
  direction,
  x,
  y,
}: {
  direction: Direction;
  x: number;
  y: number;
}) {
  const color = DIRECTION_COLOR[direction];
  if (direction === 'toward-closed')
    return <polygon points={`${x},${y - 4} ${x + 4},${y + 3} ${x - 4},${y + 3}`} fill={color} />;
  if (direction === 'toward-open')
    return <polygon points={`${x - 4},${y - 3} ${x + 4},${y - 3} ${x},${y + 4}`} fill={color} />;
  return <circle cx={x} cy={y} r={2} fill={color} />;
}

export const DIRECTION_TEXT_GLYPH: Record<Direction, string> = {
  'toward-closed': '▲',
  'toward-open': '▼',
  neutral: '●',
};
