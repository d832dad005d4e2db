/**
 * The Data page's steps, one at a time: choose files; read them in a worker (with progress and
 * Cancel); map the columns of files in a layout nobody has mapped; compare with the working data
 * (in short slices); review each file's report and every change, choosing keep or replace for
 * each figure that would change; apply. Nothing changes until Apply; Cancel at any step leaves
 * the data as it was. Each outcome is announced in a polite live region, without moving focus.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { AppliedImport, Decision, ImportedFileData } from '../domain/import';
import {
  areaFieldChanges,
  configuredCouncilProblems,
  gateApply,
  givesAnything,
  neighbourListChanges,
  type LoadedMeta,
} from '../domain/workspace';
import { expandPreview, previewChanges, type ChangePreview } from '../domain/workspace';
import { newDefinitionFields, snapshotFigures } from '../domain/workspace';
import { formatCount, formatDate } from '../domain/model';
import { readableNumber } from '../domain/model';
import type { ColumnMapping } from '../domain/import';
import { eesMappingView } from './ees-mapping-view';
import { groupIssues, headerSignature, leftOutNames, runsText } from '../domain/import';
import { mappingFileView, rememberedMappingView } from './mapping-views';
import type { FileOutcome } from '../domain/import';
import type { AssembledScorecard } from '../domain/import';
import type { FileReport, IndicatorDefinition, Observation } from '../domain/model';
import type {
  ApplySafetyView,
  ChangeRowView,
  FileReportView,
  ImportHistoryView,
  PreviewView,
  RememberedMappingView,
} from './data-page-models';
import {
  CancelledError,
  dropSpareReader,
  readFilesInWorker,
  warmReader,
  type ReadJob,
} from './import-client';
import { plainError } from './plain-error';
import { runSliced } from './sliced';
import type { Workspace } from './useWorkspace';
import { dataPageReducer, initialDataPageState, type Step } from './data-page-state';

export type { Step } from './data-page-state';

/**
 * Files larger than this are not read: the browser would run short of memory. Sizes are stated
 * in decimal units throughout (1 MB = 1,000,000 bytes, 1 KB = 1,000 bytes), the same units the
 * limit is counted in.
 */
export const MAX_FILE_BYTES = 150 * 1000 * 1000;

const LAYOUT_NAMES: Readonly<Record<FileReport['layout'], string>> = {
  tidy: 'Tidy (one row per indicator, period and area)',
  'wide-scorecard': 'Wide scorecard (one row per indicator, one column per period)',
  ees: 'DfE Explore Education Statistics open data',
  'lait-long': 'DfE LAIT long format',
  definitions: 'Indicator definitions and targets',
  neighbours: 'DfE statistical neighbours',
  areas: 'Area register',
  mapped: 'Columns chosen by hand',
  commentary: 'Commentary (headline, text and actions)',
  unknown: 'Not recognised',
  refused: 'Not a CSV file',
};

export const MAPPING_ROLES = [
  { key: 'indicator', label: 'Indicator', required: true },
  { key: 'period', label: 'Period', required: true },
  { key: 'area', label: 'Area (council code or name)', required: true },
  { key: 'value', label: 'Value', required: true },
  { key: 'areaName', label: 'Area name', required: false },
  { key: 'target', label: 'Target', required: false },
  { key: 'numerator', label: 'Numerator', required: false },
  { key: 'denominator', label: 'Denominator', required: false },
  { key: 'unit', label: 'Unit', required: false },
  { key: 'measure', label: 'Measure (what figure a row holds)', required: false },
] as const;
export type MappingRole = (typeof MAPPING_ROLES)[number]['key'];

const MB = 1000 * 1000;
const size = (bytes: number) =>
  bytes >= MB
    ? `${Number((bytes / MB).toFixed(1)).toLocaleString('en-GB')} MB`
    : `${Math.max(1, Math.round(bytes / 1000))} KB`;
const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
const idFor = (name: string, index: number) =>
  `file-${String(index)}-${name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}`;

