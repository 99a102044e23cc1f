import { useState } from 'react';
import { formatInteger } from './format';
import './ranked-exits.css';
import { fitReasons, type RankedExit } from '@/domain/scenario/rank-exits';
import { DisclosureButton } from '@/components/disclosure-button';

/** How many ranked exits show before "Show all". */
export const TOP_EXITS = 5;

function ExitItem({ exit }: { exit: RankedExit }) {
  const r = fitReasons(exit);
  return (
    <li className="exit-option">
      <strong>{exit.candidate.name}</strong>{' '}
      <span className="muted">
        ({exit.candidate.providerName}) · fit {formatInteger(exit.fit)}/100
      </span>
      {r.fits.length > 0 && (
        <div className="small">
          <span className="exit-option__label">Fits:</span> {r.fits.join('; ')}
        </div>
      )}
      {r.lacks.length > 0 && (
        <div className="small">
          <span className="exit-option__label">Lacks:</span> {r.lacks.join('; ')}
        </div>
      )}
      {r.unknown.length > 0 && (
        <div className="small">
          <span className="exit-option__label">Unknown:</span> {r.unknown.join('; ')}
        </div>
      )}
    </li>
  );
}

/**
 * A workload's exit options ranked by fit (docs/methodology.md, "Exit options ranked by fit"):
 * the top five with what fits, what is lacking and what is unknown, and all of them on demand.
 * Used by the scenario screen and the portfolio table.
 */
export function RankedExits({
  exits,
  workload,
  idBase,
  headingLevel = 4,
}: {
  exits: readonly RankedExit[];
  workload: string;
  /** A unique id stem for the list and its heading. */
  idBase: string;
  headingLevel?: 3 | 4 | 5;
}) {
  const [all, setAll] = useState(false);
  const listId = `exits-${idBase}`;
  if (exits.length === 0) {
    return (
      <p className="small">
        No exit option: no other provider&rsquo;s open-weight model meets the exit rule.
      </p>
    );
  }
  const shown = all ? exits : exits.slice(0, TOP_EXITS);
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      <Heading id={`${listId}-title`} className="workload__exits-title">
        Exit options for {workload}, ranked by fit ({exits.length})
      </Heading>
      <ol id={listId} className="exit-options" aria-labelledby={`${listId}-title`}>
        {shown.map((e) => (
          <ExitItem key={e.candidate.modelId} exit={e} />
        ))}
      </ol>
      {exits.length > TOP_EXITS && (
        <DisclosureButton
          className="link-button"
          expanded={all}
          controls={listId}
          onToggle={() => setAll((x) => !x)}
        >
          {all
            ? `Show the top ${TOP_EXITS} only`
            : `Show all ${exits.length} exit options for ${workload}`}
        </DisclosureButton>
      )}
    </>
  );
}
