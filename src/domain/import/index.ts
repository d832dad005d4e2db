/**
 * The import engine: pure functions from a file's bytes to typed observations, definitions,
 * areas or neighbour lists, plus a complete report. No fs, no DOM: the UI, a Web Worker, the
 * data build and the command-line check all call importFile.
 *
 * Pipeline: refuse non-text files by their first bytes; decode piece by piece (strict UTF-8,
 * UTF-16 with a BOM; bytes that are not UTF-8 are read again as Windows-1252, with a warning),
 * so a large file is never held as one string; normalise line endings; detect the delimiter;
 * parse each piece with papaparse's Parser (arrays of strings, never typed); find the header by
 * its names within the first 20 lines and so the layout; skip title rows, blank, total and
 * footnote lines with counted reasons; hand every other line to the layout's reader; settle
 * periods, duplicates and conflicts across the whole file; write the report.
 */
import {
  controlWarning,
  emptyTally,
  withoutControlCharacters,
  type ControlTally,
} from './control-characters';
import { ObservationColumnsBuilder } from '../model';
import type { Layout, QuarterBasis, ReportIssue } from '../model';
import {
  DOUBLE_ENCODED,
  NotUtf8Error,
  openText,
  openWindows1252,
  refusalReason,
  undoDoubleEncoding,
  type TextPiece,
  type TextStream,
} from './bytes';
import type { ImportContext, ImportResult } from './context';
import { detectDelimiter, normaliseNewlines, readRecords, textLineAt, type Delimiter } from './csv';
import {
  hashCells,
  HEADER_SEARCH_LINES,
  layoutOfHeader,
  missingMappedColumns,
  unknownLayoutMessage,
} from './detect';
import type { FileInfo, LayoutOutput, LayoutReader } from './layout';
import { areasReader, dfeLookupKind, dfeLookupReader } from './layout-areas';
import { definitionsReader, isLaitDictionary, laitDictionaryReader } from './layout-definitions';
import { eesReader } from './layout-ees';
import { laitReader } from './layout-lait';
import { neighboursReader } from './layout-neighbours';
import { tidyReader } from './layout-tidy';
import { isLongMapping, longMappingReader } from './long-mapping';
import { wideReader } from './layout-wide';
import type { ValueOptions } from './numbers';
import { ReportBuilder } from './report';
import { AreaIndex, IndicatorIndex } from './resolve';
import { Staging } from './staging';
import { isReservedName, normaliseHeader } from './vocabulary';

export type {
  ColumnMapping,
  ImportContext,
  ImportResult,
  MeasureChoice,
  MeasureUse,
  SuppliedComparator,
} from './context';
export { headerSignature, missingMappedColumns } from './detect';
export { formatIssue, formatReport, reportToJson, valueRecords } from './report';
export {
  formatIssueGroup,
  groupIssues,
  groupWhere,
  runsText,
  type IssueGroup,
} from './error-groups';
export {
  nameSimilarity,
  nameTokens,
  suggestIndicator,
  SUGGEST_FROM,
  type NameSuggestion,
} from './name-match';
export type { ReportJson, ValueRecord } from './report';
export {
  madeUpTidyCsv,
  seededRandom,
  MADE_UP_TIDY_HEADER,
  type MadeUpCouncil,
  type MadeUpIndicator,
  type MadeUpTidyOptions,
} from './made-up-tidy';
export { areasFromDfeLookups } from './dfe-lookups';

/** Total rows ("Total", "Grand total", "Sub-total") and footnote or source rows. */
const TOTAL_ROW = /^(grand\s+)?totals?:?$|^sub-?\s?totals?:?$/i;
const FOOTNOTE_ROW = /^(?:(?:sources?|notes?|footnotes?|data source)(?:\s*:|\s|$)|[*†‡])/i;

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

function firstFilled(cells: readonly string[]): string {
  for (const cell of cells) {
    const t = cell.trim();
    if (t !== '') return t;
  }
  return '';
}