function valueText(observation: Observation): string {
  const value = observation.value;
  if (value.kind === 'number')
    return `${readableNumber(value.value)}${value.lowReliability ? ' (low reliability)' : ''}`;
  const words = {
    c: 'c (suppressed)',
    x: 'x (not available)',
    z: 'z (not applicable)',
    low: 'low (rounds to zero)',
    blank: 'blank',
  };
  return words[value.state];
}

export function reportView(
  report: FileReport,
  index: number,
  bytes: number,
  note: string | null = null,
): FileReportView {
  const id = idFor(report.file, index);
  // Repeated identical errors and warnings are one row each: "2–97 (96 lines)".
  const issues = [
    ...groupIssues(report.errors).map((group) => ({ group, kind: 'Error' as const })),
    ...groupIssues(report.warnings).map((group) => ({ group, kind: 'Warning' as const })),
    ...(report.notices ?? []).map((issue) => ({
      group: { issue, count: 1, runs: [[issue.line, issue.line] as const] },
      kind: 'Notice' as const,
    })),
  ].map(({ group, kind }, n) => ({
    id: `${id}-issue-${String(n + 1)}`,
    kind,
    line:
      group.issue.line === 0
        ? 'whole file'
        : group.count === 1
          ? String(group.issue.line)
          : `${runsText(group.runs)} (${formatCount(group.count)} lines)`,
    column: group.issue.column,
    value: group.issue.value,
    message: group.issue.message,
  }));
  return {
    id,
    fileName: report.file,
    layout: LAYOUT_NAMES[report.layout],
    encoding: report.encoding,
    size: size(bytes),
    lines: report.lines,
    loaded: report.loaded,
    rejected: report.rejected,
    skipped: report.skipped,
    skippedReasons: [...report.skippedReasons]
      .map(([reason, n]) => `${formatCount(n)} ${reason}`)
      .join(', '),
    errorCount: report.errors.length,
    warningCount: report.warnings.length,
    issues,
    note,
  };
}

/** Rows between yields when wording the changes. */
const ROWS_SLICE = 128;

/**
 * Every change as a row to show, worded once (a large import can change tens of thousands of
 * figures, too many to word again on each render): yields every few thousand rows. Decisions
 * are laid over the rows when the page renders.
 */
function* changeRows(
  preview: ChangePreview,
  data: AssembledScorecard,
): Generator<number, ChangeRowView[]> {
  const { indicators, areas } = data.dataset;
  const rows: ChangeRowView[] = [];
  for (const [i, change] of preview.changes.entries()) {
    if (i % ROWS_SLICE === ROWS_SLICE - 1) yield i;
    rows.push(changeRow(change, indicators, areas));
  }
  return rows;
}

function changeRow(
  change: ChangePreview['changes'][number],
  indicators: AssembledScorecard['dataset']['indicators'],
  areas: AssembledScorecard['dataset']['areas'],
): ChangeRowView {
  return {
    key: change.key,
    indicator: indicators.get(change.incoming.indicator)?.shortTitle ?? change.incoming.indicator,
    area: areas.get(change.incoming.area)?.name ?? change.incoming.area,
    period: change.incoming.period,
    current: valueText(change.current),
    currentSource: `${change.current.source.file}, line ${String(change.current.source.line)}`,
    incoming: valueText(change.incoming),
    incomingSource: `${change.incoming.source.file}, line ${String(change.incoming.source.line)}`,
    decision: null,
  };
}

/**
 * What the page says next time it opens when the analyst left it in the middle of an import
 * (the import is cancelled then: nothing was changed). Kept for this tab only, in memory.
 */
let leftMidImport: string | null = null;

/** Indicators the files give figures for that have no definition (and so appear on no view). */
function unshownIndicators(
  files: readonly ImportedFileData[],
  loaded: ReadonlyMap<string, unknown>,
): string[] {
  // Definitions brought in with the figures count too.
  const definitions = new Set([
    ...loaded.keys(),
    ...files.flatMap((f) => f.definitions.map((d) => d.id)),
  ]);
  const out = new Set<string>();
  for (const file of files) {
    if (file.observations.length === 0) continue;
    for (const id of file.observations.indicatorNames) if (!definitions.has(id)) out.add(id);
  }
  return [...out].sort();
}

