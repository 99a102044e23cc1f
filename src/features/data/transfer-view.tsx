import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { describeError } from '@/api/api-error';
import { changeMutations, importErrorsOf, staleVersionOf } from '@/api/change-mutations';
import { changeQueries } from '@/api/change-queries';
import { metaQueries } from '@/api/meta-queries';
import { formatInteger } from '@/components/format';
import { changeLogFileText, readChangeLogFile } from '@/domain/changes/change-log-file';
import { CHANGE_LIMITS, type ChangeLogFile } from '@/domain/schema/change';
import type { ChangeLogImportResult } from '@/domain/schema/change-api';
import { downloadFile } from '@/lib/download-file';
import { describeEntry } from './describe-entry';
import { Problem } from '@/components/form-kit';

/** Export the change log as one JSON file, import one from another browser (preview first), or reset. */
export function TransferView() {
  const id = useId();
  const queryClient = useQueryClient();
  const meta = useQuery(metaQueries.detail());
  const revision = meta.data?.revision ?? 0;
  const [message, setMessage] = useState<string | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);

  const exportLog = async () => {
    setExportError(null);
    try {
      const answer = await queryClient.fetchQuery({ ...changeQueries.records(), staleTime: 0 });
      const stamp = {
        datasetVersion: answer.meta.datasetVersion,
        compiledOn: answer.meta.compiledOn,
        revision: answer.meta.revision,
        exportedAt: new Date().toISOString(),
      };
      downloadFile(
        `change-log-${stamp.datasetVersion}-r${stamp.revision}.json`,
        changeLogFileText(answer.data, stamp),
        'application/json;charset=utf-8',
      );
      setMessage(
        `Exported ${answer.data.length} change ${answer.data.length === 1 ? 'set' : 'sets'} (revision ${stamp.revision}).`,
      );
    } catch (error) {
      setExportError(error);
    }
  };

  return (
    <>
      <p className="portfolio-message" role="status">
        {message}
      </p>
      <section className="panel" aria-labelledby={`${id}-export`}>
        <h2 id={`${id}-export`} className="panel__title">
          Export the change log
        </h2>
        <p>
          One JSON file with every change set accepted in this browser (
          {revision === 0 ? 'none yet' : `revision ${revision}`}), to keep or to import into another
          browser.
        </p>
        <button type="button" className="button button--primary" onClick={() => void exportLog()}>
          Export the change log (JSON)
        </button>
        {exportError !== null && <p className="field-error">{describeError(exportError)}</p>}
      </section>
      <ImportLogPanel revision={revision} onDone={setMessage} />
      <ResetPanel revision={revision} onExport={() => void exportLog()} onDone={setMessage} />
    </>
  );
}