function emptyResult(
  report: ImportResult['report'],
  file: string,
  headers: readonly string[] = [],
): ImportResult {
  return {
    report,
    observations: new ObservationColumnsBuilder(file, 16).build(),
    definitions: [],
    areas: [],
    neighbours: null,
    suppliedComparators: [],
    headers,
  };
}

/** The warning for a file in a layout the scorecard reads that gave nothing at all. */
function nothingLoaded(report: ImportResult['report'], dataLines: number): ReportIssue {
  const reasons = [...report.skippedReasons]
    .filter(
      ([reason]) => reason !== 'header' && reason !== 'blank line' && !reason.startsWith('title'),
    )
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${n.toLocaleString('en-GB')} ${reason}`);
  return {
    line: 0,
    column: '',
    value: '',
    message: `Nothing in this file was loaded: of its ${dataLines.toLocaleString('en-GB')} data ${dataLines === 1 ? 'line' : 'lines'}, ${report.rejected.toLocaleString('en-GB')} ${report.rejected === 1 ? 'was' : 'were'} rejected${reasons.length > 0 ? ` and the others skipped (${reasons.join('; ')})` : ''}. The scorecard gets no figures from it: check that it is the file you meant, and that its filters select figures the scorecard uses.`,
  };
}

/** The title rows' own words about what `2024 Q3` means. */
function quarterBasisFrom(texts: readonly string[]): QuarterBasis | null {
  const all = texts.join(' ').toLowerCase();
  const financial = /financial[ -]year|financial quarters?/.test(all);
  const calendar = /calendar[ -]year|calendar quarters?/.test(all);
  if (financial && !calendar) return 'financial';
  if (calendar && !financial) return 'calendar';
  return null;
}

/** A spreadsheet's name for a column: 1 → A, 27 → AA. */
function columnLetter(position: number): string {
  let n = position;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The first two columns of a header with the same name (normalised), or null. */
function repeatedColumn(headers: readonly string[]): readonly [number, number] | null {
  const seen = new Map<string, number>();
  for (let i = 0; i < headers.length; i++) {
    const name = normaliseHeader(headers[i] ?? '');
    if (name === '') continue;
    const first = seen.get(name);
    if (first !== undefined) return [first, i];
    seen.set(name, i);
  }
  return null;
}

/** A skipped row's text for a notice, shortened. */
function rowText(cells: readonly string[]): string {
  const text = cells
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .join(' ');
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** The start of the message that refuses a file whose quoting is broken. */
const BROKEN_QUOTING = "The file's quoting is broken";

const ONE_VALUE = 'This row was not loaded.';
const SEVERAL_VALUES = 'This value was not loaded.';

function readerFor(
  layout: Layout | 'unknown',
  info: FileInfo,
  staging: (notLoaded: string) => Staging,
  context: ImportContext,
): LayoutReader | null {
  switch (layout) {
    case 'tidy':
      return tidyReader(info, staging(ONE_VALUE));
    case 'mapped':
      if (!context.mapping) return null;
      return isLongMapping(context.mapping)
        ? longMappingReader(info, staging(ONE_VALUE), context.mapping)
        : tidyReader(info, staging(ONE_VALUE), context.mapping);
    case 'wide-scorecard':
      return wideReader(info, staging(SEVERAL_VALUES));
    case 'ees':
      return eesReader(info, staging(SEVERAL_VALUES));
    case 'lait-long':
      return laitReader(info, staging(ONE_VALUE));
    case 'definitions':
      return isLaitDictionary(info.header) ? laitDictionaryReader(info) : definitionsReader(info);
    case 'neighbours':
      return neighboursReader(info);
    case 'areas':
      return dfeLookupKind(info.header) === null ? areasReader(info) : dfeLookupReader(info);
    // Commentary is read by readCommentaryCsv (layout-commentary.ts), not as figures.
    case 'commentary':
    case 'unknown':
      return null;
  }
}

/**
 * Imports one file. Never throws for anything in the file: every problem is in the report.
 * `fileName` is used in messages and to read a statistical-neighbour model year. See
 * docs/data-formats.md for the layouts and the rules.
 */
export function importFile(
  bytes: Uint8Array,
  fileName: string,
  context: ImportContext,
): ImportResult {
  const refused = refusalReason(bytes);
  if (refused !== null) {
    const report = new ReportBuilder(fileName);
    report.error(0, '', '', refused);
    return emptyResult(report.finish(0, 'refused', 'binary'), fileName);
  }
  try {
    return importText(bytes, openText(bytes), fileName, context);
  } catch (error) {
    // Not UTF-8 after all: read the whole file again as Windows-1252.
    if (error instanceof NotUtf8Error)
      return importText(bytes, openWindows1252(bytes), fileName, context);
    throw error;
  }
}

type ReadOutcome = ReturnType<typeof readRecords>;

/** Everything one reading of a file knows, handed from step to step of importText. */
interface ImportRun {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly context: ImportContext;
  readonly report: ReportBuilder;
  readonly controls: ControlTally;
  readonly decoded: TextStream;
  readonly delimiter: Delimiter;
  readonly valueOptions: ValueOptions;
  readonly areas: AreaIndex;
  readonly indicators: IndicatorIndex;
  /** The first lines, held until the header is found (decideLayout). */
  readonly buffered: (readonly string[])[];
  readonly progress: {
    decided: boolean;
    cancelled: boolean;
    processed: number;
    firstRead: number;
    firstRecords: number;
  };
  /** Lines where papaparse found a quote problem. */
  readonly quoteLines: Set<number>;
  /** Set once the header is found (decideLayout). */
  layout: Layout | 'unknown';
  reader: LayoutReader | null;
  headerLine: number;
  headers: readonly string[];
  notReadReason: string;
  /** Non-blank lines below the header. */
  dataLines: number;
  checkEncoding: boolean;
}

/** importFile once the bytes are known to be text in `decoded`'s encoding. */
function importText(
  bytes: Uint8Array,
  raw: TextStream,
  fileName: string,
  context: ImportContext,
): ImportResult {
  const report = new ReportBuilder(fileName);
  if (raw.refused !== null) {
    report.error(0, '', '', raw.refused);
    return emptyResult(report.finish(0, 'refused', raw.encoding), fileName);
  }
  const controls = emptyTally();
  const decoded = withoutControlCharacters(raw, controls);
  for (const warning of decoded.warnings) report.warn(0, '', '', warning);
  // The text is decoded piece by piece as it is parsed; the first piece decides the delimiter.
  const pieces = decoded.pieces();
  const firstPiece = pieces.next();
  const delimiter = detectDelimiter(
    normaliseNewlines(firstPiece.done ? '' : firstPiece.value.text),
  );
  function* allPieces(): Generator<TextPiece> {
    if (!firstPiece.done) yield firstPiece.value;
    yield* pieces;
  }
  const run: ImportRun = {
    bytes,
    fileName,
    context,
    report,
    controls,
    decoded,
    delimiter,
    valueOptions: { decimalComma: delimiter === ';', dashIsMissing: false },
    areas: new AreaIndex(context.areas),
    indicators: new IndicatorIndex(context.indicators),
    buffered: [],
    progress: { decided: false, cancelled: false, processed: 0, firstRead: 0, firstRecords: 0 },
    quoteLines: new Set<number>(),
    layout: 'unknown',
    reader: null,
    headerLine: 0,
    headers: [],
    notReadReason: 'not read: the layout of the file was not recognised',
    dataLines: 0,
    checkEncoding: false,
  };
  const outcome = readAllRecords(run, allPieces());
  if (run.progress.cancelled || outcome.stopped) return cancelledResult(run);
  if (outcome.quoteProblems.length > 0) return brokenQuotingResult(run, outcome);
  return finishedResult(run, outcome);
}

/** Reads every record, holding the first lines until the header is found, then line by line. */
function readAllRecords(run: ImportRun, pieces: Iterable<TextPiece>): ReadOutcome {
  const { buffered, progress, context } = run;
  const outcome = readRecords(pieces, run.delimiter, (records, firstLine, problems, chunk) => {
    for (const problem of problems) run.quoteLines.add(problem.line);
    if (chunk.doubleEncoded) run.checkEncoding = true;
    if (progress.firstRecords === 0) {
      progress.firstRead = chunk.read;
      progress.firstRecords = chunk.records;
    }
    for (let k = 0; k < records.length; k++) {
      const cells = records[k] ?? [];
      const line = firstLine + k;
      progress.processed = line;
      if (!progress.decided) {
        buffered.push(cells);
        if (buffered.length >= HEADER_SEARCH_LINES) {
          decideLayout(run);
          buffered.forEach((c, i) => {
            handleLine(run, c, i + 1);
          });
          buffered.length = 0;
        }
        continue;
      }
      handleLine(run, cells, line);
    }
    context.onProgress?.({ bytes: chunk.read, lines: chunk.records });
    if (context.isCancelled?.()) {
      progress.cancelled = true;
      return false;
    }
    return true;
  });
  if (!progress.decided) {
    decideLayout(run);
    buffered.forEach((c, i) => {
      handleLine(run, c, i + 1);
    });
  }
  return outcome;
}

/** Finds the header among the first lines, and with it the layout and its reader. */
function decideLayout(run: ImportRun): void {
  run.progress.decided = true;
  const mappedMissing = findHeader(run);
  if (run.headerLine === 0) {
    reportNoHeader(run, mappedMissing);
    return;
  }
  run.headers = run.buffered[run.headerLine - 1] ?? [];
  if (!headerIsReadable(run)) return;
  const titleRows = titleRowsOf(run);
  run.reader = readerFor(
    run.layout,
    fileInfo(run, titleRows),
    (notLoaded) => staging(run, notLoaded, titleRows),
    run.context,
  );
  if (run.reader === null)
    run.notReadReason = 'not read: the file could not be read (see the errors)';
}

/**
 * Sets the header line and layout from the first line that is a header (or has every mapped
 * column); returns the fewest mapped columns any line missed (null without a mapping).
 */
function findHeader(run: ImportRun): string[] | null {
  const { buffered, context } = run;
  const limit = Math.min(buffered.length, HEADER_SEARCH_LINES);
  let mappedMissing: string[] | null = null;
  for (let i = 0; i < limit; i++) {
    const cells = buffered[i] ?? [];
    if (isBlank(cells)) continue;
    if (context.mapping && !context.mapping.ees) {
      const missing = missingMappedColumns(cells, context.mapping);
      if (missing.length === 0) {
        run.layout = 'mapped';
        run.headerLine = i + 1;
        break;
      }
      if (mappedMissing === null || missing.length < mappedMissing.length) mappedMissing = missing;
    }
    const detected = layoutOfHeader(cells);
    if (detected !== null) {
      run.layout = detected;
      run.headerLine = i + 1;
      break;
    }
  }
  return mappedMissing;
}

/** No header was found: the likeliest one is kept for the mapping screen, and the file is refused. */
function reportNoHeader(run: ImportRun, mappedMissing: string[] | null): void {
  const { buffered, context, report } = run;
  const limit = Math.min(buffered.length, HEADER_SEARCH_LINES);
  // The likeliest header for the mapping screen: the first line with most filled cells.
  let best = -1;
  let bestFilled = 0;
  for (let i = 0; i < limit; i++) {
    const filled = (buffered[i] ?? []).filter((c) => c.trim() !== '').length;
    if (filled > bestFilled) {
      best = i;
      bestFilled = filled;
    }
  }
  run.headers = best >= 0 ? (buffered[best] ?? []) : [];
  if (context.mapping && mappedMissing !== null && mappedMissing.length > 0) {
    report.error(
      0,
      '',
      '',
      `The column mapping names ${mappedMissing.map((m) => `"${m}"`).join(', ')}, which ${mappedMissing.length === 1 ? 'is' : 'are'} not in this file's header.`,
    );
  }
  if (buffered.some((cells) => !isBlank(cells)))
    report.error(0, '', '', unknownLayoutMessage(run.headers));
  else {
    report.error(0, '', '', 'The file is empty: it has no header row and no data.');
    run.notReadReason = 'blank line';
  }
}

