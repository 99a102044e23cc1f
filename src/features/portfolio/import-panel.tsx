import { useId, useRef, useState, type ChangeEvent } from 'react';
import { DataTable } from '@/components/data-table';
import {
  importPortfolio,
  MAX_IMPORT_BYTES,
  type PortfolioImport,
} from '@/domain/portfolio-io/import-portfolio';
import type { Dependency } from '@/domain/schema/dependency';
import { CRITICALITY_LABEL, DEPLOYMENT_LABEL } from './portfolio-labels';

interface Preview {
  fileName: string;
  result: PortfolioImport;
}

/**
 * Import from a CSV or JSON file: a preview with row-level errors; nothing is applied until
 * the user confirms, and Cancel (or an invalid file) leaves the portfolio as it was.
 */
export function ImportPanel({
  knownModelIds,
  modelName,
  currentCount,
  onConfirm,
  onDone,
}: {
  knownModelIds: ReadonlySet<string>;
  modelName: (id: string) => string;
  currentCount: number;
  onConfirm: (dependencies: Dependency[]) => void;
  onDone: (message: string | null) => void;
}) {
  const id = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setPreview(null);
    setReadError(null);
    if (!file) return;
    // The importer checks the size too; this spares reading a huge file into memory first.
    if (file.size > MAX_IMPORT_BYTES) {
      setReadError(
        `${file.name} is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB; a portfolio file is much smaller. Choose another file.`,
      );
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setReadError(`${file.name} could not be read. Choose another file.`);
      return;
    }
    const lower = file.name.toLowerCase();
    const format = lower.endsWith('.json') ? 'json' : lower.endsWith('.csv') ? 'csv' : 'auto';
    setPreview({ fileName: file.name, result: importPortfolio(text, { format, knownModelIds }) });
  };

  const cancel = () => {
    setPreview(null);
    if (inputRef.current) inputRef.current.value = '';
    onDone('Import cancelled: your portfolio is unchanged.');
  };

  const result = preview?.result;
  return (
    <section className="panel import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        Import a portfolio
      </h2>
      <p className="muted small">
        A CSV or JSON file with the columns workload, modelId, criticality, share and deployment (id
        and notes optional), as this page exports them. You will see a preview first; nothing
        changes until you confirm.
      </p>
      <label htmlFor={`${id}-file`}>CSV or JSON file</label>
      <input
        id={`${id}-file`}
        ref={inputRef}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        onChange={(e) => void onFile(e)}
      />
      {readError && (
        <p className="field-error" role="alert">
          {readError}
        </p>
      )}
      {preview && result && (
        <div className="import-preview">
          {result.ok ? (
            <>
              <h3 role="status">
                {preview.fileName}: {result.dependencies.length}{' '}
                {result.dependencies.length === 1 ? 'dependency' : 'dependencies'} ready to import
              </h3>
              <PreviewTable dependencies={result.dependencies} modelName={modelName} />
              <p className="muted small">
                Confirming replaces your {currentCount} current{' '}
                {currentCount === 1 ? 'dependency' : 'dependencies'}.
              </p>
              <div className="form-actions">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => {
                    onConfirm(result.dependencies);
                    setPreview(null);
                  }}
                >
                  Confirm import
                </button>
                <button type="button" className="button" onClick={cancel}>
                  Cancel
                </button>
              </div>
            </>
          ) : (
            <>
              <div role="alert">
                <h3>
                  {preview.fileName} cannot be imported: {result.errors.length}{' '}
                  {result.errors.length === 1 ? 'problem' : 'problems'}
                </h3>
                <p>Your portfolio is unchanged. Correct the file and choose it again.</p>
              </div>
              <DataTable
                contained
                caption={`Problems found in ${preview.fileName}`}
                captionHidden
                rows={result.errors.slice(0, 200)}
                rowKey={(_, i) => String(i)}
                columns={[
                  { header: 'Row', num: true, cell: (e) => (e.row === 0 ? 'file' : e.row) },
                  { header: 'Column', cell: (e) => (e.column === '' ? '—' : e.column) },
                  { header: 'Problem', cell: (e) => e.message },
                ]}
              />
              {result.errors.length > 200 && (
                <p className="muted small">The first 200 problems are shown.</p>
              )}
              {result.dependencies.length > 0 && (
                <p className="muted small">
                  {result.dependencies.length} other{' '}
                  {result.dependencies.length === 1 ? 'row was' : 'rows were'} valid.
                </p>
              )}
              <div className="form-actions">
                <button type="button" className="button" onClick={cancel}>
                  Cancel
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}

function PreviewTable({
  dependencies,
  modelName,
}: {
  dependencies: Dependency[];
  modelName: (id: string) => string;
}) {
  return (
    <DataTable
      contained
      caption="Dependencies to import"
      captionHidden
      rows={dependencies.slice(0, 100)}
      rowKey={(d) => d.id}
      columns={[
        { header: 'Workload', rowHeader: true, cell: (d) => d.workload },
        { header: 'Model', cell: (d) => modelName(d.modelId) },
        { header: 'Criticality', cell: (d) => CRITICALITY_LABEL[d.criticality] },
        { header: 'Deployment', cell: (d) => DEPLOYMENT_LABEL[d.deployment] },
        { header: 'Share', num: true, cell: (d) => d.share },
      ]}
    />
  );
}
