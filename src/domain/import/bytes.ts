/**
 * From bytes to text: refuse files that are not text (workbooks, zips, PDFs) by their first
 * bytes, then decode UTF-8 strictly (a BOM is dropped), UTF-16 with a BOM, or, when the bytes
 * are not valid UTF-8, Windows-1252 with a warning. Pure: TextDecoder only.
 */

const SAVE_AS_CSV =
  'Open it in Excel and use File > Save As > CSV UTF-8 (Comma delimited) (*.csv), then import the .csv file.';

/** Why these bytes are not a CSV file, or null when they may be one. */
export function refusalReason(bytes: Uint8Array): string | null {
  const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) {
    return `This is a zip archive, which is what an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods) is inside, not a CSV file. ${SAVE_AS_CSV}`;
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return `This is an older Excel workbook (.xls), not a CSV file. ${SAVE_AS_CSV}`;
  }
  if (starts(0x25, 0x50, 0x44, 0x46)) {
    return 'This is a PDF, not a CSV file: the scorecard cannot read figures from a PDF. Export the table from the spreadsheet it came from with File > Save As > CSV UTF-8 (Comma delimited) (*.csv).';
  }
  if (starts(0x1f, 0x8b)) {
    return 'This is a compressed (gzip) file, not a CSV file. Unpack it first and import the .csv file inside.';
  }
  return null;
}

export interface Decoded {
  readonly text: string;
  /** `utf-8`, `utf-8 (with BOM)`, `utf-16le`, `utf-16be`, `windows-1252`. */
  readonly encoding: string;
  readonly warnings: readonly string[];
  /** Set when the bytes could not be text at all (a NUL byte in a file that is not UTF-16). */
  readonly refused: string | null;
}

/** A piece of decoded text and the byte offset the file has been read to. */
export interface TextPiece {
  readonly text: string;
  readonly end: number;
}

/** The file as text, decoded piece by piece (so a large file is never held as one string). */
export interface TextStream {
  readonly encoding: string;
  readonly warnings: readonly string[];
  readonly refused: string | null;
  /** The pieces, in order, each from about `pieceBytes` bytes; a fresh iterator each call. */
  pieces(): Generator<TextPiece>;
}

/** Windows-1252 bytes 0x80-0x9F (the rest of the code page is Latin-1). Unused bytes stay as they are. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 (done by hand: not every TextDecoder maps 0x80-0x9F the same way). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** The Windows-1252 byte for a character, or undefined if the code page has none. */
function cp1252Byte(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const index = CP1252_HIGH.indexOf(code);
  return index === -1 ? undefined : 0x80 + index;
}

/**
 * What text that was decoded as Windows-1252 when it was UTF-8 probably said (`Â£` -> `£`,
 * `â€“` -> `–`), or undefined when it does not decode.
 */
export function undoDoubleEncoding(text: string): string | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const byte = cp1252Byte(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/** Text that looks like UTF-8 read as Windows-1252 (`Â£`, `â€“`, `Ã©`). */
export const DOUBLE_ENCODED =
  /Â[\u00a0-\u00bf]|â€[\u0080-\u00bf\u0152-\u2122]|Ã[\u0080-\u00bf\u0152-\u2122]/;

function hasNul(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 65536);
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return true;
  return false;
}

/** UTF-16 without a BOM: every other byte of the first few hundred is zero. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const limit = Math.min(bytes.length - (bytes.length % 2), 512);
  if (limit < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < limit; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = limit / 2;
  if (oddZero === pairs && evenZero === 0) return 'utf-16le';
  if (evenZero === pairs && oddZero === 0) return 'utf-16be';
  return null;
}

/** Thrown by a UTF-8 text stream at the first byte that is not UTF-8 (see openText). */
export class NotUtf8Error extends Error {
  constructor() {
    super('The bytes are not valid UTF-8.');
    this.name = 'NotUtf8Error';
  }
}

function* decodePieces(
  bytes: Uint8Array,
  start: number,
  pieceBytes: number,
  decode: (piece: Uint8Array, last: boolean) => string,
): Generator<TextPiece> {
  if (start >= bytes.length) return;
  for (let from = start; from < bytes.length; from += pieceBytes) {
    const end = Math.min(bytes.length, from + pieceBytes);
    yield { text: decode(bytes.subarray(from, end), end === bytes.length), end };
  }
}

function streaming(label: 'utf-8' | 'utf-16le' | 'utf-16be') {
  return () => {
    const decoder = new TextDecoder(label, { ignoreBOM: true, fatal: label === 'utf-8' });
    return (piece: Uint8Array, last: boolean) => {
      try {
        return decoder.decode(piece, { stream: !last });
      } catch {
        throw new NotUtf8Error();
      }
    };
  };
}

/** The Windows-1252 reading of bytes that are not UTF-8. */
export function openWindows1252(bytes: Uint8Array, pieceBytes = 1 << 16): TextStream {
  return {
    encoding: 'windows-1252',
    warnings: [
      'The file is not valid UTF-8, so it was read as Windows-1252 (what older versions of Excel save as "CSV"). Check that characters such as £ and – look right; saving the file as CSV UTF-8 avoids this.',
    ],
    refused: null,
    pieces: () => decodePieces(bytes, 0, pieceBytes, (piece) => decodeWindows1252(piece)),
  };
}

/**
 * Opens a file's bytes as text. UTF-8 is read strictly: its pieces throw NotUtf8Error at the
 * first invalid byte, and the caller then reads the whole file again with openWindows1252 (with
 * a warning). A UTF-8 BOM is dropped; UTF-16 is read with its BOM (or, with a warning, without
 * one when every other byte is zero). Bytes with NUL characters that are not UTF-16 are refused
 * as binary. The text comes in pieces of about `pieceBytes` bytes.
 */
export function openText(bytes: Uint8Array, pieceBytes = 1 << 16): TextStream {
  const stream = (
    encoding: string,
    start: number,
    decoder: () => (piece: Uint8Array, last: boolean) => string,
    warnings: readonly string[] = [],
  ): TextStream => ({
    encoding,
    warnings,
    refused: null,
    pieces: () => decodePieces(bytes, start, pieceBytes, decoder()),
  });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return stream('utf-16le', 2, streaming('utf-16le'));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return stream('utf-16be', 2, streaming('utf-16be'));
  if (hasNul(bytes)) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) {
      return stream(utf16, 0, streaming(utf16), [
        `The file is UTF-16 text without a byte-order mark, so it was read as ${utf16.toUpperCase()}. Saving it as CSV UTF-8 avoids any doubt.`,
      ]);
    }
    return {
      encoding: 'binary',
      warnings: [],
      refused:
        'This file contains binary data (NUL bytes), so it is not a CSV file. If it came from a spreadsheet, save it with File > Save As > CSV UTF-8 (Comma delimited) (*.csv).',
      pieces: () => decodePieces(bytes, bytes.length, pieceBytes, () => ''),
    };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return stream(bom ? 'utf-8 (with BOM)' : 'utf-8', bom ? 3 : 0, streaming('utf-8'));
}

/** Decodes a whole file at once (see openText for the rules). */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const read = (stream: TextStream): Decoded => {
    let text = '';
    for (const piece of stream.pieces()) text += piece.text;
    return { text, encoding: stream.encoding, warnings: stream.warnings, refused: stream.refused };
  };
  try {
    return read(openText(bytes));
  } catch (error) {
    if (error instanceof NotUtf8Error) return read(openWindows1252(bytes));
    throw error;
  }
}