/** False (with the error reported) when the header has a reserved or a repeated column name. */
function headerIsReadable(run: ImportRun): boolean {
  const { context, report, headers, headerLine, layout } = run;
  if (context.mapping && layout !== 'mapped' && !(context.mapping.ees && layout === 'ees')) {
    report.warn(
      0,
      '',
      '',
      `The file is in a layout the scorecard reads (${layout}), so the column mapping was not used.`,
    );
  }
  const reserved = headers.find((h) => isReservedName(h));
  if (reserved !== undefined) {
    report.error(
      headerLine,
      reserved.trim(),
      reserved.trim(),
      `The header has a column named "${reserved.trim()}", a name the scorecard does not accept (it reaches into JavaScript's object machinery and is used in attacks). Rename the column.`,
    );
    run.notReadReason = 'not read: the header has a reserved column name';
    return false;
  }
  // Statistical-neighbour files repeat SNP by design; wide files report repeated periods.
  const repeated =
    layout === 'neighbours' || layout === 'wide-scorecard' ? null : repeatedColumn(headers);
  if (repeated !== null) {
    const [a, b] = repeated;
    const name = (headers[b] ?? '').trim();
    report.error(
      headerLine,
      name,
      name,
      `The header has two columns named "${name}": column ${columnLetter(a + 1)} ("${(headers[a] ?? '').trim()}") and column ${columnLetter(b + 1)} ("${name}"), so it is not clear which to read. Rename or remove one of them. Nothing in the file was loaded.`,
    );
    run.notReadReason = 'not read: the header names a column twice';
    return false;
  }
  return true;
}

