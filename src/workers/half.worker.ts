/**
 * The second reader of a large file (see domain/import/split.ts): the Data page's reader starts
 * it, warms it up, and hands it the second half of a file to read while it reads the first.
 * It answers with the result, its typed arrays transferred. It ends when the reader does.
 */
import { importFile } from '../domain/import/index';
import type { HalfRequest, HalfResponse, WarmMessage } from './protocol';
import { transferablesOfColumns } from './protocol';
import { warmUp } from './warm-up';

function reply(message: HalfResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

self.addEventListener('message', (event: MessageEvent<HalfRequest | WarmMessage>) => {
  const request = event.data;
  if (request.kind === 'warm') {
    try {
      warmUp(request);
    } catch {
      // Warming up only saves time later.
    }
    return;
  }
  try {
    const result = importFile(new Uint8Array(request.bytes), request.name, {
      now: new Date(request.now),
      areas: new Map(request.areas.map((area) => [area.code, area])),
      indicators: new Map(request.indicators.map((definition) => [definition.id, definition])),
      ...(request.mapping === null ? {} : { mapping: request.mapping }),
    });
    reply({ id: request.id, kind: 'half', result }, transferablesOfColumns(result.observations));
  } catch (error) {
    reply({
      id: request.id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
