/**
 * Commentary as the commentary layout (import/layout-commentary.ts) reads it: one row per
 * action, the headline and text on the first row of each commentary, ordered by indicator,
 * area and period. Text is written exactly (formula-safe, quoted where needed), so the file
 * reads back to the same commentary. Empty commentary is not written; an action with nothing
 * in its "what" cannot be read back, so it is not written either and is listed in `lost`.
 */
import { isEmptyCommentary, type Commentary } from '../model';
import { toCsv, type CsvValue } from '../model';
import { COMMENTARY_COLUMNS } from '../import';
import { comparePeriodKeys } from '../model';

const byKey = (a: Commentary, b: Commentary): number =>
  a.indicator.localeCompare(b.indicator, 'en-GB') ||
  a.area.localeCompare(b.area, 'en-GB') ||
  comparePeriodKeys(a.period, b.period);

export function commentaryCsv(commentary: Iterable<Commentary>): {
  readonly text: string;
  /** How many commentaries were written. */
  readonly count: number;
  readonly lost: readonly string[];
} {
  const rows: CsvValue[][] = [[...COMMENTARY_COLUMNS]];
  const lost: string[] = [];
  let count = 0;
  for (const whole of [...commentary].sort(byKey)) {
    const actions = whole.actions.filter((a) => a.what.trim() !== '');
    if (actions.length < whole.actions.length)
      lost.push(
        `${whole.indicator}, ${whole.period}: an action with no description (only an owner, date or status) was not written.`,
      );
    const c = { ...whole, actions };
    if (isEmptyCommentary(c)) continue;
    count++;
    const first: CsvValue[] = [c.indicator, c.area, c.period, c.headline, c.text];
    if (c.actions.length === 0) rows.push([...first, null, null, null, null]);
    c.actions.forEach((action, i) => {
      rows.push([
        ...(i === 0 ? first : [c.indicator, c.area, c.period, null, null]),
        action.what,
        action.owner,
        action.due,
        action.status.replace('-', ' '),
      ]);
    });
  }
  return { text: toCsv(rows), count, lost };
}
