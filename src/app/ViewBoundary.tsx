import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Notice } from '../components/Notice';

/**
 * Whether an error is a part of the app that could not be downloaded: what happens when the site
 * was updated while the page was open (the old page asks for files the new site no longer has).
 */
export function isStaleDeploy(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|ChunkLoadError|Loading chunk|error loading dynamically imported|Unable to preload/i.test(
    text,
  );
}

interface Props {
  readonly children: ReactNode;
  /** A link back to a view that works (the overview). */
  readonly homeHref: string;
}

interface State {
  readonly error: unknown;
}

/**
 * One per view: a view that fails to draw (or whose code could not be downloaded) shows a
 * message, a way back and, for a stale deploy, a reload, instead of blanking the whole app. The
 * header, menu and other views keep working. Keyed by view, so moving to another view clears it.
 */
export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever opens the browser's console; the page says it in plain words.
    console.warn('A view could not be shown:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const reload = (
      <button
        type="button"
        className="button"
        onClick={() => {
          window.location.reload();
        }}
      >
        Reload the page
      </button>
    );
    return isStaleDeploy(error) ? (
      <Notice title="This part of the scorecard could not be loaded" tone="problem">
        <p>
          The scorecard may have been updated since this page was opened, or the connection dropped.
          Reload the page to get the current version. Nothing you imported is lost.
        </p>
        <p>
          {reload} or <a href={this.props.homeHref}>go to the overview</a>.
        </p>
      </Notice>
    ) : (
      <Notice title="This view could not be shown" tone="problem">
        <p>
          The scorecard met a fault of its own while drawing this view (not a problem with your
          files). Nothing you imported is lost.
        </p>
        <p>
          <a href={this.props.homeHref}>Go to the overview</a> or {reload}.
        </p>
      </Notice>
    );
  }
}
