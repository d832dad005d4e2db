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
