import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What this part of the page is, for the message: "The timeline". */
  readonly what: string;
  readonly children: ReactNode;
}

/** Keeps one broken part from blanking the page: it shows a message in its place instead. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.what} failed:`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="part-error" role="alert">
        <p>
          {this.props.what} could not be shown: {this.state.error.message}. The rest of the page still works.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
