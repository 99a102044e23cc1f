import { Link } from 'react-router';
import type { EntityType } from '@/domain/schema/change';
import type { Provenance } from '@/domain/schema/provenance';
import { formatDay } from './format';

/** Where the change log shows one record's changes. */
const logPath = (type: EntityType, id: string) =>
  `/data?record=${encodeURIComponent(`${type}:${id}`)}`;

const when = (p: Provenance) =>
  `${formatDay(p.recordedAt.slice(0, 10))} at ${p.recordedAt.slice(11, 16)} UTC`;

/**
 * "Changed since compile" on a record an accepted change touched, with its provenance (when,
 * who, which change set) one click away; nothing on a record as compiled. `compact` is a single
 * link to the record's changes, for table rows.
 */
export function ProvenanceMark({
  provenance,
  type,
  id,
  compact = false,
}: {
  provenance: Provenance | undefined;
  type: EntityType;
  id: string;
  compact?: boolean;
}) {
  if (provenance === undefined) return null;
  if (compact) {
    return (
      <Link className="badge badge--changed" to={logPath(type, id)}>
        Changed{' '}
        <span className="visually-hidden">
          since compile, by {provenance.author} on {when(provenance)}: see the change log
        </span>
      </Link>
    );
  }
  return (
    <details className="provenance">
      <summary>
        <span className="badge badge--changed">Changed since compile</span>
      </summary>
      <p>
        Recorded on {when(provenance)} by {provenance.author}, in change set{' '}
        {provenance.changeSetId} ({provenance.changeIds.length === 1 ? 'change' : 'changes'}{' '}
        {provenance.changeIds.join(', ')}).{' '}
        <Link to={logPath(type, id)}>See its changes in the change log</Link>
      </p>
    </details>
  );
}
