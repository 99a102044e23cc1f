import { evidenceStatus, type EvidenceRecord } from '@/domain/evidence/evidence-status';

/**
 * What a record's facts rest on, in words: "Verified: primary source" (or "two independent
 * reputable sources"), otherwise what it rests on ("Rests on secondary sources only (2)"),
 * followed by the count of its sources by tier.
 */
export function EvidenceText({ record }: { record: EvidenceRecord }) {
  const status = evidenceStatus(record);
  return (
    <>
      <strong>{status.label}</strong>
      {status.basis !== 'no sources' && <span className="muted"> ({status.basis})</span>}
    </>
  );
}
