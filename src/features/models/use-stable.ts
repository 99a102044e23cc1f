import { useState } from 'react';

/** `value`, kept as the same object while it is equal in content, so memos keyed on it hold. */
export function useStable<T>(value: T): T {
  const [stable, setStable] = useState(value);
  if (stable !== value && JSON.stringify(stable) !== JSON.stringify(value)) {
    setStable(value);
    return value;
  }
  return stable;
}
