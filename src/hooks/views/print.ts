/**
 * The printed page: A4 in landscape (default) or portrait, margins, and the running header and
 * footer drawn in the page margins by the browser on every page (CSS @page margin boxes), with
 * "Page 3 of 12". Council names and periods come from data, so they are escaped as CSS strings.
 */
import type { Orientation } from '../url-state';
import type { ContextView } from '../view-models';

/** Text as a CSS string literal: quotes, backslashes and line breaks escaped, nothing else live. */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\' || code < 0x20 || code === 0x7f || char === '<') {
      out += `\\${code.toString(16)} `;
    } else {
      out += char;
    }
  }
  return `${out}"`;
}

export interface PrintHeader {
  /** Left of the running header: council, period, data as at. */
  readonly left: string;
  /** Right of the running header: the comparators' vintages. */
  readonly right: string;
  /** Left of the footer: the title, and the illustrative label when any figure is. */
  readonly footer: string;
}

export function printHeader(context: ContextView, title: string): PrintHeader {
  return {
    left: `${context.authority} · ${context.periodText} · Data as at ${context.dataAsAt}`,
    right: context.vintages
      .map((vintage) => vintage.replace(/ \(similar councils\)/, ''))
      .join('; '),
    footer: [`Children's services scorecard: ${title}`, context.illustrative]
      .filter((part) => part !== null && part !== '')
      .join(' · '),
  };
}

const MARGIN_FONT = 'font-family: system-ui, Arial, sans-serif; font-size: 7.5pt; color: #000;';

/** The @page rule for the printed view. */
export function pageCss(header: PrintHeader, orientation: Orientation): string {
  return `@page {
  size: A4 ${orientation};
  margin: 16mm 11mm 14mm 11mm;
  @top-left { content: ${cssString(header.left)}; ${MARGIN_FONT} vertical-align: bottom; width: 48%; }
  @top-right { content: ${cssString(header.right)}; ${MARGIN_FONT} vertical-align: bottom; text-align: right; width: 48%; }
  @bottom-left { content: ${cssString(header.footer)}; ${MARGIN_FONT} vertical-align: top; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${MARGIN_FONT} vertical-align: top; }
}`;
}