/** The title rows above the header, each as one line of text. */
function titleRowsOf(run: ImportRun): string[] {
  return run.buffered
    .slice(0, run.headerLine - 1)
    .filter((cells) => !isBlank(cells))
    .map((cells) =>
      cells
        .map((c) => c.trim())
        .filter((c) => c !== '')
        .join(' '),
    );
}

/** What a layout's reader is told about the file. */
function fileInfo(run: ImportRun, titleRows: readonly string[]): FileInfo {
  const { valueOptions, layout } = run;
  return {
    file: run.fileName,
    report: run.report,
    context: run.context,
    header: run.headers,
    headerLine: run.headerLine,
    titleRows,
    delimiter: run.delimiter,
    valueOptions: layout === 'lait-long' ? { ...valueOptions, dashIsMissing: true } : valueOptions,
    areas: run.areas,
    indicators: run.indicators,
  };
}

/** A reader's staging area, told what "not loaded" means for its layout. */
function staging(run: ImportRun, notLoaded: string, titleRows: readonly string[]): Staging {
  const { progress } = run;
  const stage = new Staging({
    file: run.fileName,
    report: run.report,
    now: run.context.now,
    quarterBasis: quarterBasisFrom([...titleRows, run.headers.join(' ')]),
    notLoaded,
    lineHashes: (lines) => lineHashes(run, lines),
  });
  // One value a line: make room for the lines the file probably has, judged from the
  // length of the lines read so far, rather than doubling the columns again and again.
  if (notLoaded === ONE_VALUE && progress.firstRead > 0) {
    stage.reserve((run.bytes.length / progress.firstRead) * progress.firstRecords * 1.02);
  }
  return stage;
}

