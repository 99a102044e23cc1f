import { PagePlaceholder } from '@/components/page-placeholder';

export default function OverviewPage() {
  return (
    <PagePlaceholder title="Provider risk overview" lead="Every AI provider ranked by platform risk, as of the date you choose.">
      <p>
        The ranking, the factor breakdown and the risk trend with the events that moved it will appear here once the risk
        engine is connected. No score is shown until it can be explained.
      </p>
    </PagePlaceholder>
  );
}
