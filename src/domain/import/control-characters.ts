/**
 * Characters that must not reach the scorecard's data: control characters (NUL and the other
 * C0 controls except tab and line breaks, DEL, the C1 controls) and the invisible bidirectional
 * controls (U+202A-U+202E embeddings and overrides, U+2066-U+2069 isolates, U+200E/U+200F and
 * U+061C marks). A NUL written into a published CSV makes the hosted site refuse the whole
 * file; an unterminated right-to-left override reverses the text after it ("90.4%" shown as
 * "%4.09"). They are taken out of a file's text as it is decoded, and counted, so the report
 * can say so in one warning.
 */
import type { TextPiece, TextStream } from './bytes';

const CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

export interface ControlTally {
  /** How many characters were taken out. */
  count: number;
  /** The text line (1-based, counting line breaks in the text) of the first. */
  firstLine: number;
  /** The first one's code point, e.g. "U+0000". */
  first: string;
  /** Whether any was a bidirectional control (as opposed to a control character). */
  bidi: boolean;
}

const NAMES: Readonly<Record<string, string>> = {
  'U+0000': 'NUL',
  'U+202E': 'right-to-left override',
  'U+202D': 'left-to-right override',
  'U+202B': 'right-to-left embedding',
  'U+2067': 'right-to-left isolate',
  'U+200F': 'right-to-left mark',
};

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The stream with every control character taken out; `tally` counts what was taken. */
export function withoutControlCharacters(stream: TextStream, tally: ControlTally): TextStream {
  return {
    ...stream,
    pieces: function* pieces(): Generator<TextPiece> {
      // Each reading of the file counts afresh (the importer may read it twice).
      tally.count = 0;
      let lines = 1;
      for (const piece of stream.pieces()) {
        CONTROL.lastIndex = 0;
        if (!CONTROL.test(piece.text)) {
          lines += countLineBreaks(piece.text);
          yield piece;
          continue;
        }
        const text = piece.text.replace(CONTROL, (char, offset: number) => {
          if (tally.count === 0) {
            tally.firstLine = lines + countLineBreaks(piece.text.slice(0, offset));
            tally.first = codePoint(char);
          }
          if (char >= '\u200e') tally.bidi = true;
          tally.count++;
          return '';
        });
        lines += countLineBreaks(piece.text);
        yield { text, end: piece.end };
      }
    },
  };
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export const emptyTally = (): ControlTally => ({ count: 0, firstLine: 0, first: '', bidi: false });

/** The warning for a tally with something in it, or null. */
export function controlWarning(tally: ControlTally): string | null {
  if (tally.count === 0) return null;
  const name = NAMES[tally.first];
  const what = tally.bidi
    ? 'invisible control characters (such as NUL or right-to-left overrides)'
    : 'invisible control characters (such as NUL)';
  return `The file contains ${tally.count.toLocaleString('en-GB')} ${what}, which were taken out; the first, ${tally.first}${name === undefined ? '' : ` (${name})`}, is on text line ${tally.firstLine.toLocaleString('en-GB')}. They can make published files unreadable or show text backwards. Check the file in the program that made it.`;
}
