/**
 * The second reader of a large file (see domain/import/split.ts): the Data page's reader starts
 * it, warms it up, and hands it the second half of a file to read while it reads the first
 * (HalfRequest), or, for a batch of one large file, the file itself to start on at once
 * (EarlyHalfRequest: it reads the file's start and middle, guesses the cut, says so, and reads
 * from the cut). It answers with the result, its typed arrays transferred. It ends when the
 * reader does.
 */
import { importFile } from '../domain/import';
import { splitMiddle } from '../domain/import';
import { guessHalves, HEAD_BYTES } from '../domain/import';
import type { EarlyHalfRequest, HalfRequest, HalfResponse, WarmMessage } from './protocol';
import { transferablesOfColumns } from './protocol';
import { warmUp } from './warm-up';

/** How far from the middle to look for the line break to cut at. */
const MIDDLE_BYTES = 64 * 1024;

function reply(message: HalfResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

/** What reading a half needs besides its bytes. */
type Half = Omit<HalfRequest, 'kind' | 'bytes'>;

function read(request: Half, bytes: Uint8Array): void {
  const result = importFile(bytes, request.name, {
    now: new Date(request.now),
    areas: new Map(request.areas.map((area) => [area.code, area])),
    indicators: new Map(request.indicators.map((definition) => [definition.id, definition])),
    ...(request.mapping === null ? {} : { mapping: request.mapping }),
  });
  reply({ id: request.id, kind: 'half', result }, transferablesOfColumns(result.observations));
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

async function readEarly(request: EarlyHalfRequest): Promise<void> {
  const { file } = request;
  const middle = splitMiddle(file.size);
  const [head, fromMiddle] = await Promise.all([
    bytesOf(file.slice(0, HEAD_BYTES)),
    bytesOf(file.slice(middle, middle + MIDDLE_BYTES)),
  ]);
  const guess = guessHalves(
    {
      mappings: new Map(request.mappings),
      remembered: new Map(request.remembered),
      areas: new Map(request.areas.map((area) => [area.code, area])),
      indicators: new Map(request.indicators.map((definition) => [definition.id, definition])),
      now: new Date(request.now),
    },
    request.name,
    file.size,
    head,
    fromMiddle,
  );
  reply({ id: request.id, kind: 'guess', guess });
  if (!guess) return;
  const { headerEnd, cut } = guess.plan;
  // The second half as planSplit's secondHalf makes it: the header line, then from the cut.
  const bytes = await bytesOf(new Blob([file.slice(0, headerEnd), file.slice(cut)]));
  read({ ...request, mapping: guess.mapping }, bytes);
}

const failed = (id: number, error: unknown) => {
  reply({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
};

self.addEventListener(
  'message',
  (event: MessageEvent<HalfRequest | EarlyHalfRequest | WarmMessage>) => {
    const request = event.data;
    if (request.kind === 'warm') {
      try {
        warmUp(request);
      } catch {
        // Warming up only saves time later.
      }
      return;
    }
    if (request.kind === 'early') {
      readEarly(request).catch((error: unknown) => {
        failed(request.id, error);
      });
      return;
    }
    try {
      read(request, new Uint8Array(request.bytes));
    } catch (error) {
      failed(request.id, error);
    }
  },
);
