import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, use } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_STATE, toHash, type ViewState } from './url-state';
import { useHashState } from './useHashState';

const hashOf = (state: Partial<ViewState>): string => toHash({ ...DEFAULT_STATE, ...state });

/**
 * Links to other views, and a view that cannot be drawn while `blocked` says so (it waits on
 * `pending`). That shows how an update was drawn: an urgent one shows the Suspense fallback
 * at once; a transition keeps the view on screen until the new one can be drawn.
 */
function Harness({
  pending,
  blocked,
}: {
  pending: Promise<void>;
  blocked: (state: ViewState) => boolean;
}) {
  const hash = useHashState();
  return (
    <>
      <nav>
        <a href={hashOf({ view: 'table' })}>Table</a>
        <a href={hashOf({ view: 'table' })} target="_blank" rel="noreferrer">
          Table in a new tab
        </a>
        <a href="#main">Skip</a>
        <a href={hashOf({ view: 'table' })} download="table.html">
          Download
        </a>
      </nav>
      <button
        type="button"
        onClick={() => {
          hash.navigate({ search: 'fostering' });
        }}
      >
        Search
      </button>
      <Suspense fallback={<p>Drawing the next view</p>}>
        <View state={hash.state} pending={pending} blocked={blocked} />
      </Suspense>
    </>
  );
}

function View({
  state,
  pending,
  blocked,
}: {
  state: ViewState;
  pending: Promise<void>;
  blocked: (state: ViewState) => boolean;
}) {
  if (blocked(state)) use(pending);
  return <p>{`Showing ${state.view}${state.search === '' ? '' : ` for "${state.search}"`}`}</p>;
}

const nextTask = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

describe('useHashState: following links and changing the URL', () => {
  let release: () => void = () => undefined;
  let pending: Promise<void>;
  const letItDraw = () =>
    act(async () => {
      release();
      await pending;
    });
  beforeEach(() => {
    window.history.replaceState(null, '', hashOf({}));
    pending = new Promise((resolve) => {
      release = resolve;
    });
  });
  afterEach(() => {
    release();
    window.history.replaceState(null, '', '#');
  });

  it('follows a link to another view as a transition: the view before stays until the next is drawn', async () => {
    render(<Harness pending={pending} blocked={(s) => s.view === 'table'} />);
    const entries = window.history.length;
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Table' }));
      await nextTask();
    });
    // The link was followed: a new history entry, the URL of the link.
    expect(window.location.hash).toBe(hashOf({ view: 'table' }));
    expect(window.history.length).toBe(entries + 1);
    // Still drawing: the overview stays on screen.
    expect(screen.getByText('Showing overview')).toBeVisible();
    expect(screen.queryByText('Drawing the next view')).not.toBeInTheDocument();

    await letItDraw();
    expect(await screen.findByText('Showing table')).toBeInTheDocument();
  });

  it('comes back to the view before with the browser back button', async () => {
    render(<Harness pending={pending} blocked={() => false} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Table' }));
      await nextTask();
    });
    expect(await screen.findByText('Showing table')).toBeInTheDocument();
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => {
        setTimeout(resolve, 50);
      });
    });
    expect(await screen.findByText('Showing overview')).toBeInTheDocument();
  });

  it.each([
    ['a link that opens in a new tab', 'Table in a new tab', {}],
    ['a link with a download', 'Download', {}],
    ['a link held with Ctrl (a new tab)', 'Table', { ctrlKey: true }],
    ['a link held with Shift (a new window)', 'Table', { shiftKey: true }],
    ['a link to a place on the page (the skip link)', 'Skip', {}],
  ])('leaves %s to the browser', async (_, name, keys) => {
    render(<Harness pending={pending} blocked={() => false} />);
    // Last in line (after the page's own listener on the document): what the browser would
    // get. Its default is then stopped here, so the test page itself stays where it is.
    const leftToBrowser: boolean[] = [];
    const browser = (event: MouseEvent): void => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', browser);
    try {
      fireEvent.click(screen.getByRole('link', { name }), keys);
      await act(nextTask);
    } finally {
      window.removeEventListener('click', browser);
    }
    expect(leftToBrowser).toEqual([true]);
    expect(window.location.hash).toBe(hashOf({}));
    expect(screen.getByText('Showing overview')).toBeInTheDocument();
  });

  it('draws a change within the view at once (the filters show the URL as it is)', async () => {
    render(<Harness pending={pending} blocked={(s) => s.search === 'fostering'} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Search' }));
      // jsdom fires hashchange in a later task.
      await nextTask();
    });
    // Urgent: the view is hidden and the fallback shown until the new one can be drawn.
    expect(screen.getByText('Drawing the next view')).toBeInTheDocument();
    expect(screen.getByText('Showing overview')).not.toBeVisible();

    await letItDraw();
    expect(await screen.findByText('Showing overview for "fostering"')).toBeInTheDocument();
  });
});
