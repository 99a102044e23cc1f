import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { describeError } from '@/api/api-error';
import { changeQueries } from '@/api/change-queries';
import type { Dataset } from '@/domain/schema/dataset';
import { ImpactTable } from './impact-table';
import { describeEntry } from './describe-entry';
import type { Submission } from './use-change-submission';

/**
 * What became of a submitted change set: saved (with the ΔR it caused per provider), stale
 * (another tab or user changed the data first: what changed, and a way to apply again), or
 * failed. Focused when it appears, so a screen reader reads it.
 */
export function SubmissionPanel({
  submission,
  data,
  onApplyAgain,
}: {
  submission: Submission;
  data: Dataset;
  onApplyAgain: () => void;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (submission.state !== 'idle' && submission.state !== 'saving') ref.current?.focus();
  }, [submission.state]);
  const providerName = (id: string) => data.providers.find((p) => p.id === id)?.shortName ?? id;

  if (submission.state === 'saved') {
    const { accepted, impact, asOf } = submission;
    return (
      <ResultPanel
        panelRef={ref}
        tone="notice"
        role="status"
        titleId="saved-title"
        title={`Saved as change set ${accepted.changeSetId}`}
      >
        <p>
          The data is now at revision {accepted.revision}. Scores, the timeline, the catalog and
          every export already use it.
        </p>
        <ImpactTable
          impact={impact}
          asOf={asOf}
          providerName={providerName}
          caption="What the change did to platform risk (ΔR)"
        />
      </ResultPanel>
    );
  }
  if (submission.state === 'stale')
    return <StalePanel panelRef={ref} submission={submission} onApplyAgain={onApplyAgain} />;
  if (submission.state === 'failed') {
    return (
      <ResultPanel
        panelRef={ref}
        tone="error"
        role="alert"
        titleId="failed-title"
        title="The change could not be saved"
      >
        <p>{describeError(submission.error)}</p>
        <p className="muted">Nothing was changed. Your form is kept: try again.</p>
      </ResultPanel>
    );
  }
  return null;
}

function StalePanel({
  submission,
  onApplyAgain,
  panelRef,
}: {
  submission: Extract<Submission, { state: 'stale' }>;
  onApplyAgain: () => void;
  panelRef: RefObject<HTMLElement | null>;
}) {
  const log = useQuery(changeQueries.log());
  const { baseVersion, currentVersion } = submission.details;
  // The log is newest first: the sets after `baseVersion` are the first (current − base) ones.
  const newer = currentVersion - baseVersion;
  const setIds: string[] = [];
  for (const e of log.data?.data ?? []) {
    if (!setIds.includes(e.changeSetId)) setIds.push(e.changeSetId);
  }
  const changed = new Set(setIds.slice(0, Math.max(0, newer)));
  const entries = (log.data?.data ?? []).filter((e) => changed.has(e.changeSetId));
  return (
    <ResultPanel
      panelRef={panelRef}
      tone="notice"
      role="alert"
      titleId="stale-title"
      title="The data changed while you were editing"
    >
      <p>
        You started from revision {baseVersion}; it is now at revision {currentVersion}. Nothing of
        yours was saved. Here is what changed; your form is kept, so check it and apply it again.
      </p>
      {entries.length > 0 && (
        <ul className="change-list">
          {entries.map((e) => (
            <li key={e.id}>{describeEntry(e)}</li>
          ))}
        </ul>
      )}
      {currentVersion < baseVersion && (
        <p>The change log was reset to the compiled data in the meantime.</p>
      )}
      <button type="button" className="button button--primary" onClick={onApplyAgain}>
        Apply my change again
      </button>
    </ResultPanel>
  );
}

/**
 * What became of a change set, as a panel: its title, and what it says. With `panelRef`, it can
 * take the focus (the submission panel focuses it when it appears).
 */
export function ResultPanel({
  tone,
  role,
  titleId,
  title,
  level = 2,
  panelRef,
  children,
}: {
  tone: 'notice' | 'error';
  role: 'status' | 'alert';
  titleId: string;
  title: ReactNode;
  level?: 2 | 3;
  panelRef?: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      ref={panelRef}
      tabIndex={panelRef === undefined ? undefined : -1}
      className={`panel panel--${tone}`}
      role={role}
      aria-labelledby={titleId}
    >
      <Heading id={titleId} className="panel__title">
        {title}
      </Heading>
      {children}
    </section>
  );
}
