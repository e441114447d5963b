import { Component, type ErrorInfo, type ReactNode } from "react";
import { hrefs } from "../../content/model/routes";

interface Props {
  /** The address shown; a new address clears the error, so navigating away recovers. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
  key: string;
}

/**
 * Catches an error while a route's page renders (a failed chunk load, a bug) and shows what went
 * wrong with a way home, instead of a blank app. The sidebar around it keeps working.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: undefined, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("A page failed to render:", error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <article className="prose route-error" role="alert">
        <h1 tabIndex={-1}>This page could not be shown</h1>
        <p>
          Something went wrong while showing this page: <code>{error.message}</code>. Your saved
          progress is not affected.
        </p>
        <p className="button-row">
          <a className="button primary" href={hrefs.overview}>
            Go to the chapter overview
          </a>
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </p>
      </article>
    );
  }
}