export interface DataPageModel {
  readonly step: Step;
  /** "The import of q3.csv was cancelled when you left the Data page…", once. */
  readonly cancelledOnLeaving: string | null;
  /** The latest outcome, for the live region. */
  readonly announcement: string;
  /** Problems before reading (files too large) or with reading, in plain English. */
  readonly problems: readonly string[];
  readonly reports: readonly FileReportView[];
  readonly preview: PreviewView | null;
  readonly applyProblem: string | null;
  readonly history: readonly ImportHistoryView[];
  readonly choose: (files: readonly File[]) => void;
  readonly cancel: () => void;
  readonly mapAndRead: (mappings: ReadonlyMap<string, ColumnMapping>) => void;
  readonly decide: (key: string, decision: Decision) => void;
  readonly decideAll: (decision: Decision) => void;
  /** Offers the mapping step again for a file read with a remembered mapping. */
  readonly remap: (fileName: string) => void;
  /** The column mappings remembered in this browser, and forgetting one. */
  readonly remembered: readonly RememberedMappingView[];
  readonly forgetMapping: (signature: string) => void;
  readonly apply: () => void;
  /** Clean-lines choices, register changes and what blocks Apply (null before the review). */
  readonly safety: ApplySafetyView | null;
  readonly chooseCleanLines: (fileName: string, chosen: boolean) => void;
  readonly confirmRegister: (confirmed: boolean) => void;
  readonly confirmDefinitions: (confirmed: boolean) => void;
  /** The reports as read (for the CSV download). */
  readonly rawReports: readonly FileReport[];
}

/** The problems with files too large to read, one sentence each. */
function tooBigProblems(files: readonly File[]): string[] {
  return files
    .filter((file) => file.size > MAX_FILE_BYTES)
    .map(
      (file) =>
        `${file.name} is ${size(file.size)}: the scorecard reads files of up to ${size(MAX_FILE_BYTES)} (${MAX_FILE_BYTES.toLocaleString('en-GB')} bytes) in the browser. Split it into smaller files (for example one per year) and bring them in together.`,
    );
}

/** The label of a reading's progress bar; a second reading (after mapping) says so. */
function readingLabel(chosen: readonly File[], mappings: ReadonlyMap<string, unknown>): string {
  return `${chosen.length === 1 ? `Reading ${chosen[0]?.name ?? ''}` : `Reading ${String(chosen.length)} files`}${mappings.size > 0 ? ' with the columns you chose' : ''}`;
}

/**
 * The mapping step for files in a layout nobody has mapped, files that looked tidy but whose
 * lines were mostly rejected (with their report), and a remembered mapping being changed.
 */
function mappingStep(
  outcomes: readonly FileOutcome[],
  unmapped: readonly Extract<FileOutcome, { kind: 'unmapped' }>[],
  indicators: ReadonlyMap<string, IndicatorDefinition>,
  changing: ReadonlyMap<string, ColumnMapping>,
): Step {
  const definitions = [...indicators.values()];
  return {
    kind: 'mapping',
    files: unmapped.map((o) => ({
      ...mappingFileView(
        o,
        indicators,
        o.why === 'mostly-rejected' ? reportView(o.report, outcomes.indexOf(o), o.size) : null,
        changing.get(o.signature),
      ),
      ...(o.ees ? { ees: eesMappingView(o.ees, definitions) } : {}),
    })),
  };
}

/** What the live region says when the mapping step opens. */
function mappingAnnouncement(unmapped: readonly Extract<FileOutcome, { kind: 'unmapped' }>[]) {
  return unmapped
    .map((o) =>
      o.why === 'mostly-rejected'
        ? `${o.fileName} looks like the scorecard's own layout, but ${plural(o.report.rejected, 'line')} of it were rejected. Choose the columns instead: nothing has changed.`
        : `${o.fileName}: the layout was not recognised. Choose which columns hold the indicator, period, area and value.`,
    )
    .join(' ');
}

