/**
 * A short content hash (two independent 32-bit FNV-1a hashes, as 12 hex digits) of a list of
 * byte arrays. For telling one dataset from another in a shared link, not for security; pure
 * JavaScript because crypto.subtle needs a secure context a council intranet may not give.
 */
export function contentHash(parts: readonly Uint8Array[]): string {
  const hasher = new ContentHasher();
  for (const part of parts) {
    hasher.begin(part.length);
    hasher.update(part);
  }
  return hasher.digest();
}

/**
 * contentHash a piece at a time, so a long input can be hashed between other work: begin each
 * part with its length in bytes, then update with its bytes in as many pieces as suits.
 */
export class ContentHasher {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  /** Starts a part of `length` bytes; the boundary is hashed so ["ab", "c"] and ["a", "bc"] differ. */
  begin(length: number): void {
    this.a = Math.imul(this.a ^ 0xff, 0x01000193);
    this.b = Math.imul(this.b ^ (length & 0xff), 0x01000193);
  }

  update(bytes: Uint8Array): void {
    let a = this.a;
    let b = this.b;
    // An indexed loop: an iterator is several times slower until the code is optimised.
    const length = bytes.length;
    for (let i = 0; i < length; i++) {
      const byte = bytes[i] as number;
      a = Math.imul(a ^ byte, 0x01000193);
      b = Math.imul(b ^ byte ^ 0x5a, 0x01000193);
    }
    this.a = a;
    this.b = b;
  }

  digest(): string {
    const hex = (n: number, digits: number) =>
      (n >>> 0).toString(16).padStart(8, '0').slice(0, digits);
    return `${hex(this.a, 8)}${hex(this.b, 4)}`;
  }
}
