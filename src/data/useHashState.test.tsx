import { act, render, screen } from '@testing-library/react';
import { Suspense, use } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_STATE, toHash, type ViewState } from './url-state';
import { useHashState } from './useHashState';

/**
 * A view that cannot be drawn yet (it waits on `pending`) shows how an update was rendered:
 * an urgent one shows the Suspense fallback at once; a transition keeps what is on screen
 * until the new view can be drawn.
 */
function Harness({ pending, blocked }: { pending: Promise<void>; blocked: (s: ViewState) => boolean }) {
  const { state } = useHashState();
  return (
    <Suspense fallback={<p>Drawing the next view</p>}>
      <View state={state} pending={pending} blocked={blocked} />
    </Suspense>
  );
}

function View({
  state,
  pending,
  blocked,
}: {
  state: ViewState;
  pending: Promise<void>;
  blocked: (s: ViewState) => boolean;
}) {
  if (blocked(state)) use(pending);
  return <p>{`Showing ${state.view}${state.search === '' ? '' : ` for "${state.search}"`}`}</p>;
}

const go = async (state: Partial<ViewState>): Promise<void> => {
  await act(async () => {
    window.location.hash = toHash({ ...DEFAULT_STATE, ...state });
    // jsdom fires hashchange in a later task.
    await new Promise((resolve) => {
      setTimeout(resolve, 0);
    });
  });
};

describe('useHashState: how a change of URL is drawn', () => {
  let release: () => void = () => undefined;
  let pending: Promise<void>;
  beforeEach(() => {
    window.location.hash = toHash(DEFAULT_STATE);
    pending = new Promise((resolve) => {
      release = resolve;
    });
  });
  afterEach(() => {
    release();
    window.location.hash = '';
  });

  it('keeps the current view on screen while the next view is drawn (a transition)', async () => {
    render(<Harness pending={pending} blocked={(s) => s.view === 'table'} />);
    expect(screen.getByText('Showing overview')).toBeInTheDocument();

    await go({ view: 'table' });
    expect(screen.getByText('Showing overview')).toBeVisible();
    expect(screen.queryByText('Drawing the next view')).not.toBeInTheDocument();

    await act(async () => {
      release();
      await pending;
    });
    expect(await screen.findByText('Showing table')).toBeInTheDocument();
  });

  it('draws a change within the view at once (the filters show the URL as it is)', async () => {
    render(<Harness pending={pending} blocked={(s) => s.search === 'fostering'} />);
    await go({ search: 'fostering' });
    // Urgent: the old content is hidden; the boundary shows its fallback until it can draw.
    expect(screen.getByText('Drawing the next view')).toBeInTheDocument();
    expect(screen.getByText('Showing overview')).not.toBeVisible();

    await act(async () => {
      release();
      await pending;
    });
    expect(await screen.findByText('Showing overview for "fostering"')).toBeInTheDocument();
  });

  it('goes back to the view before with the browser back button', async () => {
    render(<Harness pending={pending} blocked={() => false} />);
    await go({ view: 'exceptions' });
    expect(await screen.findByText('Showing exceptions')).toBeInTheDocument();
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => {
        setTimeout(resolve, 50);
      });
    });
    expect(await screen.findByText('Showing overview')).toBeInTheDocument();
  });
});
