/** Shared set-up for the workspace tests: files read into ImportedFileData like the worker does. */
import type { ImportedFileData } from '../../src/domain/import';
import { importFile, type ImportContext } from '../../src/domain/import';
import { contentHash } from '../../src/domain/model';

const encoder = new TextEncoder();

export function fileData(
  fileName: string,
  text: string | Uint8Array,
  context: ImportContext,
  sourceKey = fileName,
): ImportedFileData {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  const result = importFile(bytes, sourceKey, context);
  return {
    fileName,
    sourceKey,
    size: bytes.length,
    report: result.report,
    observations: result.observations,
    definitions: result.definitions,
    areas: result.areas,
    neighbours: result.neighbours,
    mapping: context.mapping ?? null,
    headers: result.headers,
    hash: contentHash([bytes]),
  };
}
