/**
 * Warming a reader up: a reader started ahead of time reads a small made-up file while the
 * analyst chooses files, so the code that reads files is compiled before the first real one.
 */
import { readFiles } from '../domain/import';
import type { WarmMessage } from './protocol';

/**
 * A small tidy file like the ones analysts bring in (every indicator, some councils, quarters and
 * years, numbers with counts, suppressed values, notes), for warming the reader up.
 */
function warmUpFile(request: WarmMessage): Uint8Array {
  const councils = request.areas.filter((area) => area.level === 'la' && area.live).slice(0, 30);
  const lines = ['indicator,period,area_code,area_name,value,numerator,denominator,note'];
  let n = 0;
  for (let fy = 1900; fy < 1901; fy++) {
    const year = `${String(fy)}-${String((fy + 1) % 100).padStart(2, '0')}`;
    for (const period of [`${year} Q1`, `${year} Q2`, `${year} Q3`, `${year} Q4`, year]) {
      for (const definition of request.indicators) {
        for (const council of councils) {
          n++;
          const name = council.name.includes(',') ? `"${council.name}"` : council.name;
          const value = n % 50 === 0 ? 'c' : String((n % 900) / 10);
          const counts =
            definition.unit === 'percent' ? `${String(n % 90)},${String(90 + (n % 200))}` : ',';
          const note = n % 200 === 0 ? '"Provisional, ""to be confirmed"""' : '';
          lines.push(
            `${definition.id},${period},${council.code},${name},${value},${counts},${note}`,
          );
        }
      }
    }
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

export function warmUp(request: WarmMessage): void {
  readFiles({
    files: [{ name: 'warm-up.csv', bytes: warmUpFile(request) }],
    mappings: new Map(),
    remembered: new Map(),
    areas: new Map(request.areas.map((area) => [area.code, area])),
    indicators: new Map(request.indicators.map((definition) => [definition.id, definition])),
    taken: new Set(),
    now: new Date(request.now),
  });
}
