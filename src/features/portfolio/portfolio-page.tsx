import { PagePlaceholder } from '@/components/page-placeholder';

export default function PortfolioPage() {
  return (
    <PagePlaceholder title="Portfolio" lead="Your organisation's own AI dependencies and the exposure they create.">
      <p>
        Here you will record each workload, the model it runs on, its criticality and share, and see exposure per
        provider, concentration (HHI) and exit options. Recording dependencies is not available yet.
      </p>
    </PagePlaceholder>
  );
}
