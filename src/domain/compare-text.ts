function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Text order for names and ids: case-insensitive, runs of digits compared as numbers ("Lab 2"
 * before "Lab 10"), and the same on every machine. Written by hand rather than with
 * `localeCompare`: the first call of that starts an ICU collator, about 25 ms on the main thread
 * of the landing page (ADR 0006), and its order depends on the reader's locale.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const cx = x.charCodeAt(i);
    const cy = y.charCodeAt(j);
    if (isDigit(cx) && isDigit(cy)) {
      let ei = i;
      while (ei < x.length && isDigit(x.charCodeAt(ei))) ei++;
      let ej = j;
      while (ej < y.length && isDigit(y.charCodeAt(ej))) ej++;
      const nx = x.slice(i, ei).replace(/^0+(?=\d)/, '');
      const ny = y.slice(j, ej).replace(/^0+(?=\d)/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      i = ei;
      j = ej;
      continue;
    }
    if (cx !== cy) return cx - cy;
    i++;
    j++;
  }
  const rest = x.length - i - (y.length - j);
  if (rest !== 0) return rest;
  return a < b ? -1 : a > b ? 1 : 0;
}
