import { render } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePaintedMark } from './usePaintedMark';

const NAME = 'test:painted';

function View({ log }: { log: string[] }) {
  // Declared first: a passive mark would be asked for after it.
  useEffect(() => {
    log.push('passive effect');
  }, [log]);
  usePaintedMark(NAME);
  return <p>View</p>;
}

describe('usePaintedMark', () => {
  afterEach(() => {
    performance.clearMarks(NAME);
    vi.restoreAllMocks();
  });

  it('asks for the frame as the view is committed, and marks after that frame, once', async () => {
    const log: string[] = [];
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    frame.mockImplementation((callback) => {
      log.push('frame asked for');
      return window.setTimeout(() => {
        callback(performance.now());
      }, 0);
    });
    const first = render(<View log={log} />);
    // Before the passive effects: asked during the commit, so the next frame is this view's.
    expect(log).toEqual(['frame asked for', 'passive effect']);
    await vi.waitFor(() => {
      expect(performance.getEntriesByName(NAME, 'mark')).toHaveLength(1);
    });
    first.unmount();
    render(<View log={log} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(performance.getEntriesByName(NAME, 'mark')).toHaveLength(1);
    expect(frame).toHaveBeenCalledTimes(1);
  });

  it('sets no mark when the view goes before it is painted', async () => {
    const frame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 7);
    const cancel = vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
    render(<View log={[]} />).unmount();
    expect(frame).toHaveBeenCalledTimes(1);
    expect(cancel).toHaveBeenCalledWith(7);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(performance.getEntriesByName(NAME, 'mark')).toHaveLength(0);
  });
});
