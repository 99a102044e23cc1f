import { PagePlaceholder } from '@/components/page-placeholder';

export default function ScenariosPage() {
  return (
    <PagePlaceholder title="Scenarios" lead="What-if analysis: how risk and exposure change if a provider changes course.">
      <p>
        Scenarios such as “a provider’s next flagship is closed-weight” or “a model is retired” will be compared with the
        baseline here, provider by provider. Building scenarios is not available yet.
      </p>
    </PagePlaceholder>
  );
}
