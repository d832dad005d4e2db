/**
 * A name split into lines of at most `perLine` characters, at spaces (a single word longer than
 * a line is kept whole on its own line), so a long council name such as "Bournemouth,
 * Christchurch and Poole (Somewhat close)" reads in full in a narrow chart instead of being cut.
 */
export function wrapName(name: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= perLine) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
