/**
 * What went wrong, for the person using the page: browser storage failures (out of space,
 * another tab, storage switched off) get what to do about them, and JavaScript internals
 * ("Cannot read properties of undefined") are never shown; messages the app wrote itself pass
 * through unchanged.
 */

const QUOTA = /\bquota\b|QuotaExceeded|full disk|out of space|no space left/i;
const INTERNAL = new Set(['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError', 'EvalError']);

function nameAndMessage(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  if (typeof error === 'object' && error !== null && 'name' in error && 'message' in error)
    return { name: String(error.name), message: String(error.message) };
  return { name: '', message: String(error) };
}

/** `what` ("The import could not be saved") followed by the cause and what to do, in plain words. */
export function plainError(what: string, error: unknown): string {
  const { name, message } = nameAndMessage(error);
  if (name === 'QuotaExceededError' || QUOTA.test(message))
    return `${what}: this browser has no more space for saved imports. Nothing was changed. Export the workspace to keep a copy, then undo imports you no longer need or reset to the data on the web host; or free space for this site in the browser's settings (site data).`;
  if (name === 'ConstraintError')
    return `${what}: another tab or window saved a change at the same moment. Nothing was changed. Try again.`;
  if (
    name === 'InvalidStateError' ||
    name === 'UnknownError' ||
    name === 'AbortError' ||
    name === 'NotAllowedError' ||
    name === 'SecurityError'
  )
    return `${what}: the browser's storage refused the change (it may be switched off, for example in a private window). Nothing was changed. Reload the page and try again; export the workspace to keep a copy.`;
  if (
    INTERNAL.has(name) ||
    /\b(undefined|null|is not a function|is not iterable|Cannot read)\b/.test(message)
  )
    return `${what}: the scorecard met a fault of its own (not a problem with your files). Nothing was changed. Reload the page and try again.`;
  return `${what}: ${message.replace(/\.$/, '')}.`;
}
