/**
 * A short content hash (two independent 32-bit FNV-1a hashes, as 12 hex digits) of a list of
 * byte arrays. For telling one dataset from another in a shared link, not for security; pure
 * JavaScript because crypto.subtle needs a secure context a council intranet may not give.
 */
export function contentHash(parts: readonly Uint8Array[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const part of parts) {
    // Mark each part's boundary so ["ab", "c"] and ["a", "bc"] differ.
    a = Math.imul(a ^ 0xff, 0x01000193);
    b = Math.imul(b ^ (part.length & 0xff), 0x01000193);
    for (const byte of part) {
      a = Math.imul(a ^ byte, 0x01000193);
      b = Math.imul(b ^ byte ^ 0x5a, 0x01000193);
    }
  }
  const hex = (n: number, digits: number) =>
    (n >>> 0).toString(16).padStart(8, '0').slice(0, digits);
  return `${hex(a, 8)}${hex(b, 4)}`;
}
