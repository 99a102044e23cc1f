import { PagePlaceholder } from '@/components/page-placeholder';

export default function ModelsPage() {
  return (
    <PagePlaceholder title="Models" lead="Every model of every provider, filtered by openness and license.">
      <p>
        The catalog will filter models by openness level, weights, license tier, provider, modality, context window,
        release date and status, with a shareable URL, side-by-side comparison and exports. It is not built yet.
      </p>
    </PagePlaceholder>
  );
}
