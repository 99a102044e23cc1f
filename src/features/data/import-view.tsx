import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type DragEvent,
  type ReactNode,
} from 'react';
import { Link } from 'react-router';
import { describeError } from '@/api/api-error';
import { changeMutations, staleVersionOf } from '@/api/change-mutations';
import { reloadServedData } from '@/api/reload-served-data';
import { formatInteger, formatSigned } from '@/components/format';
import { ScrollTable } from '@/components/scroll-table';
import type { ProviderImpact } from '@/domain/changes/change-impact';
import { compareText } from '@/domain/compare-text';
import { IMPORT_LIMITS, type CatalogSource } from '@/domain/import/catalog-record';
import type { ConflictRow, DiffRow, NewModelRow, NewProviderRow } from '@/domain/import/diff-rows';
import { diffToChangeSet } from '@/domain/import/diff-to-change-set';
import { displayText } from '@/domain/import/display-text';
import { DEFAULT_MODEL_ALIASES, withAlias, type ModelAliases } from '@/domain/import/model-aliases';
import { resolveConflict } from '@/domain/import/resolve-conflict';
import { isIsoDay } from '@/domain/schema/precise-date';
import type { DatasetMeta } from '@/domain/schema/api';
import { providerKindSchema, type ProviderKind } from '@/domain/schema/provider';
import type { Dataset } from '@/domain/schema/dataset';
import { useAsOf, useRiskSettings } from '@/lib/use-view-params';
import { yieldToMain } from '@/lib/yield-to-main';
import { useCurationStore } from '@/stores/curation-store';
import { impactOfChangeSet } from './impact-of-change-set';
import {
  Field,
  FormScope,
  optionsOf,
  Problem,
  SelectField,
  TextField,
} from '@/components/form-kit';
import { AuthorField } from './curation-fields';
import { ImpactTable } from './impact-table';
import { ResultPanel } from './submission-panel';
import { runImport, type ImportResult } from './run-import';

const GROUPS: { kind: DiffRow['kind']; title: string; hint: string }[] = [
  {
    kind: 'conflict',
    title: 'Conflicts',
    hint: 'The catalogs against the data or against each other: never applied as they stand. Choose a side to make it a row you can accept.',
  },
  {
    kind: 'lifecycle',
    title: 'Deprecations and shutdowns',
    hint: 'Dated status entries per channel, with the events they create.',
  },
  {
    kind: 'changed-fact',
    title: 'Changed facts',
    hint: 'Release dates, weights, licenses, context windows and modalities.',
  },
  {
    kind: 'new-provider',
    title: 'New providers',
    hint: 'Catalogs never state a country or a kind: fill them in.',
  },
  {
    kind: 'new-model',
    title: 'New models',
    hint: 'Fields the catalogs do not state must be filled before a model can be added.',
  },
];

type Phase =
  | { phase: 'choose' }
  | { phase: 'reading'; name: string }
  | { phase: 'problem'; message: string }
  | { phase: 'review'; name: string; text: string; result: ImportResult }
  | {
      phase: 'saved';
      changeSetId: string;
      revision: number;
      impact: ProviderImpact[];
      rows: number;
      asOf: string;
    };

/** What the reviewer filled in on a new provider's or a new model's row. */
interface RowEdit {
  hqCountry?: string;
  kind?: ProviderKind;
  name?: string;
  release?: string;
  weights?: 'open' | 'closed';
}

const sourceText = (s: CatalogSource) =>
  `${s.catalogName} (${s.catalogDate}): ${displayText(s.recordKey, 80)}`;

