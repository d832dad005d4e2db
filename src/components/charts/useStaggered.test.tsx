import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStaggered } from './useStaggered';

describe('useStaggered: one heavy child a task', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws the first at once and one more after each task, never more than asked', () => {
    const { result } = renderHook(() => useStaggered(3, 'a'));
    expect(result.current).toBe(1);
    act(() => {
      vi.advanceTimersToNextTimer();
    });
    expect(result.current).toBe(2);
    act(() => {
      vi.advanceTimersToNextTimer();
    });
    expect(result.current).toBe(3);
    act(() => {
      vi.runAllTimers();
    });
    expect(result.current).toBe(3);
  });

  it('with one child, draws it at once and waits for nothing', () => {
    const { result } = renderHook(() => useStaggered(1, 'a'));
    expect(result.current).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts again from the first for a new key (another indicator)', () => {
    const { result, rerender } = renderHook(({ key }) => useStaggered(3, key), {
      initialProps: { key: 'a' },
    });
    for (let task = 0; task < 2; task++)
      act(() => {
        vi.runAllTimers();
      });
    expect(result.current).toBe(3);
    rerender({ key: 'b' });
    expect(result.current).toBe(1);
    // Each act lets React run the effect that sets the next timer.
    for (const expected of [2, 3, 3]) {
      act(() => {
        vi.runAllTimers();
      });
      expect(result.current).toBe(expected);
    }
  });
});
