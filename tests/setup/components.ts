import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// findBy and waitFor wait up to 5 s, not 1: on a busy 2-core machine the first render of a
// lazily loaded page (the indicator page's charts) once took longer than a second. They still
// fail when what they look for never comes.
configure({ asyncUtilTimeout: 5_000 });

// A component test fails on any console.error: React warnings (keys, act, invalid markup)
// are bugs, not noise.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  if (errors.length > 0) {
    const text = errors.map((args) => args.map(String).join(' ')).join('\n');
    throw new Error(`console.error was called during the test:\n${text}`);
  }
});