function SourceLink({ source }: { source: CatalogSource }) {
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {sourceText(source)}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/** The import screen: a file in, a diff to review, one change set out. */
export function ImportView({ data }: { data: Dataset & { meta: DatasetMeta } }) {
  const id = useId();
  const queryClient = useQueryClient();
  const submit = useMutation(changeMutations.submit(queryClient));
  const { asOf } = useAsOf();
  const { settings } = useRiskSettings();
  const author = useCurationStore((s) => s.author);
  const storedAliases = useCurationStore((s) => s.aliases);
  const aliasMapped = useCurationStore((s) => s.aliasMapped);
  const [phase, setPhase] = useState<Phase>({ phase: 'choose' });
  const [catalogDate, setCatalogDate] = useState('');
  const [over, setOver] = useState(false);
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const [resolved, setResolved] = useState<Record<string, number>>({});
  const [edits, setEdits] = useState<Record<string, RowEdit>>({});
  const [acceptError, setAcceptError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const aliases: ModelAliases = useMemo(() => {
    let table = DEFAULT_MODEL_ALIASES;
    for (const [k, v] of Object.entries(storedAliases)) table = withAlias(table, k, v);
    return table;
  }, [storedAliases]);

  const read = async (name: string, text: string, date: string, table: ModelAliases) => {
    setPhase({ phase: 'reading', name });
    try {
      const result = await runImport({
        dataset: data,
        files: [{ name, text, ...(isIsoDay(date) ? { catalogDate: date } : {}) }],
        aliases: table,
      });
      const problem = result.problems[0];
      if (problem !== undefined) {
        setPhase({
          phase: 'problem',
          message: `${displayText(name, 80)}: ${problem.problem.message} Nothing was changed.`,
        });
        return;
      }
      setPhase({ phase: 'review', name, text, result });
    } catch (error) {
      setPhase({
        phase: 'problem',
        message: `${displayText(name, 80)} could not be read (${describeError(error)}). Nothing was changed.`,
      });
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setAccepted(new Set());
    setResolved({});
    setEdits({});
    setAcceptError(null);
    if (file.size > IMPORT_LIMITS.maxChars) {
      setPhase({
        phase: 'problem',
        message: `${displayText(file.name, 80)} is ${formatInteger(Math.round(file.size / 1_000_000))} MB; the importer reads files of up to 10 MB (the public catalogs are under 1 MB). Nothing was changed.`,
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setPhase({
        phase: 'problem',
        message: `${displayText(file.name, 80)} could not be read. Nothing was changed.`,
      });
      return;
    }
    await read(file.name, text, catalogDate, aliases);
  };

  const review = phase.phase === 'review' ? phase : null;
  const diff = review?.result.diff ?? null;

  // Rows to accept: the diff's own, plus a conflict's resolution the reviewer chose, with edits.
  const rows: DiffRow[] = useMemo(() => {
    if (diff === null) return [];
    const out: DiffRow[] = [];
    for (const r of diff.rows) {
      if (r.kind === 'conflict') {
        const choice = resolved[r.id];
        const row = choice === undefined ? null : resolveConflict(data, r, choice);
        if (row !== null) out.push(row);
        continue;
      }
      const edit = edits[r.id];
      if (r.kind === 'new-provider' && edit) {
        out.push({
          ...r,
          draft: {
            ...r.draft,
            hqCountry: edit.hqCountry ?? r.draft.hqCountry,
            kind: edit.kind ?? r.draft.kind,
          },
        });
      } else if (r.kind === 'new-model' && edit) {
        const release =
          edit.release && /^\d{4}-\d{2}(-\d{2})?$/.test(edit.release)
            ? {
                date: edit.release,
                precision: edit.release.length === 10 ? ('day' as const) : ('month' as const),
              }
            : r.draft.release;
        out.push({
          ...r,
          draft: {
            ...r.draft,
            name: edit.name ?? r.draft.name,
            release,
            weights: edit.weights ?? r.draft.weights,
          },
        });
      } else out.push(r);
    }
    return out;
  }, [diff, resolved, edits, data]);

  // ΔR each row would cause on its own, computed one row per task so the page stays responsive.
  const [rowImpact, setRowImpact] = useState<Record<string, ProviderImpact[] | string>>({});
  useEffect(() => {
    let cancelled = false;
    setRowImpact({});
    void (async () => {
      const out: Record<string, ProviderImpact[] | string> = {};
      for (const row of rows) {
        await yieldToMain();
        if (cancelled) return;
        const draft = diffToChangeSet(data, [row], { author: 'review', note: '' });
        if (draft.changeSet === null) {
          out[row.id] = draft.skipped[0]?.reason ?? draft.errors[0]?.message ?? 'cannot be applied';
        } else out[row.id] = impactOfChangeSet(data, draft.changeSet, asOf, settings);
        if (Object.keys(out).length % 10 === 0) setRowImpact({ ...out });
      }
      if (!cancelled) setRowImpact({ ...out });
    })();
    return () => {
      cancelled = true;
    };
  }, [rows, data, asOf, settings]);

  const selected = useMemo(() => rows.filter((r) => accepted.has(r.id)), [rows, accepted]);
  const selection = useMemo(() => {
    if (selected.length === 0) return null;
    const draft = diffToChangeSet(data, selected, {
      author: author.trim() || 'review',
      note: '',
      baseVersion: data.meta.revision ?? 0,
    });
    return {
      draft,
      impact:
        draft.changeSet === null ? null : impactOfChangeSet(data, draft.changeSet, asOf, settings),
    };
  }, [selected, data, author, asOf, settings]);

  const providerName = (pid: string) => data.providers.find((p) => p.id === pid)?.shortName ?? pid;
  const modelName = (mid: string) => data.models.find((m) => m.id === mid)?.name ?? mid;
  const toggle = (rowIds: string[], on: boolean) =>
    setAccepted((prev) => {
      const next = new Set(prev);
      for (const r of rowIds)
        if (on) next.add(r);
        else next.delete(r);
      return next;
    });

  const editRow = (rowId: string) => (edit: RowEdit) =>
    setEdits((prev) => ({ ...prev, [rowId]: { ...prev[rowId], ...edit } }));

  const accept = async () => {
    setAcceptError(null);
    if (author.trim() === '') {
      setAcceptError('Enter your name: it is recorded as the author of the change set.');
      return;
    }
    if (review === null || selection === null) return;
    const draft = diffToChangeSet(data, selected, {
      author: author.trim(),
      note: `Import of ${displayText(review.name, 200)} (${diff?.summaries.map((s) => `${s.catalogName}, ${s.catalogDate}`).join('; ') ?? ''})`,
      baseVersion: data.meta.revision ?? 0,
    });
    if (draft.changeSet === null) {
      setAcceptError(
        [
          ...draft.skipped.map((s) => `${s.rowId}: ${s.reason}`),
          ...draft.errors.map((e) => e.message),
        ].join('; ') || 'Nothing to accept.',
      );
      return;
    }
    try {
      const result = await submit.mutateAsync(draft.changeSet);
      setPhase({
        phase: 'saved',
        changeSetId: result.changeSetId,
        revision: result.revision,
        impact: selection.impact ?? [],
        rows: selected.length,
        asOf,
      });
    } catch (error) {
      if (staleVersionOf(error) !== null) {
        await reloadServedData(queryClient);
        setAcceptError(
          'The data changed in another tab while you were reviewing: the diff is made again on the current data. Your choices are kept; check them and accept again.',
        );
        return;
      }
      setAcceptError(describeError(error));
    }
  };

  // After a reload (another tab's change, or ours), the diff is made again on the data served now.
  const lastData = useRef(data);
  useEffect(() => {
    if (lastData.current === data) return;
    lastData.current = data;
    if (review !== null) void read(review.name, review.text, catalogDate, aliases);
    // Only a change of the data re-runs the import.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the other values are read as they are at that moment
  }, [data]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void onFile(e.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import a public catalog</h2>
      <p>
        models.dev (its <code>api.json</code> or model list), OpenRouter’s models list, or a
        model-eol deprecation feed. The format is detected; what the file says is compared with the
        data and shown for review. Nothing changes until you accept.
      </p>
      {phase.phase === 'saved' ? (
        <ResultPanel
          tone="notice"
          role="status"
          titleId={`${id}-saved`}
          level={3}
          title={`Accepted ${phase.rows} ${phase.rows === 1 ? 'row' : 'rows'} as change set ${phase.changeSetId}`}
        >
          <p>
            The data is now at revision {phase.revision}; scores, the timeline, the catalog and
            every export use it.
          </p>
          <ImpactTable
            impact={phase.impact}
            asOf={phase.asOf}
            providerName={providerName}
            caption="What the import did to platform risk (ΔR)"
          />
          <p>
            <Link to="/data">See the change log</Link> ·{' '}
            <Link to="/timeline">See the timeline</Link>
          </p>
          <button type="button" className="button" onClick={() => setPhase({ phase: 'choose' })}>
            Import another file
          </button>
        </ResultPanel>
      ) : (
        <div
          className={`drop-zone panel${over ? ' drop-zone--over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          <p>Drop a catalog file here, or choose one.</p>
          <div className="form-row">
            <FormScope formId={id}>
              <Field name="file" label="Catalog file (JSON, up to 10 MB)">
                {(p) => (
                  <input
                    {...p}
                    ref={inputRef}
                    type="file"
                    accept=".json,application/json"
                    onChange={(e: ChangeEvent<HTMLInputElement>) =>
                      void onFile(e.target.files?.[0])
                    }
                  />
                )}
              </Field>
              <TextField
                name="date"
                label="Day of the snapshot (YYYY-MM-DD)"
                hint="Needed for models.dev and OpenRouter, whose files carry no date; a model-eol feed has its own."
                numeric
                value={catalogDate}
                onChange={setCatalogDate}
              />
            </FormScope>
          </div>
          {phase.phase === 'reading' && <p role="status">Reading {displayText(phase.name, 80)}…</p>}
          <Problem message={phase.phase === 'problem' ? phase.message : null} />
        </div>
      )}

      {review !== null && diff !== null && (
        <div className="import-review">
          <h3>What {displayText(review.name, 80)} says</h3>
          <ScrollTable label={'Records read per catalog'}>
            <table className="data-table">
              <caption className="visually-hidden">Records read per catalog</caption>
              <thead>
                <tr>
                  <th scope="col">Catalog</th>
                  <th scope="col">Date</th>
                  {['Read', 'Matched', 'New', 'Changed', 'Conflicts', 'Unmatched'].map((h) => (
                    <th key={h} scope="col" className="num">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {diff.summaries.map((s) => (
                  <tr key={s.catalogName}>
                    <th scope="row">{s.catalogName}</th>
                    <td>{s.catalogDate}</td>
                    {[s.recordsRead, s.matched, s.new, s.changed, s.conflicts, s.unmatched].map(
                      (n, i) => (
                        <td key={i} className="num">
                          {formatInteger(n)}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          {diff.warnings.length > 0 && (
            <ul className="muted small">
              {diff.warnings.slice(0, 10).map((w) => (
                <li key={w}>{displayText(w, 200)}</li>
              ))}
            </ul>
          )}
          {diff.rows.length === 0 && (
            <p>The file agrees with the data: there is nothing to change.</p>
          )}

          {GROUPS.map((g) => {
            const groupRows = diff.rows.filter((r) => r.kind === g.kind);
            if (groupRows.length === 0) return null;
            const acceptable =
              g.kind === 'conflict'
                ? rows.filter((r) => r.id.includes(':resolved:')).map((r) => r.id)
                : groupRows.map((r) => r.id);
            const headingId = `${id}-${g.kind}`;
            return (
              <section key={g.kind} className="review-group" aria-labelledby={headingId}>
                <h3 id={headingId}>
                  {g.title} ({groupRows.length})
                  {acceptable.length > 0 && (
                    <span className="form-actions">
                      {(['Accept', 'Reject'] as const).map((verb) => (
                        <button
                          key={verb}
                          type="button"
                          className="button button--small"
                          onClick={() => toggle(acceptable, verb === 'Accept')}
                        >
                          {verb} all {g.title.toLowerCase()}
                        </button>
                      ))}
                    </span>
                  )}
                </h3>
                <p className="muted small">{g.hint}</p>
                <ScrollTable label={g.title}>
                  <table className="data-table">
                    <caption className="visually-hidden">{g.title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{g.kind === 'conflict' ? 'Choose' : 'Accept'}</th>
                        <th scope="col">Proposed</th>
                        <th scope="col">Why and from where</th>
                        <th scope="col">ΔR per provider</th>
                      </tr>
                    </thead>
                    <tbody>
                      {groupRows.map((r) =>
                        r.kind === 'conflict' ? (
                          <ConflictRowView
                            key={r.id}
                            row={r}
                            choice={resolved[r.id]}
                            onChoose={(i) => {
                              setResolved((prev) => ({ ...prev, [r.id]: i }));
                            }}
                            accepted={accepted}
                            onToggle={toggle}
                            rows={rows}
                            impact={rowImpact}
                            providerName={providerName}
                          />
                        ) : (
                          <tr key={r.id} className="review-row">
                            <td>
                              <input
                                type="checkbox"
                                aria-label={`Accept: ${r.label}`}
                                checked={accepted.has(r.id)}
                                onChange={(e) => toggle([r.id], e.target.checked)}
                              />
                            </td>
                            <th scope="row">
                              {r.label}
                              {r.kind === 'new-provider' && (
                                <ProviderEdit row={r} edit={edits[r.id]} onEdit={editRow(r.id)} />
                              )}
                              {r.kind === 'new-model' && (
                                <ModelEdit row={r} edit={edits[r.id]} onEdit={editRow(r.id)} />
                              )}
                            </th>
                            <td>
                              <RowWhy row={r} modelName={modelName} />
                            </td>
                            <td>
                              <RowImpact value={rowImpact[r.id]} providerName={providerName} />
                            </td>
                          </tr>
                        ),
                      )}
                    </tbody>
                  </table>
                </ScrollTable>
              </section>
            );
          })}

          <UnmatchedList
            diff={diff}
            data={data}
            onMap={(externalId, modelId) => {
              aliasMapped(externalId, modelId);
              void read(
                review.name,
                review.text,
                catalogDate,
                withAlias(aliases, externalId, modelId),
              );
            }}
          />
          <details className="review-group">
            <summary>
              {diff.matched.length} matched {diff.matched.length === 1 ? 'record' : 'records'}, with
              the reason
            </summary>
            <ul className="small">
              {diff.matched.slice(0, 500).map((m) => (
                <li key={`${m.catalog}:${m.recordKey}`}>
                  {displayText(m.recordKey, 80)} → {modelName(m.modelId)} ({m.match.method}:{' '}
                  {displayText(m.match.detail, 120)})
                </li>
              ))}
            </ul>
          </details>

          <section className="panel review-accept" aria-labelledby={`${id}-accept`}>
            <h3 id={`${id}-accept`} className="panel__title">
              Accept {selected.length} {selected.length === 1 ? 'row' : 'rows'}
            </h3>
            <FormScope formId={id}>
              <AuthorField withHint={false} />
            </FormScope>
            {selection?.impact && (
              <ImpactTable
                impact={selection.impact}
                asOf={asOf}
                providerName={providerName}
                caption="If you accept the selected rows (ΔR)"
              />
            )}
            {selection && selection.draft.skipped.length > 0 && (
              <ul className="field-error">
                {selection.draft.skipped.map((s) => (
                  <li key={s.rowId}>
                    Left out: {s.rowId} ({s.reason})
                  </li>
                ))}
              </ul>
            )}
            <Problem message={acceptError} />
            <div className="form-actions">
              <button
                type="button"
                className="button button--primary"
                disabled={selected.length === 0 || submit.isPending}
                onClick={() => void accept()}
              >
                {submit.isPending
                  ? 'Accepting…'
                  : `Accept ${selected.length} ${selected.length === 1 ? 'row' : 'rows'} as one change set`}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setPhase({ phase: 'choose' });
                  if (inputRef.current) inputRef.current.value = '';
                }}
              >
                Discard this import
              </button>
            </div>
          </section>
        </div>
      )}
    </section>
  );
}

function RowImpact({
  value,
  providerName,
}: {
  value: ProviderImpact[] | string | undefined;
  providerName: (id: string) => string;
}) {
  if (value === undefined) return <span className="muted">computing…</span>;
  if (typeof value === 'string') return <span className="muted">{displayText(value, 120)}</span>;
  if (value.length === 0) return <span className="muted">none</span>;
  return (
    <ul className="claims">
      {value.map((v) => (
        <li key={v.providerId}>
          {providerName(v.providerId)}: {v.delta === 'n/a' ? 'n/a' : formatSigned(v.delta)}
          {v.events
            .map((e) => ` (on ${e.date}: ${e.delta === 'n/a' ? 'n/a' : formatSigned(e.delta)})`)
            .join('')}
        </li>
      ))}
    </ul>
  );
}

function RowWhy({
  row,
  modelName,
}: {
  row: Exclude<DiffRow, ConflictRow>;
  modelName: (id: string) => string;
}) {
  const claims = 'claims' in row ? row.claims : [];
  return (
    <>
      {row.kind === 'changed-fact' && (
        <p>
          {row.beforeShown} → {row.afterShown} ({row.why})
        </p>
      )}
      {row.kind === 'lifecycle' && (
        <p>
          {row.scheduled ? 'Scheduled' : 'Took effect'} {row.date.date}
          {row.precision === 'earliest' ? ' (no earlier than)' : ''}
          {row.replacement
            ? `; replacement ${row.replacement.modelId ? modelName(row.replacement.modelId) : row.replacement.name}`
            : ''}
          {row.flagship ? '; taken as the flagship' : ''}
        </p>
      )}
      {claims.length > 0 && (
        <ul className="claims">
          {claims.map((c, i) => (
            <li key={i}>
              Matched by {c.match.method.replace('-', ' ')}: {displayText(c.match.detail, 120)}.{' '}
              <SourceLink source={c.source} />
            </li>
          ))}
        </ul>
      )}
      {claims.length === 0 && (
        <ul className="claims">
          {row.sources.slice(0, 5).map((s) => (
            <li key={s.url}>
              <SourceLink source={s} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ConflictRowView({
  row,
  choice,
  onChoose,
  accepted,
  onToggle,
  rows,
  impact,
  providerName,
}: {
  row: ConflictRow;
  choice: number | undefined;
  onChoose: (i: number) => void;
  accepted: Set<string>;
  onToggle: (ids: string[], on: boolean) => void;
  rows: DiffRow[];
  impact: Record<string, ProviderImpact[] | string>;
  providerName: (id: string) => string;
}) {
  const resolvedRow =
    choice === undefined ? undefined : rows.find((r) => r.id === `${row.id}:resolved:${choice}`);
  return (
    <tr className="review-row">
      <td>
        {resolvedRow && (
          <input
            type="checkbox"
            aria-label={`Accept the chosen side: ${resolvedRow.label}`}
            checked={accepted.has(resolvedRow.id)}
            onChange={(e) => onToggle([resolvedRow.id], e.target.checked)}
          />
        )}
      </td>
      <th scope="row">
        {row.label}
        <p className="muted small">{row.why}</p>
      </th>
      <td>
        <fieldset className="form-fieldset">
          <legend>Side by side</legend>
          <p>
            The data: {row.ours.shown}
            {row.ours.verified ? ' (verified)' : ''}
          </p>
          {row.claims.map((c, i) => (
            <label key={i} className="choice">
              <input
                type="radio"
                name={`choose-${row.id}`}
                checked={choice === i}
                onChange={() => onChoose(i)}
              />
              <span>
                {c.shown}: <SourceLink source={c.source} />
              </span>
            </label>
          ))}
          {choice !== undefined && resolvedRow === undefined && (
            <p className="muted small">That side changes nothing.</p>
          )}
        </fieldset>
      </td>
      <td>
        {resolvedRow ? (
          <RowImpact value={impact[resolvedRow.id]} providerName={providerName} />
        ) : (
          <span className="muted">choose a side</span>
        )}
      </td>
    </tr>
  );
}

function ProviderEdit({
  row,
  edit,
  onEdit,
}: {
  row: NewProviderRow;
  edit: RowEdit | undefined;
  onEdit: (e: RowEdit) => void;
}) {
  return (
    <RowEditFields>
      <TextField
        name="country"
        label="Headquarters country"
        value={edit?.hqCountry ?? row.draft.hqCountry ?? ''}
        onChange={(hqCountry) => onEdit({ hqCountry })}
      />
      <SelectField
        name="kind"
        label="Kind"
        value={edit?.kind ?? row.draft.kind ?? ''}
        onChange={(v) => onEdit({ kind: providerKindSchema.safeParse(v).data })}
        empty="Choose"
        options={optionsOf(providerKindSchema.options, (k) => k)}
      />
    </RowEditFields>
  );
}

/** The fields of one row's edit, side by side, with ids of their own. */
function RowEditFields({ children }: { children: ReactNode }) {
  return (
    <div className="form-row">
      <FormScope formId={useId()}>{children}</FormScope>
    </div>
  );
}

function ModelEdit({
  row,
  edit,
  onEdit,
}: {
  row: NewModelRow;
  edit: RowEdit | undefined;
  onEdit: (e: RowEdit) => void;
}) {
  if (row.missing.length === 0) return null;
  /** The name, value and change handler of the text field that edits `edit[key]`. */
  const bind = (key: 'name' | 'release') => ({
    name: key,
    value: edit?.[key] ?? '',
    onChange: (value: string) => onEdit({ [key]: value }),
  });
  return (
    <RowEditFields>
      {row.missing.includes('name') && <TextField {...bind('name')} label="Name" maxLength={200} />}
      {row.missing.includes('release') && (
        <TextField {...bind('release')} label="Released (YYYY-MM-DD or YYYY-MM)" />
      )}
      {row.missing.includes('weights') && (
        <SelectField
          name="weights"
          label="Weights"
          value={edit?.weights ?? ''}
          onChange={(v) =>
            onEdit({ weights: v === 'open' ? 'open' : v === 'closed' ? 'closed' : undefined })
          }
          empty="Choose"
          options={[
            ['open', 'Open'],
            ['closed', 'Closed'],
          ]}
        />
      )}
    </RowEditFields>
  );
}

function UnmatchedList({
  diff,
  data,
  onMap,
}: {
  diff: NonNullable<ImportResult['diff']>;
  data: Dataset;
  onMap: (externalId: string, modelId: string) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState<string | null>(null);
  const [choice, setChoice] = useState('');
  const unmatched = diff.unmatched.filter((u) => u.proposedIn === null);
  const models = useMemo(
    () => [...data.models].filter((m) => !m.synthetic).sort((a, b) => compareText(a.name, b.name)),
    [data],
  );
  if (unmatched.length === 0) return null;
  return (
    <details className="review-group">
      <summary>
        {unmatched.length} unmatched {unmatched.length === 1 ? 'record' : 'records'}: map one to a
        model of the data
      </summary>
      <p className="muted small">
        A mapping is kept in this browser as an alias and used by the next import too.
      </p>
      <ul className="unmatched">
        {unmatched.slice(0, 500).map((u) => {
          const key = `${u.catalog}:${u.recordKey}`;
          if (open !== key) {
            return (
              <li key={key}>
                {u.label} ({displayText(u.externalId, 80)}): {u.reason}.{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    setOpen(key);
                    setChoice('');
                  }}
                >
                  Map <span className="visually-hidden">{u.label}</span> to a model
                </button>
              </li>
            );
          }
          const options =
            u.candidates.length > 0
              ? models.filter((m) => u.candidates.includes(m.id))
              : u.providerId
                ? models.filter((m) => m.providerId === u.providerId)
                : models;
          return (
            <li key={key}>
              <label htmlFor={`${id}-map`}>Model for {u.label}</label>{' '}
              <select id={`${id}-map`} value={choice} onChange={(e) => setChoice(e.target.value)}>
                <option value="">Choose a model</option>
                {options.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>{' '}
              <button
                type="button"
                className="button button--small button--primary"
                disabled={choice === ''}
                onClick={() => {
                  onMap(u.externalId, choice);
                  setOpen(null);
                }}
              >
                Map and import again
              </button>{' '}
              <button type="button" className="button button--small" onClick={() => setOpen(null)}>
                Cancel
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
