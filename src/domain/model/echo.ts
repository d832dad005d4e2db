/**
 * Text from a file quoted back in a message: cut to a readable length, with how much was left
 * out ("(12,345 more characters)"), so a 100 MB cell or header never becomes a 100 MB message.
 */

/** The longest quoted value, in characters, before it is cut. */
export const ECHO_LIMIT = 200;

const grouped = new Intl.NumberFormat('en-GB');

/**
 * `text` when it is at most `limit` characters long, else its first `limit` characters (never
 * splitting a surrogate pair) followed by "… (N more characters)".
 */
export function echo(text: string, limit = ECHO_LIMIT): string {
  if (text.length <= limit) return text;
  let end = limit;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  const more = text.length - end;
  return `${text.slice(0, end)}… (${grouped.format(more)} more character${more === 1 ? '' : 's'})`;
}

/**
 * The longest message, in characters, before what is left of it is cut. Messages of the app's
 * own words run to about 1,100 characters (the list of DfE files the catalogue reads), so the
 * limit sits well above them: it is there for a message quoting thousands of short cells (a
 * header of 10,000 columns), not to cut the app's explanations.
 */
export const MESSAGE_LIMIT = 3000;

/**
 * A message that quotes text from a file, made readable: every quoted text longer than the
 * echo limit (a cell, a header) is cut where it appears (echo), then any other unbroken run of
 * characters longer than the limit, and a message still longer than MESSAGE_LIMIT is cut at the
 * end. Short messages come back unchanged.
 */
export function echoMessage(message: string, quoted: readonly string[] = []): string {
  if (message.length <= ECHO_LIMIT) return message;
  let out = message;
  for (const text of quoted)
    if (text.length > ECHO_LIMIT && out.includes(text)) out = out.split(text).join(echo(text));
  if (out.length > ECHO_LIMIT)
    out = out.replace(new RegExp(`\\S{${String(ECHO_LIMIT + 1)},}`, 'g'), (run) => echo(run));
  return echo(out, MESSAGE_LIMIT);
}
