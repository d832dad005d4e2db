/**
 * Reads data files off the page's main thread: decoding, parsing and validating run here, and
 * the results go back as compact typed arrays (transferred, not copied), so the page never
 * freezes while a file is read. Two jobs: the hosted scorecard's files, and an analyst's files
 * on the Data page. For those the worker also reads the files' bytes itself (the page sends
 * File handles), reports progress at most every 100 ms, compares the files with a snapshot of
 * the loaded figures the page sends while it reads (so the page only turns the few changes into
 * rows), and keeps what it read so that, on Apply, it can save the import in IndexedDB itself
 * (copying a large import into IndexedDB on the page would be one long task). The page cancels
 * by ending the worker. A reader started ahead of time first reads a small made-up file (see
 * WarmMessage), so its code is compiled before the analyst's file arrives.
 */
import { comparePreview, compactPreviewBuffers } from '../domain/change-preview';
import type { FigureSnapshot } from '../domain/figure-snapshot';
import { readFiles, type FileOutcome } from '../domain/read-files';
import { withoutBlue } from '../domain/scorecard-data';
import { importScorecardFiles } from '../domain/scorecard-import';
import type { IndicatorDefinition } from '../domain/types';
import { saveImportIn } from '../data/workspace-store';
import {
  copyColumns,
  transferablesOf,
  transferablesOfFiles,
  type FilesRequest,
  type SaveMessage,
  type WarmMessage,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';

function reply(message: WorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

const PROGRESS_EVERY_MS = 100;

let receiveSnapshot: (snapshot: FigureSnapshot) => void = () => undefined;
const snapshot = new Promise<FigureSnapshot>((resolve) => {
  receiveSnapshot = resolve;
});
/** What this worker read, kept for SaveMessage. */
let kept: readonly FileOutcome[] | null = null;

async function readBatch(request: FilesRequest): Promise<void> {
  const files = await Promise.all(
    request.files.map(async ([name, blob]) => ({
      name,
      bytes: new Uint8Array(await blob.arrayBuffer()),
    })),
  );
  let last = 0;
  const areas = new Map(request.areas.map((area) => [area.code, area]));
  const indicators = new Map(request.indicators.map((definition) => [definition.id, definition]));
  const outcomes = readFiles({
    files,
    mappings: new Map(request.mappings),
    remembered: new Map(request.remembered),
    areas,
    indicators,
    taken: new Set(request.taken),
    now: new Date(request.now),
    onProgress: (done, total, file) => {
      const time = performance.now();
      if (time - last < PROGRESS_EVERY_MS && done < total) return;
      last = time;
      reply({ id: request.id, kind: 'progress', done, total, file });
    },
  });
  const read = outcomes.flatMap((o) => (o.kind === 'read' ? [o.data] : []));
  const preview =
    request.compare && read.length === outcomes.length
      ? comparePreview(
          await snapshot,
          { areas, indicators, neighbours: request.neighbours },
          read,
          request.blue ? (d: IndicatorDefinition) => d : withoutBlue,
        )
      : null;
  // Keep the columns read here for saving, and send the page copies of them.
  const sent = request.keep
    ? outcomes.map((o) =>
        o.kind === 'read'
          ? { ...o, data: { ...o.data, observations: copyColumns(o.data.observations) } }
          : o,
      )
    : outcomes;
  if (request.keep) kept = outcomes;
  reply({ id: request.id, kind: 'files', files: sent, preview }, [
    ...transferablesOfFiles(sent),
    ...(preview ? compactPreviewBuffers(preview) : []),
  ]);
}

async function save(message: SaveMessage): Promise<void> {
  const outcomes = kept;
  if (!outcomes) throw new Error('This reader kept no files to save.');
  const files = message.files.map((index) => {
    const outcome = outcomes[index];
    if (outcome?.kind !== 'read') throw new Error('A file to save was not read.');
    return outcome.data;
  });
  await saveImportIn(message.database, { ...message.applied, files });
  reply({ id: message.id, kind: 'saved' });
}

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

function warmUp(request: WarmMessage): void {
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

const failed = (id: number, error: unknown) => {
  reply({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
};

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'warm') {
    try {
      warmUp(request);
    } catch {
      // Warming up only saves time later: any problem shows when a real file is read.
    }
    return;
  }
  if (request.kind === 'snapshot') {
    receiveSnapshot(request.snapshot);
    return;
  }
  if (request.kind === 'files') {
    readBatch(request).catch((error: unknown) => {
      failed(request.id, error);
    });
    return;
  }
  if (request.kind === 'save') {
    save(request).catch((error: unknown) => {
      failed(request.id, error);
    });
    return;
  }
  try {
    const files = new Map(request.files.map(([path, buffer]) => [path, new Uint8Array(buffer)]));
    const { imported, version } = importScorecardFiles(
      request.config,
      files,
      new Date(request.now),
    );
    reply({ id: request.id, kind: 'scorecard', imported, version }, transferablesOf(imported));
  } catch (error) {
    failed(request.id, error);
  }
});
