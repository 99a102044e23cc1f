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
      return (
        <section className="panel panel--error" role="alert">
          <h1>This page could not be shown</h1>
          <p>Something in this page failed: {this.state.error.message}</p>
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
