/**
 * Reading a batch of an analyst's files (the Data page; runs in a worker): each file's layout is
 * found from its first lines, the area register and definitions are read first so the figure
 * files of the same batch are checked against them, a remembered column mapping is used for a
 * file nobody else can read, and each file's figures get a source name no other file uses. A
 * file in a layout nobody has mapped yet is not read in full: its header row comes back for the
 * mapping step.
 */
import { uniqueSourceKey, type ImportedFileData } from './applied-import';
import { eesFileShape, needsEesGuidance, type EesFileShape } from './ees-guided';
import { contentHash } from '../model';
import { headerSignature, importFile, type ColumnMapping, type ImportResult } from './index';
import type { Area, FileReport, IndicatorDefinition } from '../model';
import { columnSamples, type ColumnSample } from './column-samples';
import { groupIssues } from './error-groups';
import { TIDY_OPTIONAL, TIDY_REQUIRED } from './layout-tidy';
import { normaliseHeader } from './vocabulary';

/**
 * Whether a file read in the app's own tidy layout without a mapping lost most of its lines
 * (more rejected than loaded) for a reason that says its columns only look tidy: it has columns
 * the tidy layout does not read (such as `measure`), or one identical error (the same column,
 * value and message, such as "Persons" is not a unit) rejects at least half its lines. Such a
 * file is most likely a council's long export, so the mapping step is offered beside its report.
 * A tidy file with many different bad values is not: its report says what to fix.
 */
export function mostlyRejected(report: FileReport, headers: readonly string[]): boolean {
  if (report.layout !== 'tidy' || report.rejected === 0 || report.rejected <= report.loaded)
    return false;
  const tidy = new Set<string>([...TIDY_REQUIRED, ...TIDY_OPTIONAL]);
  if (headers.some((h) => h.trim() !== '' && !tidy.has(normaliseHeader(h)))) return true;
  const largest = Math.max(0, ...groupIssues(report.errors).map((g) => g.count));
  return largest * 2 >= report.rejected;
}

export type FileOutcome =
  | { readonly kind: 'read'; readonly data: ImportedFileData; readonly remembered: boolean }
  | {
      readonly kind: 'unmapped';
      readonly fileName: string;
      readonly size: number;
      readonly headers: readonly string[];
      readonly signature: string;
      readonly report: FileReport;
      /** For a DfE EES file the catalogue cannot read: its indicator and filter columns. */
      readonly ees?: EesFileShape;
      /**
       * Why the mapping step is offered: the layout is not recognised, or the file looks tidy
       * but most of its lines were rejected (a council's long export, mostlyRejected).
       */
      readonly why: 'unknown' | 'mostly-rejected';
      /** Each column's distinct values (column-samples.ts), to choose from in the mapping step. */
      readonly samples: ReadonlyMap<string, ColumnSample>;
    };

export interface ReadFilesInput {
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
  /** Mappings the analyst chose, by file name. */
  readonly mappings: ReadonlyMap<string, ColumnMapping>;
  /** Mappings remembered from earlier files, by header signature. */
  readonly remembered: ReadonlyMap<string, ColumnMapping>;
  readonly areas: ReadonlyMap<string, Area>;
  readonly indicators: ReadonlyMap<string, IndicatorDefinition>;
  /** Source names in use already. */
  readonly taken: ReadonlySet<string>;
  readonly now: Date;
  /** Bytes read so far across the batch, of `total`, and the file being read. */
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

const SNIFF_BYTES = 64 * 1024;

const hasColumns = (headers: readonly string[]) => headers.some((h) => h.trim() !== '');
/** A file only a column mapping can read: an unknown layout, or an EES file not catalogued. */
const needsMapping = (result: ImportResult) =>
  result.report.layout === 'unknown' ||
  (result.report.layout === 'ees' && needsEesGuidance(result.headers));
const FIRST: Readonly<Record<string, number>> = { areas: 0, definitions: 1, neighbours: 2 };

/** The start of a file, cut at a line break, for finding its layout quickly. */
function head(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SNIFF_BYTES) return bytes;
  const cut = bytes.lastIndexOf(10, SNIFF_BYTES);
  return bytes.subarray(0, cut > 0 ? cut + 1 : SNIFF_BYTES);
}

/**
 * A hash of the file for the dataset's version: every byte of files up to 8 MB; for larger ones
 * the length, the first and last megabyte and 4 KB of every megabyte between (a full pass over
 * 100 MB would cost the analyst a noticeable wait, and each import has its own number anyway).
 */
