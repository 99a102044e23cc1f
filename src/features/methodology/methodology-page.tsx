// Placeholder written by the lead so the shell builds; helper-2 replaces it with the rendered docs/methodology.md.
export default function MethodologyPage() {
  return (
    <header className="page-header">
      <h1>Methodology</h1>
      <p className="lead">How platform risk is computed (rvm-1).</p>
    </header>
  );
}
