import { Markdown } from '@/components/markdown';
import { METHODOLOGY_ID } from '@/domain/risk/settings';
import methodology from '../../../docs/methodology.md?raw';
import './methodology-page.css';

/** The Methodology route: docs/methodology.md, the single source of the formulas, rendered as text. */
export function MethodologyPage() {
  return (
    <article className="methodology" aria-describedby="methodology-id">
      <Markdown source={methodology} />
      <p id="methodology-id" className="methodology__id">
        Methodology id: <code>{METHODOLOGY_ID}</code>
      </p>
    </article>
  );
}

export default MethodologyPage;
