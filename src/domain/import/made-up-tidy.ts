/**
 * The one generator of made-up tidy CSV files: the import worker's warm-up file, the large files
 * of the browser tests and the benchmarks. Deterministic (a seeded generator, no Math.random):
 * every council x every indicator x whole periods (a financial year's four quarters, then the
 * year, from `firstYear` on), with counts behind percentages, suppressed ('c') and not
 * available ('x') values, optionally blank ones, and now and then a quoted note holding a comma
 * and quotes. Its figures are made up and must never be shown as real.
 */
import { fyLabel } from '../model';

/** A council of a made-up file: its code and name as the file writes them. */
export interface MadeUpCouncil {
  readonly code: string;
  readonly name: string;
}

/** An indicator of a made-up file: its id, and whether its figures are percentages with counts. */
export interface MadeUpIndicator {
  readonly id: string;
  readonly percent: boolean;
}

export interface MadeUpTidyOptions {
  readonly councils: readonly MadeUpCouncil[];
  readonly indicators: readonly MadeUpIndicator[];
  /** The financial year (its first calendar year) of the first period. */
  readonly firstYear: number;
  /** Stop at the first period that starts once the file has this many bytes… */
  readonly bytes?: number;
  /** …or after this many financial years, whichever comes first. */
  readonly years?: number;
  /** The share of values left blank (0 by default). */
  readonly blanks?: number;
  readonly seed?: number;
}

export const MADE_UP_TIDY_HEADER =
  'indicator,period,area_code,area_name,value,numerator,denominator,note';

/** A small deterministic pseudo-random generator (mulberry32), numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOTE = '"Provisional, ""to be confirmed"""';

/** A made-up tidy CSV file, as UTF-8 bytes (see the module's comment). */
export function madeUpTidyCsv(options: MadeUpTidyOptions): Uint8Array {
  const { councils, indicators, firstYear } = options;
  const limit = options.bytes ?? Infinity;
  const lastYear = firstYear + (options.years ?? Infinity) - 1;
  const blankBelow = 0.03 + (options.blanks ?? 0);
  const next = seededRandom(options.seed ?? 20240925);
  const names = councils.map((council) =>
    council.name.includes(',') ? `"${council.name}"` : council.name,
  );
  const parts = [`${MADE_UP_TIDY_HEADER}\n`];
  let size = parts[0]?.length ?? 0;
  for (let fy = firstYear; fy <= lastYear && size < limit; fy++) {
    const label = fyLabel(fy);
    for (const period of [`${label} Q1`, `${label} Q2`, `${label} Q3`, `${label} Q4`, label]) {
      if (size >= limit) break;
      for (const indicator of indicators) {
        for (const [c, council] of councils.entries()) {
          const roll = next();
          let value: string;
          let counts = ',';
          if (roll < 0.02) value = 'c';
          else if (roll < 0.03) value = 'x';
          else if (roll < blankBelow) value = '';
          else if (indicator.percent) {
            const denominator = 20 + Math.floor(next() * 400);
            const numerator = Math.floor(next() * denominator);
            value = ((numerator / denominator) * 100).toFixed(1);
            counts = `${String(numerator)},${String(denominator)}`;
          } else value = (next() * 90).toFixed(1);
          const note = roll > 0.995 ? NOTE : '';
          const line = `${indicator.id},${period},${council.code},${names[c] ?? ''},${value},${counts},${note}\n`;
          parts.push(line);
          size += line.length;
        }
      }
    }
  }
  return new TextEncoder().encode(parts.join(''));
}