/**
 * Hashes of some lines' cells, from a second reading of the file up to the last of them: only
 * files that repeat a value need them (see StagingOptions.lineHashes).
 */
function lineHashes(run: ImportRun, lines: ReadonlySet<number>): Map<number, number> {
  const hashes = new Map<number, number>();
  let last = 0;
  for (const line of lines) last = Math.max(last, line);
  readRecords(run.decoded.pieces(), run.delimiter, (records, firstLine) => {
    for (let k = 0; k < records.length; k++) {
      if (lines.has(firstLine + k)) hashes.set(firstLine + k, hashCells(records[k] ?? []));
    }
    return firstLine + records.length <= last;
  });
  return hashes;
}

/** One line of the file: skipped with its reason, rejected, or handed to the layout's reader. */
function handleLine(run: ImportRun, cells: readonly string[], line: number): void {
  const { report, headerLine } = run;
  if (line < headerLine) {
    if (isBlank(cells)) report.skip(line, 'blank line');
    else {
      report.skip(line, 'title row above the header');
      report.notice(line, `Title row above the header, skipped: "${rowText(cells)}".`);
    }
    return;
  }
  if (line === headerLine) {
    report.skip(line, 'header');
    return;
  }
  if (isBlank(cells)) {
    report.skip(line, 'blank line');
    return;
  }
  run.dataLines++;
  const reader = run.reader;
  if (reader === null) {
    report.skip(line, run.notReadReason);
    return;
  }
  if (skippedAsTotalOrFootnote(report, cells, line)) return;
  if (rejectedAsMisaligned(run, cells, line)) return;
  if (run.checkEncoding) warnDoubleEncoding(run, cells, line);
  reader.row(cells, line);
}

