/** Loads the committed public/data into the app in jsdom: files from disk, import on the page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadDependencies } from '../../src/hooks/load-scorecard';
import { importScorecardFiles } from '../../src/domain/import';
import { DATA_DIR, TODAY } from './default-data';

export const diskLoader = (): LoadDependencies => ({
  fetchBytes: (path) => {
    try {
      return Promise.resolve(
        new Uint8Array(readFileSync(join(DATA_DIR, path.replace(/^data\//, '')))),
      );
    } catch {
      return Promise.resolve(null);
    }
  },
  importFiles: (config, files, now) => Promise.resolve(importScorecardFiles(config, files, now)),
  now: TODAY,
});