/** What the live region says when the review opens. */
function reviewAnnouncement(read: readonly ImportedFileData[], compared: ChangePreview): string {
  const loaded = read.reduce((n, f) => n + f.report.loaded, 0);
  const rejected = read.reduce((n, f) => n + f.report.rejected, 0);
  const conflicts = compared.changes.length + compared.definitionChanges.length;
  return `Read ${plural(read.length, 'file')}: ${plural(loaded, 'line')} loaded, ${plural(rejected, 'line')} rejected. ${plural(compared.newValues, 'new figure')}, ${plural(conflicts, 'change')} to review. Nothing has changed yet: review and press Apply.`;
}

/** What the live region says once an import is applied. */
function appliedAnnouncement(
  chosen: readonly ImportedFileData[],
  preview: ChangePreview,
  decisions: ReadonlyMap<string, Decision>,
  indicators: ReadonlyMap<string, unknown>,
): string {
  const names = chosen.map((f) => f.fileName).join(', ');
  const unshown = unshownIndicators(chosen, indicators);
  // Figures for an indicator with no definition are kept but shown nowhere: never say otherwise.
  const shown =
    unshown.length === 0
      ? 'The scorecard now shows them.'
      : `Figures for ${unshown.join(', ')} are not shown anywhere: the scorecard has no definition for ${unshown.length === 1 ? 'that indicator' : 'those indicators'}.`;
  return `Applied ${names}: ${plural(preview.newValues, 'new figure')} added, ${plural([...decisions.values()].filter((d) => d === 'replace').length, 'figure')} replaced. ${shown}`;
}

/** Why Apply cannot go ahead yet, or null: figures still waiting for keep or replace. */
function undecidedProblem(
  preview: ChangePreview,
  decisions: ReadonlyMap<string, Decision>,
): string | null {
  const undecided = [...preview.changes, ...preview.definitionChanges].filter(
    (c) => !decisions.has(c.key),
  ).length;
  return undecided > 0
    ? `Choose whether to keep or replace ${plural(undecided, 'figure')} that would change (or use "Keep all" or "Replace all").`
    : null;
}

/**
 * Saving through the worker that read the files (it keeps them in IndexedDB itself, with no
 * copy on this thread), when it can; undefined to let the workspace save them.
 */
function saveInReadingWorker(
  job: ReadJob | null,
  database: string | null,
  outcomes: readonly FileOutcome[],
  chosen: readonly ImportedFileData[],
): ((applied: AppliedImport) => Promise<void>) | undefined {
  const saveInWorker = job?.save ?? null;
  const places = chosen.map((file) =>
    outcomes.findIndex((o) => o.kind === 'read' && o.data === file),
  );
  return saveInWorker && database !== null && places.every((place) => place >= 0)
    ? (applied: AppliedImport) =>
        saveInWorker(
          database,
          {
            id: applied.id,
            appliedAt: applied.appliedAt,
            decisions: applied.decisions,
            hostedVersion: applied.hostedVersion,
          },
          places,
        )
    : undefined;
}

/** Clean-lines choices, register changes and what blocks Apply, for the review. */
function safetyView(
  readFiles: readonly ImportedFileData[],
  loadedMeta: LoadedMeta,
  cleanLinesOnly: ReadonlySet<string>,
  registerConfirmed: boolean,
  indicators: ReadonlyMap<string, unknown>,
  definitionsConfirmed: boolean,
): ApplySafetyView {
  const giving = readFiles.filter(givesAnything);
  const areaName = (code: string) => {
    const name = loadedMeta.areas.get(code)?.name;
    return name === undefined ? code : `${name} (${code})`;
  };
  return {
    cleanLines: readFiles
      .filter((f) => f.report.errors.length > 0)
      .map((f) => ({
        fileName: f.fileName,
        loaded: f.report.loaded,
        rejected: f.report.rejected,
        errorCount: f.report.errors.length,
        chosen: cleanLinesOnly.has(f.fileName),
      })),
    registerChanges: [
      ...areaFieldChanges(loadedMeta.areas, giving).map((c, n) => ({
        key: `area-${String(n)}`,
        what: c.field === 'new area' ? `${c.name} (${c.code})` : areaName(c.code),
        field: c.field,
        from: c.from,
        to: c.to,
        file: c.file,
      })),
      ...neighbourListChanges(loadedMeta.neighbours, loadedMeta.areas, giving).map((c, n) => ({
        key: `neighbours-${String(n)}`,
        what: `${areaName(c.council)}, ${c.model} model`,
        field: 'statistical neighbours',
        from: c.from,
        to: c.to,
        file: c.file,
      })),
    ],
    registerConfirmed,
    blocked: configuredCouncilProblems(loadedMeta, giving),
    givesAnything: giving.length > 0,
    unshown: unshownIndicators(readFiles, indicators),
    leftOut: readFiles.flatMap((f) =>
      leftOutNames(f.report.skippedReasons).map(([name, lines]) => ({
        file: f.fileName,
        name,
        lines,
      })),
    ),
    newDefinitions: newDefinitionFields(indicators, giving).map((row, n) => ({
      key: `definition-${String(n)}`,
      ...row,
    })),
    definitionsConfirmed,
  };
}

