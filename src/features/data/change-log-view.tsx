import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { changeQueries } from '@/api/change-queries';
import { formatDay, formatPreciseDate } from '@/components/format';
import { SourceLinks } from '@/components/source-links';
import { EmptyState, ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { displayText } from '@/domain/import/display-text';
import type { ChangeLogEntry } from '@/domain/schema/change';
import type { Dataset } from '@/domain/schema/dataset';
import { recordPath } from './describe-entry';
import { FormScope, optionsOf, SelectField, TextField } from '@/components/form-kit';

const KINDS = ['create', 'correct', 'retract'] as const;
const TYPES = ['provider', 'model', 'event'] as const;
const KIND_LABEL = { create: 'Added', correct: 'Corrected', retract: 'Retracted' } as const;
const TYPE_LABEL = { provider: 'Providers', model: 'Models', event: 'Events' } as const;
const KIND_OPTIONS = optionsOf(KINDS, (k) => KIND_LABEL[k]);
const TYPE_OPTIONS = optionsOf(TYPES, (t) => TYPE_LABEL[t]);

/** A value of the log as short text (records and entries are long: their gist, cut). */
function shown(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'string') return displayText(value, 80);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (
    typeof value === 'object' &&
    'date' in value &&
    'precision' in value &&
    typeof value.date === 'string'
  )
    return value.date;
  if (typeof value === 'object' && 'status' in value && 'from' in value) {
    const v = value as {
      status: string;
      from: { date: string };
      channel?: string;
      precision?: string;
    };
    return `${v.status} from ${v.from.date}${v.precision === 'earliest' ? ' (no earlier than)' : ''}${v.channel ? ` on ${v.channel}` : ''}`;
  }
  if (typeof value === 'object' && 'weights' in value && 'from' in value) {
    const v = value as { weights: string; license: string | null; from: { date: string } };
    return `weights ${v.weights}, license ${v.license ?? 'not stated'}, from ${v.from.date}`;
  }
  return displayText(JSON.stringify(value), 80);
}

/** What a change did, field by field: "status: active → retired from 2026-10-23". */
function fieldLines(e: ChangeLogEntry): string[] {
  if (e.kind === 'create') return [`${shown(e.after?.name ?? e.after?.title ?? e.entity.id)}`];
  if (e.kind === 'retract')
    return [`${shown(e.before?.name ?? e.before?.title ?? e.entity.id)} left the data`];
  const keys = Object.keys(e.after ?? {});
  return keys.map((k) => `${k}: ${shown(e.before?.[k])} → ${shown(e.after?.[k])}`);
}

