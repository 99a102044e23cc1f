import type { ReactNode } from 'react';
import { EmptyState } from './state-panels';

/** A page whose content is not built yet: its real heading and an honest account of what will be there. */
export function PagePlaceholder({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <>
      <header className="page-header">
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
      </header>
      <EmptyState title="Not available yet">{children}</EmptyState>
    </>
  );
}