function fileHash(bytes: Uint8Array, mapping: ColumnMapping | null): string {
  const MB = 1024 * 1024;
  const parts: Uint8Array[] = [new TextEncoder().encode(JSON.stringify([bytes.length, mapping]))];
  if (bytes.length <= 8 * MB) parts.push(bytes);
  else {
    parts.push(bytes.subarray(0, MB), bytes.subarray(bytes.length - MB));
    for (let at = MB; at < bytes.length - MB; at += MB) parts.push(bytes.subarray(at, at + 4096));
  }
  return contentHash(parts);
}

/** What finding a file's layout and mapping needs. */
type SniffInput = Pick<ReadFilesInput, 'mappings' | 'remembered' | 'areas' | 'indicators' | 'now'>;

/** A file's layout from its first lines (`bytes`), and the column mapping it would be read with. */
function sniff(bytes: Uint8Array, name: string, input: SniffInput) {
  const result = importFile(head(bytes), name, {
    now: input.now,
    areas: input.areas,
    indicators: input.indicators,
  });
  const signature = headerSignature(result.headers);
  const chosen = input.mappings.get(name);
  // A tidy-looking file can have a remembered mapping too: the analyst mapped it after most of
  // its lines were rejected (mostlyRejected).
  const remembered =
    needsMapping(result) || result.report.layout === 'tidy'
      ? input.remembered.get(signature)
      : undefined;
  const mapping = chosen ?? remembered ?? null;
  return { result, signature, chosen, remembered, mapping };
}

/** Each file's layout from its first lines, and the column mapping it would be read with. */
function sniffFiles(input: ReadFilesInput) {
  return input.files.map((file, index) => ({
    file,
    index,
    ...sniff(file.bytes, file.name, input),
  }));
}

export function readFiles(input: ReadFilesInput): FileOutcome[] {
  const total = input.files.reduce((sum, file) => sum + file.bytes.length, 0);
  let before = 0;
  let areas = input.areas;
  let indicators = input.indicators;
  const order = sniffFiles(input).sort(
    (a, b) =>
      (FIRST[a.result.report.layout] ?? 3) - (FIRST[b.result.report.layout] ?? 3) ||
      a.index - b.index,
  );
  const taken = new Set(input.taken);
  const outcomes = new Map<number, FileOutcome>();
  for (const { file, index, result: sniff, signature, chosen, remembered, mapping } of order) {
    // An empty file has no columns to map: its report ("The file is empty") is shown as it is.
    if (needsMapping(sniff) && mapping === null && hasColumns(sniff.headers)) {
      outcomes.set(index, {
        kind: 'unmapped',
        fileName: file.name,
        size: file.bytes.length,
        headers: sniff.headers,
        signature,
        report: sniff.report,
        ...(sniff.report.layout === 'ees' ? { ees: eesFileShape(file.bytes) } : {}),
        why: 'unknown',
        samples: columnSamples(file.bytes, sniff.headers),
      });
      before += file.bytes.length;
      input.onProgress?.(before, total, file.name);
      continue;
    }
    const result = importFile(file.bytes, file.name, {
      now: input.now,
      areas,
      indicators,
      ...(mapping === null ? {} : { mapping }),
      onProgress: ({ bytes }) =>
        input.onProgress?.(before + Math.min(bytes, file.bytes.length), total, file.name),
    });
    before += file.bytes.length;
    const unknown = result.report.layout === 'unknown' && hasColumns(result.headers);
    if (unknown || (mapping === null && mostlyRejected(result.report, result.headers))) {
      outcomes.set(index, {
        kind: 'unmapped',
        fileName: file.name,
        size: file.bytes.length,
        headers: result.headers,
        signature: headerSignature(result.headers),
        report: result.report,
        why: unknown ? 'unknown' : 'mostly-rejected',
        samples: columnSamples(file.bytes, result.headers),
      });
      continue;
    }
    if (result.areas.length > 0) {
      const next = new Map(areas);
      for (const area of result.areas) next.set(area.code, area);
      areas = next;
    }
    if (result.definitions.length > 0) {
      const next = new Map(indicators);
      for (const definition of result.definitions) next.set(definition.id, definition);
      indicators = next;
    }
    const sourceKey = uniqueSourceKey(file.name, taken);
    taken.add(sourceKey);
    outcomes.set(index, {
      kind: 'read',
      remembered: chosen === undefined && remembered !== undefined,
      data: {
        fileName: file.name,
        sourceKey,
        size: file.bytes.length,
        report: result.report,
        observations: { ...result.observations, file: sourceKey },
        definitions: result.definitions,
        areas: result.areas,
        neighbours: result.neighbours,
        mapping,
        headers: result.headers,
        hash: fileHash(file.bytes, mapping),
      },
    });
  }
  return input.files.map((_, index) => {
    const outcome = outcomes.get(index);
    if (!outcome) throw new Error('a file was not read');
    return outcome;
  });
}
