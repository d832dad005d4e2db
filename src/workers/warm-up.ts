/**
 * Warming a reader up: a reader started ahead of time reads a small made-up file while the
 * analyst chooses files, so the code that reads files is compiled before the first real one.
 */
import { madeUpTidyCsv, readFiles } from '../domain/import';
import type { WarmMessage } from './protocol';

export function warmUp(request: WarmMessage): void {
  readFiles({
    // A year of every indicator for 30 councils, in the layout analysts bring in most.
    files: [
      {
        name: 'warm-up.csv',
        bytes: madeUpTidyCsv({
          councils: request.areas.filter((area) => area.level === 'la' && area.live).slice(0, 30),
          indicators: request.indicators.map((d) => ({ id: d.id, percent: d.unit === 'percent' })),
          firstYear: 1900,
          years: 1,
        }),
      },
    ],
    mappings: new Map(),
    remembered: new Map(),
    areas: new Map(request.areas.map((area) => [area.code, area])),
    indicators: new Map(request.indicators.map((definition) => [definition.id, definition])),
    taken: new Set(),
    now: new Date(request.now),
  });
}
