import { PagePlaceholder } from '@/components/page-placeholder';

export default function TimelinePage() {
  return (
    <PagePlaceholder title="Timeline" lead="Every provider event from 2023 to the scheduled deadlines, with its effect on risk.">
      <p>
        The timeline will draw each event (launches, license changes, deprecations, regulation) in one lane per provider,
        with its direction, severity, sources and the change in platform risk it caused. It is not built yet; no events
        are shown here until it is.
      </p>
    </PagePlaceholder>
  );
}
