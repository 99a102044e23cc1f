export interface DecimalTextOptions {
  /** Thousands separators in the whole part ("12,345.6"); off by default (exports). */
  group?: boolean;
  /** Move the decimal point right by this many places before rounding (2 for a percentage). */
  shift?: number;
}

const SHORTEST = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** One added to a string of decimal digits ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const POWERS = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * The common case without string surgery: when |n|·10^(digits + shift) is below 10^9 and not
 * within 10^-6 of a half, rounding the binary value and rounding its shortest decimal form agree
 * (the two differ by far less than that), so the rounded integer's digits are the answer. Null
 * for the cases the digit-string path must decide (a half, large or tiny scales).
 */
function plainDecimalText(n: number, digits: number, options: DecimalTextOptions): string | null {
  const scale = POWERS[digits + (options.shift ?? 0)];
  if (scale === undefined || !Number.isInteger(digits) || digits > 6) return null;
  const scaled = Math.abs(n) * scale;
  if (!(scaled < 1e9)) return null;
  const q = Math.floor(scaled);
  if (Math.abs(scaled - q - 0.5) <= 1e-6) return null;
  const rounded = scaled - q > 0.5 ? q + 1 : q;
  const text = String(rounded);
  let body: string;
  if (digits === 0) body = options.group ? groupThousands(text) : text;
  else {
    const padded = text.length > digits ? text : text.padStart(digits + 1, '0');
    const whole = padded.slice(0, padded.length - digits);
    body = `${options.group ? groupThousands(whole) : whole}.${padded.slice(padded.length - digits)}`;
  }
  return n < 0 && rounded !== 0 ? `-${body}` : body;
}

/**
 * `n` with exactly `digits` decimals (0-20), as Intl.NumberFormat('en-US') writes it with
 * `minimumFractionDigits = maximumFractionDigits = digits` and `signDisplay: 'negative'`:
 * rounded half away from zero on the shortest decimal form of the number (1.45 → "1.5",
 * 1.005 → "1.01", where `toFixed` rounds the binary value and gives "1.4" and "1.00"), a "-"
 * only when the rounded value is not zero. Written by hand so that no ICU starts (ADR 0008).
 */
export function decimalText(n: number, digits: number, options: DecimalTextOptions = {}): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const fast = plainDecimalText(n, digits, options);
  if (fast !== null) return fast;
  // String(x) is the shortest decimal that reads back as x: the digits Intl rounds.
  const match = SHORTEST.exec(String(Math.abs(n)));
  if (!match) return 'NaN';
  const [, whole = '0', fraction = '', exponent = '0'] = match;
  const all = whole + fraction;
  // Digits of `all` that come before the decimal point.
  const point = whole.length + Number(exponent) + (options.shift ?? 0);
  const keep = point + digits;
  let kept: string;
  let wholeLength = point;
  if (keep < 0) {
    kept = '';
  } else {
    kept = all.slice(0, keep).padEnd(keep, '0');
    // Half away from zero: on the absolute value, a next digit of 5 or more rounds up.
    if ((all[keep] ?? '0') >= '5') {
      const up = increment(kept);
      if (up.length > kept.length) wholeLength += 1;
      kept = up;
    }
  }
  // Lay the kept digits out as whole part and `digits` decimals.
  const width = wholeLength + digits;
  const padded = width > kept.length ? kept.padStart(width, '0') : kept;
  const wholePart =
    (wholeLength > 0 ? padded.slice(0, wholeLength) : '').replace(/^0+(?=\d)/, '') || '0';
  const fractionPart =
    digits > 0 ? padded.slice(Math.max(0, wholeLength)).padStart(digits, '0') : '';
  const body = `${options.group ? groupThousands(wholePart) : wholePart}${digits > 0 ? `.${fractionPart}` : ''}`;
  const negative = n < 0 && /[1-9]/.test(kept);
  return negative ? `-${body}` : body;
}
