/**
 * ASCII in the order of `Intl.Collator('en-US', { numeric: true })` (CLDR root collation): white
 * space, punctuation and symbols, digits, then letters with each lower-case letter just before
 * its capital. The other ASCII characters (controls, DEL) are ignored by the collator.
 */
const ASCII_ORDER =
  '\t\n\u000b\f\r _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ';

const IGNORED = 0;
/** Primary weight of every ASCII code: 0 ignored, digits share one weight, a letter's cases share one. */
const PRIMARY = new Uint8Array(128);
let weight = 0;
for (let k = 0; k < ASCII_ORDER.length; k++) {
  const code = ASCII_ORDER.charCodeAt(k);
  const isDigit = code >= 48 && code <= 57;
  const isCapital = code >= 65 && code <= 90;
  if (!(isDigit && code > 48) && !isCapital) weight++;
  PRIMARY[code] = weight;
}
const DIGIT = PRIMARY[48] ?? 0;

// Built on first use only: the first collator starts ICU, about 25 ms of main thread (ADR 0006),
// and the bundled data never needs it (every name and id is ASCII).
let collator: Intl.Collator | null = null;
function intlCompare(a: string, b: string): number {
  collator ??= new Intl.Collator('en-US', { numeric: true });
  return collator.compare(a, b);
}

function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 127) return false;
  return true;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** End of the run of ASCII digits that starts at `from`. */
function digitRunEnd(s: string, from: number): number {
  let k = from;
  while (k < s.length && isDigitCode(s.charCodeAt(k))) k++;
  return k;
}

/** Two digit runs by value: leading zeros do not count ("002" equals "2"). */
function compareDigitRuns(x: string, y: string): number {
  const a = x.replace(/^0+/, '');
  const b = y.replace(/^0+/, '');
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The collator's order for two ASCII strings: -1, 0 (equal to the collator) or 1. */
function asciiCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  // The first difference in case decides only when nothing else does (ICU's tertiary level).
  let caseOrder = 0;
  for (;;) {
    while (i < a.length && PRIMARY[a.charCodeAt(i)] === IGNORED) i++;
    while (j < b.length && PRIMARY[b.charCodeAt(j)] === IGNORED) j++;
    if (i >= a.length || j >= b.length) break;
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    const pa = PRIMARY[ca] ?? IGNORED;
    const pb = PRIMARY[cb] ?? IGNORED;
    if (pa !== pb) return pa < pb ? -1 : 1;
    if (pa === DIGIT) {
      const ei = digitRunEnd(a, i);
      const ej = digitRunEnd(b, j);
      const byValue = compareDigitRuns(a.slice(i, ei), b.slice(j, ej));
      if (byValue !== 0) return byValue < 0 ? -1 : 1;
      i = ei;
      j = ej;
      continue;
    }
    // Same letter in another case: lower case first.
    if (caseOrder === 0 && ca !== cb) caseOrder = ca > cb ? -1 : 1;
    i++;
    j++;
  }
  const aLeft = i < a.length;
  const bLeft = j < b.length;
  if (aLeft !== bLeft) return aLeft ? 1 : -1;
  return caseOrder;
}

/**
 * The one text order of the app, for names and ids: `Intl.Collator('en-US', { numeric: true })`
 * ("Lab 2" before "Lab 10", "ai" before "AI" before "Amazon"), with strings that the collator
 * holds equal ("02" and "2") put in code-unit order, so it is a total order and a sort gives
 * the same result on every machine. ASCII strings are compared by hand with the collator's
 * weights (proven equal in tests/unit/compare-text.test.ts), so the landing page starts no ICU;
 * anything else asks a collator created on first use. Returns <0, 0 (same string) or >0.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const order = isAscii(a) && isAscii(b) ? asciiCompare(a, b) : intlCompare(a, b);
  if (order !== 0) return order;
  return a < b ? -1 : 1;
}

/**
 * A key whose code-unit order (`<`) is the order of compareText, for sorting many names without
 * comparing each pair by hand: the collator's primary weights (a digit run as its length and
 * digits, leading zeros dropped), then the case of each letter, then the string itself. Null for
 * a string that is not ASCII: compare those with compareText.
 */
export function compareTextKey(s: string): string | null {
  if (!isAscii(s)) return null;
  // Char codes collected in arrays and turned into text once: building the key by string
  // concatenation cost about 10 µs a name.
  const primary: number[] = [];
  const cases: number[] = [];
  for (let k = 0; k < s.length;) {
    const code = s.charCodeAt(k);
    const w = PRIMARY[code] ?? IGNORED;
    if (w === IGNORED) {
      k++;
      continue;
    }
    // Weights start at 2, so the terminator 1 sorts a shorter sequence first.
    primary.push(w + 1);
    if (w === DIGIT) {
      let start = k;
      const end = digitRunEnd(s, k);
      while (start < end - 1 && s.charCodeAt(start) === 48) start++;
      // A run of only zeros is the value 0, written with no digits, like "0" without its zeros.
      if (start === end - 1 && s.charCodeAt(start) === 48) start = end;
      primary.push(end - start + 2);
      for (let d = start; d < end; d++) primary.push(s.charCodeAt(d));
      k = end;
      continue;
    }
    if (code >= 65 && code <= 90) cases.push(50);
    else if (code >= 97 && code <= 122) cases.push(49);
    k++;
  }
  return `${String.fromCharCode(...primary)}\u0001${String.fromCharCode(...cases)}\u0001${s}`;
}
