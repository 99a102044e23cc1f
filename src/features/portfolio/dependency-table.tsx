import { useState } from 'react';
import { DataTable } from '@/components/data-table';
import { formatShare } from '@/components/format';
import { RankedExits } from '@/components/ranked-exits';
import { RetirementClockCell } from '@/components/retirement-clock-view';
import { ScoreWithGrade } from '@/components/score-cells';
import type { RetirementClock } from '@/domain/lifecycle/retirement-clock';
import type { DependencyRisk } from '@/domain/exposure/portfolio-exposure';
import type { RankedExit } from '@/domain/scenario/rank-exits';
import type { Dependency } from '@/domain/schema/dependency';
import { CRITICALITY_LABEL, DEPLOYMENT_LABEL } from './portfolio-labels';
import { DisclosureButton } from '@/components/disclosure-button';

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
          <DisclosureButton
            className="link-button"
            expanded={open}
            controls={listId}
            label={`${open ? 'Hide' : 'Show'} exit options for ${row.dependency.workload}`}
            onToggle={() => setOpen((o) => !o)}
          >
            {open ? 'Hide' : 'Show'}
          </DisclosureButton>
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
    <DataTable
      label="Dependencies table"
      contained
      className="dependency-table"
      caption="Your AI dependencies with risk and exit options"
      captionHidden
      rows={rows}
      rowKey={(row) => row.dependency.id}
      columns={[
        {
          header: 'Workload',
          rowHeader: true,
          cell: ({ dependency: d }) => (
            <>
              {d.workload}
              {d.notes && <div className="muted small cell-subtitle">{d.notes}</div>}
            </>
          ),
        },
        {
          header: 'Model',
          cell: (row) => (
            <>
              {row.modelName}
              <div className="muted small">{row.providerName}</div>
              <div className="small">{row.status}</div>
            </>
          ),
        },
        { header: 'Criticality', cell: (row) => CRITICALITY_LABEL[row.dependency.criticality] },
        {
          header: 'Deployment',
          cell: (row) => (
            <>
              {DEPLOYMENT_LABEL[row.dependency.deployment]}
              {row.risk?.selfHostedOpen && <div className="muted small">you hold the weights</div>}
            </>
          ),
        },
        { header: 'Share', num: true, cell: (row) => formatShare(row.shareOfTotal) },
        {
          header: 'Risk',
          num: true,
          cell: (row) =>
            row.risk === null ? (
              '…'
            ) : (
              <ScoreWithGrade score={row.risk.risk} grade={row.risk.grade} />
            ),
        },
        { header: 'Retirement clock', cell: (row) => <RetirementClockCell clock={row.clock} /> },
        { header: 'Exit options', cell: (row) => <ExitCell row={row} /> },
        {
          header: <span className="visually-hidden">Actions</span>,
          className: 'row-actions',
          cell: ({ dependency: d }) => (
            <>
              {(
                [
                  ['Edit', onEdit],
                  ['Remove', onRemove],
                ] as const
              ).map(([verb, act]) => (
                <button
                  key={verb}
                  type="button"
                  className="button"
                  onClick={() => act(d)}
                  aria-label={`${verb} ${d.workload}`}
                >
                  {verb}
                </button>
              ))}
            </>
          ),
        },
      ]}
    />
  );
}
