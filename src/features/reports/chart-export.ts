const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'fill-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/** What a saved chart image carries besides the chart, so it can stand alone on a slide. */
export interface ChartStamp {
  title: string;
  /** "As of Apr 20, 2026 · data set … · methodology rvm-1". */
  asOf: string;
  /** What the axis measures and its range. */
  scale: string;
  /** Where the numbers come from. */
  source: string;
  /** Text colour (a computed colour, not a variable). */
  color: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const STAMP_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const STAMP_TOP = 52;
const STAMP_BOTTOM = 44;

function stampLine(
  text: string,
  x: number,
  y: number,
  size: number,
  weight: string,
  color: string,
) {
  const el = document.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  el.setAttribute('font-size', String(size));
  el.setAttribute('font-weight', weight);
  el.setAttribute('font-family', STAMP_FONT);
  el.setAttribute('fill', color);
  // Data stays text: textContent, escaped by the serialiser.
  el.textContent = text;
  return el;
}

/**
 * A standalone SVG document of a chart on screen: colours given as CSS variables are resolved
 * to their computed values (a saved file has no stylesheet), with a background and a size. With
 * a stamp, the chart sits under its title and as-of line, above its scale and source line.
 */
export function serialiseSvg(
  svg: SVGSVGElement,
  background: string,
  stamp?: ChartStamp,
): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const to = [clone, ...Array.from(clone.querySelectorAll('*'))];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const style = getComputedStyle(el);
    for (const prop of STYLE_PROPS) {
      const attr = el.getAttribute(prop);
      const value = style.getPropertyValue(prop);
      if ((attr === null || attr.includes('var(')) && value && !value.includes('var('))
        target.setAttribute(prop, value);
    }
    // Any other attribute or inline style still naming a CSS variable gets its computed value, or goes.
    for (const { name, value } of Array.from(target.attributes)) {
      if (!value.includes('var(')) continue;
      if (name === 'style') {
        target.removeAttribute('style');
        continue;
      }
      const computed = style.getPropertyValue(name);
      if (computed && !computed.includes('var(')) target.setAttribute(name, computed);
      else target.removeAttribute(name);
    }
  });
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width || Number(svg.getAttribute('width')) || 640);
  const height = Math.round(box.height || Number(svg.getAttribute('height')) || 320);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('tabindex');
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  if (!stamp) {
    clone.insertBefore(bg, clone.firstChild);
    return { text: new XMLSerializer().serializeToString(clone), width, height };
  }
  const pad = 12;
  // Wide enough for the longest stamp line (about 0.56 em a character), so no line is cut.
  const textWidth = Math.max(
    stamp.title.length * 16 * 0.6,
    ...[stamp.asOf, stamp.scale, stamp.source].map((t) => t.length * 11.5 * 0.56),
  );
  const outerWidth = Math.ceil(Math.max(width, textWidth) + 2 * pad);
  const outerHeight = height + STAMP_TOP + STAMP_BOTTOM;
  const outer = document.createElementNS(SVG_NS, 'svg');
  outer.setAttribute('xmlns', SVG_NS);
  outer.setAttribute('width', String(outerWidth));
  outer.setAttribute('height', String(outerHeight));
  outer.setAttribute('viewBox', `0 0 ${outerWidth} ${outerHeight}`);
  outer.setAttribute('role', 'img');
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = `${stamp.title}. ${stamp.asOf}`;
  outer.appendChild(title);
  outer.appendChild(bg);
  outer.appendChild(stampLine(stamp.title, pad, 22, 16, '700', stamp.color));
  outer.appendChild(stampLine(stamp.asOf, pad, 41, 11.5, '400', stamp.color));
  clone.setAttribute('x', String(pad));
  clone.setAttribute('y', String(STAMP_TOP));
  outer.appendChild(clone);
  outer.appendChild(stampLine(stamp.scale, pad, STAMP_TOP + height + 18, 11, '400', stamp.color));
  outer.appendChild(stampLine(stamp.source, pad, STAMP_TOP + height + 35, 11, '400', stamp.color));
  return {
    text: new XMLSerializer().serializeToString(outer),
    width: outerWidth,
    height: outerHeight,
  };
}

/** Draw an SVG document onto a canvas (2× for sharpness) and give it back as PNG. */
export function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * scale;
      canvas.height = height * scale;
      const context = canvas.getContext('2d');
      if (!context) {
        URL.revokeObjectURL(url);
        reject(new Error('This browser cannot draw the chart as an image.'));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
        'image/png',
      );
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The chart could not be drawn as an image.'));
    };
    image.src = url;
  });
}
