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

/**
 * A standalone SVG document of a chart on screen: colours given as CSS variables are resolved
 * to their computed values (a saved file has no stylesheet), with a background and a size.
 */
export function serialiseSvg(
  svg: SVGSVGElement,
  background: string,
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
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  clone.insertBefore(bg, clone.firstChild);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
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
