// Reads a PDF file for the journeys with PDF.js (the pdfjs-dist dev dependency): its pages, their
// size and text, and a PNG of a page (drawn with the @napi-rs/canvas that pdfjs-dist brings).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// PDF.js 6 expects Node 22's Promise.withResolvers; the project runs on Node 20.
if (!Promise.withResolvers) {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((a, b) => {
      resolve = a;
      reject = b;
    });
    return { promise, resolve, reject };
  };
}

// ... and ArrayBuffer.prototype.transfer(ToFixedLength): a copy serves PDF.js just as well.
for (const name of ['transfer', 'transferToFixedLength']) {
  if (!ArrayBuffer.prototype[name]) {
    Object.defineProperty(ArrayBuffer.prototype, name, {
      configurable: true,
      writable: true,
      value(length = this.byteLength) {
        const copy = new ArrayBuffer(length);
        new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
        return copy;
      },
    });
  }
}

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('pdfjs-dist/package.json'));
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');

/** The PDF's pages: size in points, and the text of each (items joined by spaces). */
export async function openPdf(path) {
  const data = new Uint8Array(readFileSync(path));
  const doc = await getDocument({
    data,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
    isEvalSupported: false,
  }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const text = content.items
      .map((t) => t.str)
      .join(' ')
      .replace(/\s+/g, ' ');
    pages.push({ width, height, text });
  }
  return {
    doc,
    pages,
    /** Draws page `n` (from 1) into a PNG file at `scale` (1 = 72 dpi). */
    async screenshot(n, file, scale = 1.5) {
      const { createCanvas } = await import('@napi-rs/canvas');
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas, canvasContext: context, viewport }).promise;
      writeFileSync(file, canvas.toBuffer('image/png'));
    },
  };
}