/** Skips (with a notice) a total or footnote row. */
function skippedAsTotalOrFootnote(
  report: ReportBuilder,
  cells: readonly string[],
  line: number,
): boolean {
  const first = cells[0] ?? '';
  const lead = first === '' || first.charCodeAt(0) <= 32 ? firstFilled(cells) : first;
  const c = lead.charCodeAt(0) | 0x20;
  // Only text starting with t, g, s, n, f, d or a symbol can be a total or footnote row.
  if (
    c === 0x74 ||
    c === 0x67 ||
    c === 0x73 ||
    c === 0x6e ||
    c === 0x66 ||
    c === 0x64 ||
    c < 0x41
  ) {
    if (TOTAL_ROW.test(lead)) {
      report.skip(line, 'total row');
      report.notice(line, `Total row, skipped: "${rowText(cells)}".`);
      return true;
    }
    if (FOOTNOTE_ROW.test(first.trim())) {
      report.skip(line, 'footnote or source row');
      report.notice(line, `Footnote or source row, skipped: "${rowText(cells)}".`);
      return true;
    }
  }
  return false;
}

/** Rejects a line whose quoting is broken or whose cells do not line up with the header. */
function rejectedAsMisaligned(run: ImportRun, cells: readonly string[], line: number): boolean {
  const { report, quoteLines, headers, delimiter } = run;
  if (quoteLines.size > 0 && quoteLines.has(line)) {
    report.error(
      line,
      '',
      '',
      'A cell on this line starts with a quote mark (") that is not closed properly, so the cells that follow cannot be told apart (the rest of the file may have been read as one cell). Put quotes only around whole cells, and write a quote inside a cell as two quotes (""). This line was not loaded.',
    );
    return true;
  }
  if (cells.length > headers.length) {
    for (let i = headers.length; i < cells.length; i++) {
      if ((cells[i] ?? '').trim() !== '') {
        report.error(
          line,
          '',
          '',
          `This line has ${cells.length} cells but the header has ${headers.length}, so its columns do not line up: a cell probably contains a ${delimiter === '\t' ? 'tab' : delimiter === ';' ? 'semicolon' : 'comma'} without quotes around it. Put quotes around text that contains one. This line was not loaded.`,
        );
        return true;
      }
    }
  }
  return false;
}

/** Warns (once per text, counting lines) about cells that look converted to UTF-8 twice. */
function warnDoubleEncoding(run: ImportRun, cells: readonly string[], line: number): void {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? '';
    const match = DOUBLE_ENCODED.exec(cell);
    if (match) {
      const fixed = undoDoubleEncoding(match[0]);
      const column = (run.headers[i] ?? '').trim();
      run.report.aggregate(
        `double-encoded|${match[0]}`,
        line,
        column,
        match[0],
        (count, firstLine) =>
          `"${match[0]}" looks like text that was converted to UTF-8 twice${fixed === undefined ? '' : ` (it was probably "${fixed}")`}, on ${count === 1 ? `line ${firstLine}` : `${count} lines (first on line ${firstLine})`}. Open the original file and save it again as CSV UTF-8.`,
      );
    }
  }
}