/** Each file's report as shown, with a note when remembered columns were used. */
function reportViews(outcomes: readonly FileOutcome[]): FileReportView[] {
  return outcomes.map((o, index) =>
    o.kind === 'read'
      ? {
          ...reportView(
            o.data.report,
            index,
            o.data.size,
            o.remembered
              ? 'The columns chosen last time for files with these columns were used.'
              : null,
          ),
          canRemap: o.remembered,
        }
      : reportView(o.report, index, o.size),
  );
}

/** The review's summary and rows, with the decisions made so far laid over the rows. */
function previewViewOf(
  preview: ChangePreview,
  changeRowViews: readonly ChangeRowView[],
  decisions: ReadonlyMap<string, Decision>,
  data: AssembledScorecard,
): PreviewView {
  const name = (code: string) => data.dataset.areas.get(code)?.name ?? code;
  const definitionChanges: ChangeRowView[] = preview.definitionChanges.map((change) => ({
    key: change.key,
    indicator: change.id,
    area: '',
    period: '',
    current: change.differences.join('; '),
    currentSource: 'definition loaded now',
    incoming: change.incoming.title,
    incomingSource: change.file,
    decision: decisions.get(change.key) ?? null,
  }));
  // Tens of thousands of rows: lay decisions over them only once there are some.
  const changes =
    decisions.size === 0
      ? changeRowViews
      : changeRowViews.map((row) => {
          const decision = decisions.get(row.key) ?? null;
          return decision === null ? row : { ...row, decision };
        });
  return {
    newValues: preview.newValues,
    unchangedValues: preview.unchangedValues,
    newPeriods: preview.newPeriods,
    newIndicators: preview.newIndicators,
    newCouncils: preview.newCouncils.map(name),
    newDefinitions: preview.newDefinitions,
    definitionChanges,
    areaChanges:
      preview.newAreas.length + preview.changedAreas.length === 0
        ? null
        : `${plural(preview.newAreas.length, 'new area')}, ${plural(preview.changedAreas.length, 'area')} changed in the register`,
    neighbourChanges: preview.neighbourUpdates.map(
      (u) =>
        `${u.model} model: ${plural(u.councils, 'council')} given, ${plural(u.changed, 'list')} different from now`,
    ),
    changes,
    undecided: [...changes, ...definitionChanges].filter((c) => c.decision === null).length,
  };
}

/** The imports applied so far, newest first. */
function historyViews(imports: readonly AppliedImport[]): ImportHistoryView[] {
  return [...imports].reverse().map((applied) => {
    const at = new Date(applied.appliedAt);
    const values = applied.files.reduce((n, f) => n + f.observations.length, 0);
    return {
      id: applied.id,
      files: applied.files.map((f) => f.fileName).join(', '),
      appliedAt: `${formatDate(at)}, ${at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`,
      summary: `${plural(values, 'figure')}${applied.decisions.size > 0 ? `, ${plural([...applied.decisions.values()].filter((d) => d === 'replace').length, 'figure')} replaced` : ''}`,
    };
  });
}

