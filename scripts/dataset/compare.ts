/**
 * Compares freshly built files with the committed ones (the logic of `npm run data:check` and
 * of the dataset test): every differing or missing file, with the first line that differs.
 */
export interface FileDifference {
  readonly file: string;
  readonly message: string;
}

/** `readCommitted` returns the committed text, or null when the file does not exist. */
export function differences(
  built: ReadonlyMap<string, string>,
  readCommitted: (file: string) => string | null,
): FileDifference[] {
  const found: FileDifference[] = [];
  for (const [file, expected] of built) {
    const actual = readCommitted(file);
    if (actual === null) {
      found.push({ file, message: 'is missing from public/data.' });
      continue;
    }
    if (actual === expected) continue;
    const a = actual.split('\n');
    const e = expected.split('\n');
    let line = 0;
    while (line < Math.max(a.length, e.length) && a[line] === e[line]) line++;
    const show = (text: string | undefined) =>
      text === undefined
        ? '(no line)'
        : JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text);
    found.push({
      file,
      message: `differs from what the script makes, first at line ${line + 1}: committed ${show(a[line])}, script ${show(e[line])}.`,
    });
  }
  return found;
}
