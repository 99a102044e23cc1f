/**
 * Text cut for display: at most `max` characters (1 or more), control characters shown as
 * spaces, an ellipsis when cut. The whole value is kept wherever it is data.
 */
export function displayText(value: string, max = 120): string {
  // Control and bidi-override characters would break or disguise a one-line label.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const flat = value.replace(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ');
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  return `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
