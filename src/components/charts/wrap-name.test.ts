import { describe, expect, it } from 'vitest';
import { wrapName } from './wrap-name';

describe('wrapName', () => {
  it.each<[string, number, string[]]>([
    ['', 20, ['']],
    ['Devon', 20, ['Devon']],
    ['Kingston upon Hull, City of', 30, ['Kingston upon Hull, City of']],
    ['Kingston upon Hull, City of', 20, ['Kingston upon Hull,', 'City of']],
    [
      'Bournemouth, Christchurch and Poole (Somewhat close)',
      22,
      ['Bournemouth,', 'Christchurch and Poole', '(Somewhat close)'],
    ],
    ['Herefordshire, County of (Not close)', 14, ['Herefordshire,', 'County of (Not', 'close)']],
    ['Supercalifragilistic name', 5, ['Supercalifragilistic', 'name']],
  ])('%j at %i characters a line', (name, perLine, lines) => {
    expect(wrapName(name, perLine)).toEqual(lines);
  });
});
