import { Fragment, type ReactNode } from 'react';

/** One term and its value; `false` or `null` leaves it out (a note only some records have). */
export type Fact = readonly [term: ReactNode, value: ReactNode] | false | null;

/**
 * A definition list of facts or figures. With `items` each pair sits in a `div` (of the class
 * `items` names, if a string): the figure cards; without it the `dt`/`dd` pairs follow one
 * another (a grid of facts).
 */
export function Facts({
  facts,
  className,
  items = false,
}: {
  facts: readonly Fact[];
  className: string;
  items?: boolean | string;
}) {
  return (
    <dl className={className}>
      {facts.map((f, i) => {
        if (!f) return null;
        const pair = (
          <>
            <dt>{f[0]}</dt>
            <dd>{f[1]}</dd>
          </>
        );
        return items === false ? (
          <Fragment key={i}>{pair}</Fragment>
        ) : (
          <div key={i} className={items === true ? undefined : items}>
            {pair}
          </div>
        );
      })}
    </dl>
  );
}
