import { describe, expect, it } from 'vitest';
import { detectDelimiter, normaliseNewlines, readRecords, textLineAt } from './csv';

function records(text: string, chunkSize?: number) {
  const all: { line: number; cells: readonly string[] }[] = [];
  const outcome = readRecords(
    text,
    detectDelimiter(text),
    (chunk, first) => {
      chunk.forEach((cells, i) => all.push({ line: first + i, cells }));
      return true;
    },
    chunkSize,
  );
  return { all, outcome };
}

describe('normaliseNewlines', () => {
  it.each([
    ['a\r\nb\r\n', 'a\nb\n'],
    ['a\rb\r', 'a\nb\n'],
    ['a\nb', 'a\nb'],
    ['a\r\n\rb', 'a\n\nb'],
  ])('%j becomes %j', (text, expected) => {
    expect(normaliseNewlines(text)).toBe(expected);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2,5;3\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['Title, with a comma\na;b;c\n1;2;3\n4;5;6\n', ';'],
    ['"a;b",c\n"1;2",3\n', ','],
    ['one column\nvalue\n', ','],
    ['', ','],
  ])('%j is %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('readRecords', () => {
  it('numbers records from 1, blank lines included, with no extra record for a final newline', () => {
    const { all } = records('a,b\n\n1,2\n');
    expect(all).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['1', '2'] },
    ]);
  });

  it('keeps a quoted cell with line breaks in one record', () => {
    const { all } = records('a,b\n"x\ny",2\n3,4\n');
    expect(all.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(all[1]?.cells).toEqual(['x\ny', '2']);
  });

  it('gives the same records whatever the chunk size', () => {
    const text = `a,b\n${Array.from({ length: 200 }, (_, i) => `"r${i}\nx",${i}`).join('\n')}\n`;
    const big = records(text).all;
    const small = records(text, 37).all;
    expect(small).toEqual(big);
    expect(big).toHaveLength(201);
  });

  it('never types cells: codes and numbers stay text', () => {
    expect(records('0310,1E5,007\n').all[0]?.cells).toEqual(['0310', '1E5', '007']);
  });

  it('reports a quote that is never closed, on the record where it starts', () => {
    const { outcome, all } = records('a,b\n1,2\n3,"open\n4,5\n');
    // The offset is just past the quote mark that opens the cell (`3,"` ends at 11).
    expect(outcome.quoteProblems).toEqual([{ line: 3, code: 'MissingQuotes', offset: 11 }]);
    expect(textLineAt('a,b\n1,2\n3,"open\n4,5\n', 11)).toBe(3);
    expect(textLineAt('a,b\r\n"x\r\ny"\r\n5,"open\r\n', 13)).toBe(4);
    expect(all).toHaveLength(3);
  });

  it('stops when asked', () => {
    let chunks = 0;
    const outcome = readRecords(
      'a\n'.repeat(1000),
      ',',
      () => {
        chunks++;
        return false;
      },
      100,
    );
    expect(chunks).toBe(1);
    expect(outcome.stopped).toBe(true);
  });

  it('joins a CR at the end of one piece to the LF that starts the next', () => {
    const pieces = [
      { text: 'a,b\r', end: 4 },
      { text: '\n1,2\r', end: 9 },
      { text: '\r3,4', end: 13 },
    ];
    const all: (readonly string[])[] = [];
    readRecords(pieces, ',', (chunk) => {
      all.push(...chunk);
      return true;
    });
    expect(all).toEqual([['a', 'b'], ['1', '2'], [''], ['3', '4']]);
  });

  it('carries a record cut off at the end of a piece, quoted line breaks included', () => {
    const pieces = [
      { text: 'a,"multi', end: 8 },
      { text: '\nline",b\nc,', end: 19 },
      { text: 'd\n', end: 22 },
    ];
    const lines: number[] = [];
    const all: (readonly string[])[] = [];
    const outcome = readRecords(pieces, ',', (chunk, first, _problems, info) => {
      chunk.forEach((cells, i) => {
        all.push(cells);
        lines.push(first + i);
      });
      expect(info.read).toBeGreaterThan(0);
      return true;
    });
    expect(all).toEqual([
      ['a', 'multi\nline', 'b'],
      ['c', 'd'],
    ]);
    expect(lines).toEqual([1, 2]);
    expect(outcome.records).toBe(2);
  });

  it('reads nothing from empty text', () => {
    expect(records('').all).toEqual([]);
    expect(records('\n').all).toEqual([]);
  });
});