/** The result of an import that was cancelled: every line read is skipped, nothing loaded. */
function cancelledResult(run: ImportRun): ImportResult {
  const { progress, fileName } = run;
  const stopped = new ReportBuilder(fileName);
  for (let line = 1; line <= progress.processed; line++)
    stopped.skip(line, 'not loaded: the import was cancelled');
  stopped.error(
    0,
    '',
    '',
    `The import was cancelled after ${progress.processed} lines; nothing was loaded.`,
  );
  return emptyResult(
    stopped.finish(progress.processed, run.layout, run.decoded.encoding),
    fileName,
    run.headers,
  );
}

/** A broken quote runs cells (and lines) into each other: nothing in the file can be trusted. */
function brokenQuotingResult(run: ImportRun, outcome: ReadOutcome): ImportResult {
  const problem = outcome.quoteProblems.reduce((a, b) => (b.line < a.line ? b : a));
  const textLine = textLineAt(run.decoded.pieces(), problem.offset);
  const refused = new ReportBuilder(run.fileName);
  for (let line = 1; line <= outcome.records; line++)
    refused.skip(line, "not loaded: the file's quoting is broken");
  refused.error(
    problem.line,
    '',
    '',
    `${BROKEN_QUOTING}: a cell on line ${problem.line}${textLine === problem.line ? '' : ` (line ${textLine} in a text editor)`} starts with a quote mark (") that is not closed properly, so the cells and lines after it run into each other. The whole file was refused: nothing in it was loaded. Put quotes only around whole cells, write a quote inside a cell as two quotes (""), and bring the file in again.`,
  );
  return {
    ...emptyResult(
      refused.finish(outcome.records, run.layout, run.decoded.encoding),
      run.fileName,
      run.headers,
    ),
  };
}

/** The reader's output and the finished report, with the file-wide warnings. */
function finishedResult(run: ImportRun, outcome: ReadOutcome): ImportResult {
  const { report, reader, dataLines, context } = run;
  const output: LayoutOutput = reader === null ? {} : reader.finish();
  if (reader !== null && dataLines === 0) {
    report.error(
      0,
      '',
      '',
      'The file has a header row but no data rows, so there is nothing to load.',
    );
  }
  const controlNotice = controlWarning(run.controls);
  if (controlNotice !== null) report.warn(0, '', '', controlNotice);
  const finished = report.finish(outcome.records, run.layout, run.decoded.encoding);
  const result =
    finished.loaded === 0 && dataLines > 0 && reader !== null
      ? { ...finished, warnings: [nothingLoaded(finished, dataLines), ...finished.warnings] }
      : finished;
  // A last report once everything is settled (the moment the most is held in memory).
  context.onProgress?.({ bytes: run.bytes.length, lines: outcome.records });
  return {
    report: result,
    observations: output.observations ?? new ObservationColumnsBuilder(run.fileName, 16).build(),
    definitions: output.definitions ?? [],
    areas: output.areas ?? [],
    neighbours: output.neighbours ?? null,
    suppliedComparators: output.suppliedComparators ?? [],
    headers: [...run.headers],
  };
}
export * from './added-definition';
export * from './applied-import';
export * from './bytes';
export * from './column-samples';
export * from './control-characters';
export * from './csv';
export * from './ees-mappings';
export * from './hosted-faults';
export * from './lait-mapping';
export * from './long-mapping';
export * from './layout';
export * from './layout-areas';
export * from './layout-commentary';
export * from './layout-definitions';
export * from './layout-ees';
export * from './ees-guided';
export * from './layout-lait';
export * from './layout-neighbours';
export * from './layout-tidy';
export * from './layout-wide';
export * from './numbers';
export * from './read-files';
export * from './report-csv';
export * from './resolve';
export * from './scorecard-data';
export * from './scorecard-import';
export * from './staging';
export * from './vocabulary';
