/** The committed default dataset (public/data), assembled as the app assembles it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../src/domain/model';
import type { AssembledScorecard } from '../../src/domain/import';
import { assembleScorecard } from '../../src/domain/import';

export const DATA_DIR = join(import.meta.dirname, '..', '..', 'public', 'data');
/** Tests run on a fixed day so "the latest complete quarter" never moves under them. */
export const TODAY = new Date(2026, 10, 22);

let cached: AssembledScorecard | undefined;

export function defaultData(): AssembledScorecard {
  if (cached) return cached;
  const { config, problems } = parseConfig(
    JSON.parse(readFileSync(join(DATA_DIR, 'config.json'), 'utf8')),
  );
  if (!config) throw new Error(problems.join('\n'));
  const files = new Map(
    config.files.map((file) => [
      file.path,
      new Uint8Array(readFileSync(join(DATA_DIR, file.path))),
    ]),
  );
  cached = assembleScorecard(config, files, TODAY);
  return cached;
}
