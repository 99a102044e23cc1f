import type { ReactNode } from 'react';

/**
 * The button of a disclosure (WAI-ARIA's pattern): it shows or hides the element `controls`
 * names, and says with `aria-expanded` whether that element is shown now.
 */
export function DisclosureButton({
  expanded,
  controls,
  onToggle,
  className = 'button',
  label,
  children,
}: {
  expanded: boolean;
  /** The id of the element shown or hidden. */
  controls: string;
  onToggle: () => void;
  className?: string;
  /** The accessible name, when the visible text is not enough ("Show" of what). */
  label?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={className}
      aria-expanded={expanded}
      aria-controls={controls}
      aria-label={label}
      onClick={onToggle}
    >
      {children}
    </button>
  );
}
