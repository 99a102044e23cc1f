import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Changing this key (the path) clears a caught error. */
  resetKey: string;
}
interface State {
  error: Error | null;
  key: string;
}

/** True for the error a browser gives when a lazily loaded module could not be fetched. */
function isChunkLoadError(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch/i.test(
    error.message,
  );
}

/** Catches a render error in a page so the navigation stays usable. */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for the browser console; tests assert on the message the user sees.
    console.warn('Page failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      const codeMissing = isChunkLoadError(this.state.error);
      return (
        <section className="panel panel--error" role="alert">
          <h1>This page could not be shown</h1>
          <p>
            {codeMissing
              ? 'The code of this page could not be loaded. Check the connection and try again.'
              : `Something in this page failed: ${this.state.error.message}`}
          </p>
          <p className="muted">The navigation and the other pages still work.</p>
          <button type="button" className="button button--primary" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </section>
      );
    }
    return this.props.children;
  }
}