function isCancellation(error: unknown): boolean {
  return (
    error instanceof CancelledError || (error instanceof Error && error.message === 'cancelled')
  );
}

export function useDataPage(workspace: Workspace, now: Date): DataPageModel {
  const [state, dispatch] = useReducer(dataPageReducer, initialDataPageState);
  const { step, files, outcomes, preview, decisions, cleanLinesOnly, registerConfirmed } = state;
  const { definitionsConfirmed } = state;
  const job = useRef<ReadJob | null>(null);
  const generation = useRef(0);
  const [cancelledOnLeaving] = useState(() => {
    const text = leftMidImport;
    leftMidImport = null;
    return text;
  });
  // What an unmount in the middle of an import needs to word its notice.
  const during = useRef({ step: step.kind, files: [] as readonly File[] });
  useEffect(() => {
    during.current = { step: step.kind, files };
  });
  // Closing or reloading the tab mid-import asks first (the browser words the question).
  const busy = step.kind !== 'choose' && step.kind !== 'applying';
  useEffect(() => {
    if (!busy) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => {
      window.removeEventListener('beforeunload', ask);
    };
  }, [busy]);
  // What a reader started ahead of time warms up with (see warmReader).
  const warmWith = () => ({
    areas: workspace.data.dataset.areas,
    indicators: workspace.data.dataset.indicators,
    now,
  });
  const warmContext = useRef(warmWith());
  useEffect(() => {
    warmContext.current = warmWith();
  });

  const reset = useCallback(() => {
    generation.current++;
    job.current?.cancel();
    job.current = null;
    warmReader(warmContext.current);
    dispatch({ type: 'reset' });
  }, []);

  useEffect(() => {
    // A reader waits ready, so a chosen file is read at once.
    warmReader(warmContext.current);
    return () => {
      const { step: at, files: chosen } = during.current;
      // Leaving while applying lets the apply finish (the workspace outlives the page).
      if (at !== 'choose' && at !== 'applying') {
        const names = chosen.map((f) => f.name).join(', ');
        leftMidImport = `The import${names === '' ? '' : ` of ${names}`} was cancelled when you left the Data page. Nothing was changed: bring the files in again to carry on.`;
      }
      job.current?.cancel();
      dropSpareReader();
    };
  }, []);

  const read = useCallback(
    async (
      chosen: readonly File[],
      mappings: ReadonlyMap<string, ColumnMapping>,
      /** A remembered mapping being changed: not used, but offered in the mapping step. */
      changing: ReadonlyMap<string, ColumnMapping> = new Map(),
    ) => {
      const run = ++generation.current;
      const total = chosen.reduce((sum, file) => sum + file.size, 0);
      const label = readingLabel(chosen, mappings);
      dispatch({
        type: 'step',
        step: { kind: 'reading', progress: { label, done: 0, total, text: `0 of ${size(total)}` } },
      });
      dispatch({ type: 'announce', text: `${label}…` });
      try {
        const data = workspace.data;
        job.current?.cancel();
        const reading = readFilesInWorker(
          {
            files: chosen.map((file) => ({ name: file.name, blob: file })),
            mappings,
            remembered: new Map(
              [...workspace.mappings].filter(([signature]) => !changing.has(signature)),
            ),
            areas: data.dataset.areas.values(),
            indicators: data.dataset.indicators.values(),
            neighbours: data.dataset.neighbours,
            blue: data.config.rag.blue,
            taken: new Set([...data.config.files.map((f) => f.path), ...data.sources.keys()]),
            now,
            keep: workspace.database !== null,
          },
          (progress) => {
            if (run !== generation.current) return;
            dispatch({
              type: 'step',
              step: {
                kind: 'reading',
                progress: {
                  label,
                  done: progress.done,
                  total: progress.total,
                  text: `${size(progress.done)} of ${size(progress.total)} (${String(Math.floor((progress.done / Math.max(1, progress.total)) * 100))}%), ${progress.file}`,
                },
              },
            });
          },
        );
        job.current = reading;
        const cancelled = () => run !== generation.current;
        // While the worker reads, take a snapshot of the figures loaded now (in short slices)
        // for it to compare the files with.
        runSliced(snapshotFigures(data.dataset), cancelled)
          .then((snapshot) => {
            reading.compareWith(snapshot);
          })
          .catch(() => undefined);
        const { outcomes: result, preview: compact } = await reading.result;
        if (run !== generation.current) return;
        dispatch({ type: 'read', outcomes: result });
        const unmapped = result.filter((o) => o.kind === 'unmapped');
        if (unmapped.length > 0) {
          dispatch({
            type: 'step',
            step: mappingStep(result, unmapped, data.dataset.indicators, changing),
          });
          dispatch({ type: 'announce', text: mappingAnnouncement(unmapped) });
          return;
        }
        const read = result.flatMap((o) => (o.kind === 'read' ? [o.data] : []));
        const compareTotal = read.reduce((n, f) => n + f.observations.length, 0);
        dispatch({
          type: 'step',
          step: {
            kind: 'comparing',
            progress: {
              label: 'Comparing with the data loaded now',
              done: 0,
              total: compareTotal,
              text: '',
            },
          },
        });
        const compared = await runSliced(
          compact
            ? expandPreview(compact, read, data.dataset)
            : previewChanges(data.dataset, read, workspace.prepare),
          cancelled,
        );
        const rows = await runSliced(changeRows(compared, data), cancelled);
        if (run !== generation.current) return;
        dispatch({ type: 'compared', preview: compared, rows });
        dispatch({ type: 'announce', text: reviewAnnouncement(read, compared) });
      } catch (error) {
        if (run !== generation.current) return;
        job.current = null;
        if (isCancellation(error)) return;
        dispatch({ type: 'readFailed', problem: plainError('The files could not be read', error) });
      }
    },
    [workspace, now],
  );

  const choose = useCallback(
    (chosen: readonly File[]) => {
      const ok = chosen.filter((file) => file.size <= MAX_FILE_BYTES && file.size >= 0);
      const found = tooBigProblems(chosen);
      dispatch({ type: 'problems', problems: found });
      if (ok.length === 0) {
        if (found.length > 0) dispatch({ type: 'announce', text: found.join(' ') });
        return;
      }
      dispatch({ type: 'chosen', files: ok });
      void read(ok, new Map());
    },
    [read],
  );

  const cancel = useCallback(() => {
    job.current?.cancel();
    reset();
    dispatch({ type: 'announce', text: 'Import cancelled. Nothing was changed.' });
  }, [reset]);

  const mapAndRead = useCallback(
    (mappings: ReadonlyMap<string, ColumnMapping>) => {
      for (const [name, mapping] of mappings) {
        const outcome = outcomes.find((o) => o.kind === 'unmapped' && o.fileName === name);
        if (outcome?.kind === 'unmapped') void workspace.saveMapping(outcome.signature, mapping);
      }
      void read(files, mappings);
    },
    [outcomes, files, read, workspace],
  );

  const decide = useCallback((key: string, decision: Decision) => {
    dispatch({ type: 'decide', key, decision });
  }, []);

  /** Offers the mapping step again for a file read with a remembered mapping, starting from it. */
  const remap = useCallback(
    (fileName: string) => {
      const outcome = outcomes.find((o) => o.kind === 'read' && o.data.fileName === fileName);
      if (outcome?.kind !== 'read' || !outcome.remembered) return;
      const signature = headerSignature(outcome.data.headers);
      const mapping = workspace.mappings.get(signature);
      if (!mapping) return;
      void read(files, new Map(), new Map([[signature, mapping]]));
    },
    [outcomes, files, read, workspace],
  );

  const forgetMapping = useCallback(
    (signature: string) => {
      workspace.forgetMapping(signature).then(
        () => {
          dispatch({
            type: 'announce',
            text: 'The remembered columns were forgotten: files with those columns will ask again.',
          });
        },
        (error: unknown) => {
          dispatch({
            type: 'problems',
            problems: [plainError('The remembered columns could not be forgotten', error)],
          });
        },
      );
    },
    [workspace],
  );

  const remembered = useMemo(
    () =>
      [...workspace.mappings].map(([signature, mapping]) =>
        rememberedMappingView(signature, mapping),
      ),
    [workspace.mappings],
  );

  const decideAll = useCallback((decision: Decision) => {
    dispatch({ type: 'decideAll', decision });
  }, []);

  const readFiles = useMemo(
    () => outcomes.flatMap((o) => (o.kind === 'read' ? [o.data] : [])),
    [outcomes],
  );

  const loadedMeta = useMemo<LoadedMeta>(
    () => ({
      areas: workspace.data.dataset.areas,
      neighbours: workspace.data.dataset.neighbours,
      authority: workspace.data.config.authority,
      neighbourModel: workspace.data.config.neighbourModel,
      indicators: workspace.data.dataset.indicators,
    }),
    [workspace.data],
  );

  const safety = useMemo<ApplySafetyView | null>(
    () =>
      step.kind === 'review'
        ? safetyView(
            readFiles,
            loadedMeta,
            cleanLinesOnly,
            registerConfirmed,
            workspace.data.dataset.indicators,
            definitionsConfirmed,
          )
        : null,
    [
      step.kind,
      readFiles,
      loadedMeta,
      cleanLinesOnly,
      registerConfirmed,
      definitionsConfirmed,
      workspace.data,
    ],
  );

  const chooseCleanLines = useCallback((fileName: string, chosen: boolean) => {
    dispatch({ type: 'chooseCleanLines', fileName, chosen });
  }, []);

  const confirmRegister = useCallback((confirmed: boolean) => {
    dispatch({ type: 'confirmRegister', confirmed });
  }, []);

  const confirmDefinitions = useCallback((confirmed: boolean) => {
    dispatch({ type: 'confirmDefinitions', confirmed });
  }, []);

  const apply = useCallback(() => {
    if (!preview) return;
    // A file with errors, an unconfirmed register change or a change that would take the
    // configured council's region or neighbours stops the whole apply: nothing changes.
    const gate = gateApply(loadedMeta, readFiles, {
      cleanLinesOnly,
      registerConfirmed,
      definitionsConfirmed,
    });
    if (!gate.ok) {
      dispatch({ type: 'applyProblem', problem: gate.problems.join(' ') });
      return;
    }
    const undecided = undecidedProblem(preview, decisions);
    if (undecided !== null) {
      dispatch({ type: 'applyProblem', problem: undecided });
      return;
    }
    const chosen = gate.files;
    dispatch({ type: 'step', step: { kind: 'applying' } });
    const save = saveInReadingWorker(job.current, workspace.database, outcomes, chosen);
    workspace
      .apply(chosen, decisions, new Date(), save)
      .then(() => {
        reset();
        dispatch({
          type: 'announce',
          text: appliedAnnouncement(chosen, preview, decisions, workspace.data.dataset.indicators),
        });
      })
      .catch((error: unknown) => {
        dispatch({
          type: 'applyFailed',
          problem: plainError('The import could not be saved', error),
        });
      });
  }, [
    preview,
    decisions,
    readFiles,
    outcomes,
    workspace,
    reset,
    loadedMeta,
    cleanLinesOnly,
    registerConfirmed,
    definitionsConfirmed,
  ]);

  const reports = useMemo(() => reportViews(outcomes), [outcomes]);

  const { changeRowViews } = state;
  const previewView = useMemo<PreviewView | null>(
    () => (preview ? previewViewOf(preview, changeRowViews, decisions, workspace.data) : null),
    [preview, changeRowViews, decisions, workspace.data],
  );

  const history = useMemo(() => historyViews(workspace.imports), [workspace.imports]);

  return {
    step,
    cancelledOnLeaving,
    announcement: state.announcement,
    problems: state.problems,
    reports,
    preview: previewView,
    applyProblem: state.applyProblem,
    history,
    choose,
    cancel,
    mapAndRead,
    remap,
    remembered,
    forgetMapping,
    decide,
    decideAll,
    apply,
    safety,
    chooseCleanLines,
    confirmRegister,
    confirmDefinitions,
    rawReports: outcomes.map((o) => (o.kind === 'read' ? o.data.report : o.report)),
  };
}
