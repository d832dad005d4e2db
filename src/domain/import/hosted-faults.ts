/**
 * What is wrong with the files the hosted site reads, said so that a committee member can quote
 * it: which file, what went wrong in plain words, and which figures are missing because of it
 * ("The neighbour file neighbours-2025.csv could not be read: line 812 is cut short. Neighbour
 * comparisons may be incomplete."). Every view shows these, and so does print.
 */
import type { DataFile, FigureGaps, SnModel } from '../model';
import { echo } from '../model';
import type { ImportResult } from './index';
import type { FileReport, Layout } from '../model';

export interface HostedFault {
  /** The file's path in the data folder, as config.json names it. */
  readonly file: string;
  readonly role: DataFile['role'];
  /** True when nothing at all was read from the file (its figures are all missing). */
  readonly unread: boolean;
  /** The whole notice in plain English: file, problem, what is missing. */
  readonly message: string;
}

/** What the page knows of a file's bytes, beyond what the importer reports. */
export interface FetchedFile {
  /** Whether the file ends with a line break (files the app writes always do). */
  readonly endsWithLineBreak: boolean;
  /** True when the host did not send the file in the time allowed (so it was not read). */
  readonly late?: boolean;
}

const ROLE_NAMES: Readonly<Record<DataFile['role'], string>> = {
  definitions: 'The indicator definitions file',
  areas: 'The area register',
  neighbours: 'The statistical neighbours file',
  published: 'The published figures file',
  local: 'The local figures file',
};

const EXPECTED_LAYOUTS: Readonly<Record<DataFile['role'], readonly Layout[]>> = {
  definitions: ['definitions'],
  areas: ['areas'],
  neighbours: ['neighbours'],
  published: ['tidy', 'wide-scorecard', 'ees', 'lait-long', 'mapped'],
  local: ['tidy', 'wide-scorecard', 'ees', 'lait-long', 'mapped'],
};

function consequence(file: DataFile, unread: boolean): string {
  const all = unread ? 'are missing' : 'may be incomplete';
  switch (file.role) {
    case 'definitions':
      return unread
        ? 'No indicators can be shown.'
        : 'Indicators whose definitions could not be read are missing.';
    case 'areas':
      return `Council, region and England names and comparisons ${all}.`;
    case 'neighbours':
      return `Statistical neighbour comparisons (${file.model ?? 'any'} model) ${all}.`;
    case 'published':
      return `Published figures from this file ${all}.`;
    case 'local':
      return `Local figures${file.area === null ? '' : ` for ${file.area}`} from this file ${all}.`;
  }
}

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

/** The problem with a file that was read, in plain words, or null when it read cleanly. */
function problemOf(
  file: DataFile,
  report: FileReport,
  result: ImportResult,
  fetched: FetchedFile | undefined,
): { problem: string; unread: boolean } | null {
  const whole = report.errors.find((issue) => issue.line === 0);
  if (report.lines === 0 && report.layout !== 'refused')
    return { problem: 'the file is empty', unread: true };
  if (whole) {
    if (report.layout === 'unknown') {
      const first = report.errors[0]?.value ?? '';
      const html = /^\s*</.test(first) || /<html|<!doctype/i.test(whole.message);
      return {
        problem: html
          ? 'the web host sent a web page (probably an error page) instead of the file'
          : 'its header row does not have the columns the scorecard reads',
        unread: true,
      };
    }
    return { problem: echo(whole.message.replace(/\.$/, ''), 300), unread: true };
  }
  if (report.layout === 'unknown' || report.layout === 'refused')
    return { problem: 'its layout was not recognised', unread: true };
  if (!EXPECTED_LAYOUTS[file.role].includes(report.layout))
    return {
      problem: `it holds the wrong kind of data (its header row is that of a ${report.layout} file)`,
      unread: true,
    };
  const nothing =
    result.observations.length === 0 &&
    result.definitions.length === 0 &&
    result.areas.length === 0 &&
    (result.neighbours?.size ?? 0) === 0;
  const cutShort = fetched !== undefined && !fetched.endsWithLineBreak && report.lines > 0;
  const parts: string[] = [];
  if (cutShort)
    parts.push(
      `line ${report.lines.toLocaleString('en-GB')} is cut short (the file ends part-way through it)`,
    );
  const errors = report.errors.length;
  if (errors > 0) {
    const first = report.errors[0];
    const where = first
      ? ` (the first: line ${first.line.toLocaleString('en-GB')}, ${echo(first.message.replace(/\.$/, ''), 200)})`
      : '';
    parts.push(`${plural(report.rejected, 'line')} could not be read${where}`);
  }
  if (parts.length === 0)
    return nothing && report.loaded === 0 ? { problem: 'it holds no data', unread: true } : null;
  return { problem: parts.join('; '), unread: nothing };
}

