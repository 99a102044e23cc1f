import { useState } from 'react';
import { formatScore, formatShare } from '@/components/format';
import { RankedExits } from '@/components/ranked-exits';
import { RetirementClockCell } from '@/components/retirement-clock-view';
import type { RetirementClock } from '@/domain/lifecycle/retirement-clock';
import type { DependencyRisk } from '@/domain/exposure/portfolio-exposure';
import type { RankedExit } from '@/domain/scenario/rank-exits';
import type { Dependency } from '@/domain/schema/dependency';
import { CRITICALITY_LABEL, DEPLOYMENT_LABEL } from './portfolio-labels';

export interface DependencyRowView {
  dependency: Dependency;
  modelName: string;
  providerName: string;
  risk: DependencyRisk | null;
  /** Exit options ranked by fit for this workload; null while the data loads. */
  exits: RankedExit[] | null;
  /** The dependency's share of the portfolio's total spend or usage. */
  shareOfTotal: number;
  /** The model's status on the dependency's channel, in words ("Retired on Amazon Bedrock since …"). */
  status: string;
  /** The retirement clock on the dependency's channel; null while the data loads. */
  clock: RetirementClock | null;
}

function ExitCell({ row }: { row: DependencyRowView }) {
  const [open, setOpen] = useState(false);
  const exits = row.exits;
  const listId = `exit-${row.dependency.id}`;
  return (
    <>
      <span className={`badge exit-badge exit-badge--${exits === null ? 'pending' : 'known'}`}>
        {exits === null ? '…' : String(exits.length)}
      </span>
      {exits !== null && exits.length > 0 && (
        <>
          {' '}
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={listId}
            aria-label={`${open ? 'Hide' : 'Show'} exit options for ${row.dependency.workload}`}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? 'Hide' : 'Show'}
          </button>
        </>
      )}
      <div id={listId} className="exit-list" hidden={!open}>
        {open && exits !== null && (
          <RankedExits
            exits={exits}
            workload={row.dependency.workload}
            idBase={row.dependency.id}
            headingLevel={3}
          />
        )}
      </div>
    </>
  );
}

/** The portfolio as a table: each dependency with its risk, exit options and actions. */
export function DependencyTable({
  rows,
  onEdit,
  onRemove,
}: {
  rows: DependencyRowView[];
  onEdit: (d: Dependency) => void;
  onRemove: (d: Dependency) => void;
}) {
  return (
    <div
      className="table-wrap table-wrap--contained"
      tabIndex={0}
      role="region"
      aria-label="Dependencies table"
    >
      <table className="data-table dependency-table">
        <caption className="visually-hidden">
          Your AI dependencies with risk and exit options
        </caption>
        <thead>
          <tr>
            <th scope="col">Workload</th>
            <th scope="col">Model</th>
            <th scope="col">Criticality</th>
            <th scope="col">Deployment</th>
            <th scope="col" className="num">
              Share
            </th>
            <th scope="col" className="num">
              Risk
            </th>
            <th scope="col">Retirement clock</th>
            <th scope="col">Exit options</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const d = row.dependency;
            return (
              <tr key={d.id}>
                <th scope="row">
                  {d.workload}
                  {d.notes && <div className="muted small cell-subtitle">{d.notes}</div>}
                </th>
                <td>
                  {row.modelName}
                  <div className="muted small">{row.providerName}</div>
                  <div className="small">{row.status}</div>
                </td>
                <td>{CRITICALITY_LABEL[d.criticality]}</td>
                <td>
                  {DEPLOYMENT_LABEL[d.deployment]}
                  {row.risk?.selfHostedOpen && (
                    <div className="muted small">you hold the weights</div>
                  )}
                </td>
                <td className="num">{formatShare(row.shareOfTotal)}</td>
                <td className="num">
                  {row.risk === null ? '…' : formatScore(row.risk.risk)}
                  {row.risk?.grade && (
                    <>
                      {' '}
                      <span className={`badge badge--grade-${row.risk.grade}`}>
                        {row.risk.grade}
                      </span>
                    </>
                  )}
                </td>
                <td>
                  <RetirementClockCell clock={row.clock} />
                </td>
                <td>
                  <ExitCell row={row} />
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button"
                    onClick={() => onEdit(d)}
                    aria-label={`Edit ${d.workload}`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => onRemove(d)}
                    aria-label={`Remove ${d.workload}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