function ImportLogPanel({ revision, onDone }: { revision: number; onDone: (m: string) => void }) {
  const id = useId();
  const queryClient = useQueryClient();
  const mutation = useMutation(changeMutations.importLog(queryClient));
  const [file, setFile] = useState<{ name: string; log: ChangeLogFile } | null>(null);
  const [preview, setPreview] = useState<ChangeLogImportResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [setErrors, setSetErrors] = useState<ReturnType<typeof importErrorsOf>>([]);
  const inputRef = useRef<HTMLInputElement>(null);

  const clear = () => {
    setFile(null);
    setPreview(null);
    setSetErrors([]);
    if (inputRef.current) inputRef.current.value = '';
  };

  const dryRun = async (log: ChangeLogFile, base: number) => {
    try {
      setPreview(
        await mutation.mutateAsync({ baseVersion: base, dryRun: true, changeSets: log.changeSets }),
      );
    } catch (error) {
      const errors = importErrorsOf(error);
      if (errors.length > 0) setSetErrors(errors);
      else setProblem(describeError(error));
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    setProblem(null);
    setPreview(null);
    setSetErrors([]);
    setFile(null);
    if (!chosen) return;
    if (chosen.size > CHANGE_LIMITS.maxImportBytes) {
      setProblem(
        `${chosen.name} is larger than 10 MB; a change log is much smaller. Nothing was changed.`,
      );
      return;
    }
    const read = readChangeLogFile(await chosen.text());
    if (!read.ok) {
      setProblem(`${chosen.name}: ${read.message} Nothing was changed.`);
      return;
    }
    setFile({ name: chosen.name, log: read.file });
    await dryRun(read.file, revision);
  };

  const confirm = async () => {
    if (file === null) return;
    try {
      const result = await mutation.mutateAsync({
        baseVersion: revision,
        dryRun: false,
        changeSets: file.log.changeSets,
      });
      clear();
      onDone(
        `Imported ${result.imported.length} change ${result.imported.length === 1 ? 'set' : 'sets'} (${result.entries.length} changes); the data is now at revision ${result.revision}.`,
      );
    } catch (error) {
      if (staleVersionOf(error) !== null) {
        setProblem(
          'The data changed in another tab while you were looking: the preview below is made again on the current data.',
        );
        const fresh = await queryClient.fetchQuery({ ...metaQueries.detail(), staleTime: 0 });
        await dryRun(file.log, fresh.revision ?? 0);
        return;
      }
      setProblem(describeError(error));
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-import`}>
      <h2 id={`${id}-import`} className="panel__title">
        Import a change log
      </h2>
      <p>
        A file exported from this page in another browser. You will see what it changes first,
        checked like any change set; nothing changes until you confirm. Change sets already here are
        left out.
      </p>
      <label htmlFor={`${id}-file`}>Change log file (JSON)</label>{' '}
      <input
        id={`${id}-file`}
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        onChange={(e) => void onFile(e)}
      />
      <Problem message={problem} />
      {setErrors.length > 0 && (
        <div className="error-summary" role="alert">
          <h3>The file cannot be imported: nothing was changed</h3>
          <ul>
            {setErrors.map((s, i) => (
              <li key={`${s.changeSetId ?? 'file'}-${i}`}>
                {s.changeSetId === null ? 'The file' : `Change set ${s.changeSetId}`}:{' '}
                {s.errors
                  .slice(0, 5)
                  .map(
                    (e) =>
                      `${e.change === null ? '' : `change ${e.change + 1}, `}${e.path.join('.') || 'the set'}: ${e.message}`,
                  )
                  .join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {file !== null && preview !== null && (
        <div className="import-preview" aria-live="polite">
          <h3>What {file.name} will change</h3>
          <p>
            {preview.imported.length} change {preview.imported.length === 1 ? 'set' : 'sets'} with{' '}
            {formatInteger(preview.entries.length)} changes; the data would go to revision{' '}
            {preview.revision}.
            {preview.alreadyPresent.length > 0 &&
              ` ${preview.alreadyPresent.length} ${preview.alreadyPresent.length === 1 ? 'set is' : 'sets are'} already here and left out.`}
          </p>
          {preview.entries.length > 0 && (
            <ul className="change-list">
              {preview.entries.slice(0, 50).map((e) => (
                <li key={e.id}>{describeEntry(e)}</li>
              ))}
              {preview.entries.length > 50 && <li>and {preview.entries.length - 50} more</li>}
            </ul>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={preview.imported.length === 0 || mutation.isPending}
              onClick={() => void confirm()}
            >
              Import {preview.imported.length} change{' '}
              {preview.imported.length === 1 ? 'set' : 'sets'}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                clear();
                onDone('Import cancelled: nothing was changed.');
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function ResetPanel({
  revision,
  onExport,
  onDone,
}: {
  revision: number;
  onExport: () => void;
  onDone: (m: string) => void;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  const mutation = useMutation(changeMutations.reset(queryClient));
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const reset = async () => {
    setProblem(null);
    try {
      const result = await mutation.mutateAsync(revision);
      setAsking(false);
      onDone(
        `Reset to the compiled data: ${result.removed} change ${result.removed === 1 ? 'set' : 'sets'} removed.`,
      );
    } catch (error) {
      if (staleVersionOf(error) !== null) {
        await queryClient.invalidateQueries({ queryKey: metaQueries.all() });
        setProblem('The data changed in another tab: check the change log, then confirm again.');
        return;
      }
      setProblem(describeError(error));
    }
  };
  return (
    <section className="panel" aria-labelledby={`${id}-reset`}>
      <h2 id={`${id}-reset`} className="panel__title">
        Reset to the compiled data
      </h2>
      <p>Removes every change set from this browser: the app serves the compiled data set again.</p>
      {!asking ? (
        <button
          type="button"
          className="button"
          disabled={revision === 0}
          onClick={() => setAsking(true)}
        >
          Reset to the compiled data…
        </button>
      ) : (
        <div className="panel panel--notice" role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            <strong>
              This removes {revision} change {revision === 1 ? 'set' : 'sets'} from this browser and
              cannot be undone.
            </strong>{' '}
            Export the change log first to keep a copy.
          </p>
          <div className="form-actions">
            <button type="button" className="button" onClick={onExport}>
              Export the change log first
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={mutation.isPending}
              onClick={() => void reset()}
            >
              Reset to the compiled data
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <Problem message={problem} />
    </section>
  );
}