/** The change log, newest first, filterable by kind, record type, text and record. */
export function ChangeLogView({ data }: { data: Dataset }) {
  const log = useQuery(changeQueries.log());
  const [params, setParams] = useSearchParams();
  const id = useId();
  const kind = KINDS.find((k) => k === params.get('kind')) ?? null;
  const type = TYPES.find((t) => t === params.get('type')) ?? null;
  const q = (params.get('q') ?? '').slice(0, 200);
  const record = params.get('record');
  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const exists = useMemo(() => {
    const ids = {
      provider: new Set(data.providers.map((p) => p.id)),
      model: new Set(data.models.map((m) => m.id)),
      event: new Set(data.events.map((e) => e.id)),
    };
    return (e: ChangeLogEntry) => ids[e.entity.type].has(e.entity.id);
  }, [data]);
  // Whose record a change's sources back, for their tiers: the provider itself, or the
  // provider of the model or event (null when industry-wide or no longer in the data).
  const recordProvider = useMemo(() => {
    const byId = new Map<string, string | null>([
      ...data.models.map((m) => [`model:${m.id}`, m.providerId] as const),
      ...data.events.map((ev) => [`event:${ev.id}`, ev.providerId] as const),
    ]);
    return (e: ChangeLogEntry) =>
      e.entity.type === 'provider'
        ? e.entity.id
        : (byId.get(`${e.entity.type}:${e.entity.id}`) ?? null);
  }, [data]);

  const entries = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return (log.data?.data ?? []).filter((e) => {
      if (kind && e.kind !== kind) return false;
      if (type && e.entity.type !== type) return false;
      if (record && `${e.entity.type}:${e.entity.id}` !== record) return false;
      if (
        needle &&
        !`${e.entity.id} ${e.author} ${e.note ?? ''} ${e.changeSetNote} ${e.reason ?? ''}`
          .toLowerCase()
          .includes(needle)
      )
        return false;
      return true;
    });
  }, [log.data, kind, type, record, q]);

  if (log.isPending) return <TableSkeleton label="Loading the change log…" />;
  if (log.error)
    return (
      <ErrorPanel
        title="The change log could not be loaded"
        error={log.error}
        onRetry={() => void log.refetch()}
      />
    );
  const all = log.data.data;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Change log</h2>
      {log.data.meta.skipped.length > 0 && (
        <div className="panel panel--notice" role="status">
          <p>
            {log.data.meta.skipped.length === 1
              ? 'One stored change set no longer applies'
              : `${log.data.meta.skipped.length} stored change sets no longer apply`}{' '}
            to the compiled data and {log.data.meta.skipped.length === 1 ? 'is' : 'are'} left out:{' '}
            {log.data.meta.skipped
              .map((s) => `${s.changeSetId} (${s.errors[0]?.message ?? 'invalid'})`)
              .join('; ')}
            .
          </p>
        </div>
      )}
      {all.length === 0 ? (
        <EmptyState
          title="No change yet"
          action={
            <Link className="button button--primary" to="?view=event">
              Add an event
            </Link>
          }
        >
          The data is the compiled data set. Add or correct a fact, or import a public catalog, and
          every change shows here with its sources.
        </EmptyState>
      ) : (
        <>
          <div className="log-filters form-row">
            <FormScope formId={id}>
              {(
                [
                  ['kind', 'Change', kind, KIND_OPTIONS],
                  ['type', 'Record', type, TYPE_OPTIONS],
                ] as const
              ).map(([key, label, value, options]) => (
                <SelectField
                  key={key}
                  name={key}
                  label={label}
                  value={value ?? ''}
                  onChange={(v) => setParam(key, v)}
                  empty="All"
                  options={options}
                />
              ))}
              <TextField
                name="q"
                label="Search"
                type="search"
                value={q}
                onChange={(v) => setParam('q', v)}
              />
            </FormScope>
          </div>
          {record && (
            <p>
              Showing the changes of {record.replace(':', ' ')} only.{' '}
              <button
                type="button"
                className="button button--small"
                onClick={() => setParam('record', null)}
              >
                Show every change
              </button>
            </p>
          )}
          <p className="muted" role="status">
            {entries.length === all.length
              ? `${all.length} changes`
              : `${entries.length} of ${all.length} changes`}
            , newest first.
          </p>
          <ol className="change-log">
            {entries.map((e) => (
              <li key={e.id} className="change-log__entry">
                <p className="change-log__head">
                  <strong>{KIND_LABEL[e.kind]}</strong> {e.entity.type}{' '}
                  {exists(e) ? (
                    <Link to={recordPath(e.entity.type, e.entity.id)}>{e.entity.id}</Link>
                  ) : (
                    <span>{e.entity.id}</span>
                  )}
                  {e.asOf && <> as of {formatPreciseDate(e.asOf)}</>}
                </p>
                <ul className="change-log__fields">
                  {fieldLines(e).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                {e.reason && <p>Reason: {e.reason}</p>}
                {e.note && <p>Note: {e.note}</p>}
                <p className="muted small">
                  {e.author}, {formatDay(e.recordedAt.slice(0, 10))} {e.recordedAt.slice(11, 16)}{' '}
                  UTC · change set {e.changeSetId}
                  {e.changeSetNote ? ` (${displayText(e.changeSetNote, 80)})` : ''} · {e.confidence}
                </p>
                <SourceLinks
                  sources={e.sources}
                  providerId={recordProvider(e)}
                  label={`Sources of change ${e.id}`}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
