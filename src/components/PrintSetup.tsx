/**
 * The printed page's size, orientation and running header and footer (CSS @page margin boxes),
 * written by a pure function with every data-derived string escaped, then rendered as text.
 */
export function PrintSetup({ css }: { css: string }) {
  return <style>{css}</style>;
}
