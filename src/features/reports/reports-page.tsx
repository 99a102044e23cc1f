import { PagePlaceholder } from '@/components/page-placeholder';

export default function ReportsPage() {
  return (
    <PagePlaceholder title="Reports" lead="Board-ready risk summaries: CSV, JSON, Markdown and a printable report.">
      <p>
        Exports will carry the as-of date, the methodology id and settings, the data set version and its sources.
        Exporting is not available yet.
      </p>
    </PagePlaceholder>
  );
}
