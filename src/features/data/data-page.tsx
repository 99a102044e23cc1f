import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { metaQueries } from '@/api/meta-queries';
import { useDataset } from '@/api/use-dataset';
import { formatDay } from '@/components/format';
import { ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { entityTypeSchema } from '@/domain/schema/change';
import { ChangeLogView } from './change-log-view';
import { EventForm } from './event-form';
import { ImportView } from './import-view';
import { ModelCorrectionForm } from './model-correction-form';
import { ModelForm } from './model-form';
import { ProviderForm } from './provider-form';
import { RetractionForm } from './retraction-form';
import { TransferView } from './transfer-view';
import './data.css';

const VIEWS = [
  { id: 'log', label: 'Change log' },
  { id: 'event', label: 'Add an event' },
  { id: 'correct', label: 'Correct a model' },
  { id: 'model', label: 'Add a model' },
  { id: 'provider', label: 'Add a provider' },
  { id: 'retract', label: 'Retract a record' },
  { id: 'import', label: 'Import a catalog' },
  { id: 'transfer', label: 'Export, import, reset' },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

/** The Data section: the change log, the curation forms, catalog imports and the log's transfer. */
export default function DataPage() {
  const [params] = useSearchParams();
  const view: ViewId = VIEWS.find((v) => v.id === params.get('view'))?.id ?? 'log';
  const meta = useQuery(metaQueries.detail());
  const { data, isPending, error, retry } = useDataset();
  const recordParam = params.get('record');
  const [recordType, recordId] = recordParam?.includes(':')
    ? recordParam.split(/:(.*)/s)
    : [null, null];
  const retractInitial =
    recordType && recordId && entityTypeSchema.safeParse(recordType).success
      ? { type: entityTypeSchema.parse(recordType), id: recordId }
      : null;

  return (
    <>
      <header className="page-header">
        <h1>Data</h1>
        <p className="lead">
          {meta.data
            ? `Compiled on ${formatDay(meta.data.compiledOn)} (data set ${meta.data.datasetVersion}). ${
                (meta.data.revision ?? 0) === 0
                  ? 'No change since compile.'
                  : `${meta.data.revision} change ${meta.data.revision === 1 ? 'set' : 'sets'} applied since, the last on ${formatDay((meta.data.lastChangeAt ?? '').slice(0, 10))}.`
              }`
            : 'Record, correct and import facts; every change keeps its sources.'}
        </p>
      </header>
      <nav className="data-nav" aria-label="Data section">
        <ul>
          {VIEWS.map((v) => (
            <li key={v.id}>
              <Link
                to={v.id === 'log' ? '?' : `?view=${v.id}`}
                aria-current={v.id === view ? 'page' : undefined}
              >
                {v.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {isPending ? (
        <TableSkeleton label="Loading the data…" />
      ) : error || !data ? (
        <ErrorPanel title="The data could not be loaded" error={error} onRetry={retry} />
      ) : view === 'log' ? (
        <ChangeLogView data={data} />
      ) : view === 'event' ? (
        <EventForm data={data} />
      ) : view === 'correct' ? (
        <ModelCorrectionForm data={data} initialModelId={params.get('model')} />
      ) : view === 'model' ? (
        <ModelForm data={data} />
      ) : view === 'provider' ? (
        <ProviderForm data={data} />
      ) : view === 'retract' ? (
        <RetractionForm data={data} initial={retractInitial} />
      ) : view === 'import' ? (
        <ImportView data={data} />
      ) : (
        <TransferView />
      )}
    </>
  );
}