/**
 * One fault per configured file that is missing, unreadable, cut short, of the wrong kind or
 * has lines that could not be read; files that read cleanly give none. `imported` has one entry
 * per configured file (a null result: the host did not send it); `fetched` (by path) says what
 * the page saw of each file's bytes.
 */
export function hostedFaults(
  imported: readonly { readonly file: DataFile; readonly result: ImportResult | null }[],
  fetched: ReadonlyMap<string, FetchedFile> = new Map(),
): HostedFault[] {
  const faults: HostedFault[] = [];
  for (const { file, result } of imported) {
    const name = `${ROLE_NAMES[file.role]} ${file.path}`;
    if (!result) {
      faults.push({
        file: file.path,
        role: file.role,
        unread: true,
        message: fetched.get(file.path)?.late
          ? `${name} did not arrive from the web host in the time allowed, so it was not read. ${consequence(file, true)}`
          : `${name} could not be read from the web host (it is missing, or the host refused it). ${consequence(file, true)}`,
      });
      continue;
    }
    const found = problemOf(file, result.report, result, fetched.get(file.path));
    if (!found) continue;
    faults.push({
      file: file.path,
      role: file.role,
      unread: found.unread,
      message: `${name} could not be read${found.unread ? '' : ' in full'}: ${found.problem}. ${consequence(file, found.unread)}`,
    });
  }
  return faults;
}

/** "neighbour figures missing: the file x.csv could not be read" (or "may be incomplete … in full"). */
function gapWords(what: string, faults: readonly HostedFault[]): string | null {
  if (faults.length === 0) return null;
  const unread = faults.some((fault) => fault.unread);
  const files = faults.map((fault) => fault.file);
  const named =
    files.length === 1
      ? `the file ${files[0] ?? ''}`
      : `the files ${files.slice(0, -1).join(', ')} and ${files[files.length - 1] ?? ''}`;
  return unread
    ? `${what} missing: ${named} could not be read`
    : `${what} may be incomplete: ${named} could not be read in full`;
}

/**
 * Which figures for one council and neighbour model depend on a file in `faults`: neighbour
 * figures on the neighbour file of that model and on the published figures (the neighbours'
 * own figures are published ones); England and region on the published figures; the council's
 * own on the published figures and its local files. `files` is the configuration's list.
 */
export function figureGaps(
  faults: readonly HostedFault[],
  files: readonly DataFile[],
  areaCode: string,
  model: SnModel,
): FigureGaps {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const published = faults.filter((fault) => fault.role === 'published');
  const neighbourFile = faults.filter(
    (fault) => fault.role === 'neighbours' && (byPath.get(fault.file)?.model ?? model) === model,
  );
  const local = faults.filter(
    (fault) => fault.role === 'local' && (byPath.get(fault.file)?.area ?? areaCode) === areaCode,
  );
  return {
    neighbours: gapWords('neighbour figures', [...neighbourFile, ...published]),
    comparators: gapWords('England and region figures', published),
    own:
      [gapWords('published figures', published), gapWords('local figures', local)]
        .filter((words) => words !== null)
        .join('; ') || null,
    local: gapWords('local figures', local),
    localFiles: local.map((fault) => fault.file),
  };
}
