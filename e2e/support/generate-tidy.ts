/**
 * A deterministic tidy CSV of about `megabytes` MB for large-import tests and benchmarks: every
 * council in public/data/areas.csv x the 25 indicators x whole periods (quarters and years from
 * 1925-26 on), with counts, suppressed and missing values and quoted notes. Up to about 90 MB
 * nothing clashes with the default data; a larger file reaches the hosted years (2015-16 on),
 * where its figures differ from the loaded ones and need a keep/replace decision before Apply
 * (the 100 MB file has 31,778 such figures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA = join(import.meta.dirname, '..', '..', 'public', 'data');

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstCells = (file: string) =>
  readFileSync(join(DATA, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '');

export function generateTidy(megabytes: number): Uint8Array {
  const councils = firstCells('areas.csv')
    .map((line) => line.split(','))
    .filter((cells) => cells[3] === 'la' && cells[6] === 'yes')
    .map((cells) => ({ code: cells[0] ?? '', name: cells[2] ?? '' }));
  const indicators = firstCells('definitions.csv').map((line) => ({
    id: line.split(',')[0] ?? '',
    percent: /,percent,/.test(line),
  }));
  const next = random(20240925);
  const parts = ['indicator,period,area_code,area_name,value,numerator,denominator,note\n'];
  let size = parts[0]?.length ?? 0;
  const limit = megabytes * 1024 * 1024;
  for (let fy = 1925; size < limit; fy++) {
    const label = `${String(fy)}-${String((fy + 1) % 100).padStart(2, '0')}`;
    for (const period of [`${label} Q1`, `${label} Q2`, `${label} Q3`, `${label} Q4`, label]) {
      if (size >= limit) break;
      for (const indicator of indicators) {
        for (const council of councils) {
          const roll = next();
          let value: string;
          let numerator = '';
          let denominator = '';
          if (roll < 0.02) value = 'c';
          else if (roll < 0.03) value = 'x';
          else if (indicator.percent) {
            const d = 20 + Math.floor(next() * 400);
            const n = Math.floor(next() * d);
            value = ((n / d) * 100).toFixed(1);
            numerator = String(n);
            denominator = String(d);
          } else value = (next() * 90).toFixed(1);
          const note = roll > 0.995 ? '"Provisional, ""to be confirmed"""' : '';
          const name = council.name.includes(',') ? `"${council.name}"` : council.name;
          const line = `${indicator.id},${period},${council.code},${name},${value},${numerator},${denominator},${note}\n`;
          parts.push(line);
          size += line.length;
        }
      }
    }
  }
  return new TextEncoder().encode(parts.join(''));
}
