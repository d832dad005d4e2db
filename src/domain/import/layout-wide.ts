/**
 * Wide scorecards, as analysts save them from Excel: one row per indicator, one column per
 * period (`Q1 2024-25`, `Jul-Sep 2024`, `2023-24`…), and optional columns for the ref, title,
 * polarity ("Good is"), target, tolerance, unit, statistical-neighbour average, England, region,
 * commentary and area. Period headings are read once; a heading that is not a period the
 * scorecard can use (ambiguous, unfinished) is one error on the header line and its column is
 * not loaded. Blank cells are "not filled in yet" and are not loaded.
 *
 * The area: an area column if there is one; else a council named in the title rows above the
 * header (with a warning saying so); else `context.defaultArea`; else the file is rejected.
 * Indicators: by ref (id or alias), else exact title; unknown rows are loaded under their ref
 * with a warning, and a minimal definition is returned for them.
 */
import { parsePeriod, periodKey } from '../model';
import { SECTIONS } from '../model';
import type {
  Area,
  IndicatorDefinition,
  ObservedValue,
  Polarity,
  SectionId,
  TargetValue,
  Tolerance,
  Unit,
} from '../model';
import type { SuppliedComparator } from './context';
import { isPeriodHeading, WIDE_REF_NAMES, WIDE_TITLE_NAMES } from './detect';
import { cellAt, readValueCell, type FileInfo, type LayoutReader } from './layout';
import { parseNumberCell } from './numbers';
import { normaliseAreaName } from './resolve';
import type { Staging } from './staging';
import { isReservedName, normaliseHeader, readPolarity, readSection, readUnit } from './vocabulary';

const NOT_LOADED = 'This value was not loaded.';

type ColumnRole =
  | {
      readonly role:
        'ref' | 'title' | 'polarity' | 'target' | 'tolerance' | 'unit' | 'commentary' | 'area';
    }
  | { readonly role: 'period'; readonly code: number }
  | {
      readonly role: 'comparator';
      readonly kind: SuppliedComparator['kind'];
      readonly period: string | null;
    }
  | { readonly role: 'unused' };

const POLARITY_NAMES = new Set([
  'good_is',
  'polarity',
  'good_performance_is',
  'direction',
  'higher_or_lower_is_better',
]);
const COMMENTARY_NAMES = new Set([
  'commentary',
  'comment',
  'comments',
  'notes',
  'note',
  'narrative',
]);
const AREA_NAMES = new Set(['area', 'area_code', 'la', 'la_code', 'local_authority', 'council']);

const SN_HEADING =
  /^\s*(?:stat(?:istical)?\.?\s*neighbou?rs?|sn)(?:\s*(?:average|avg\.?|mean|median))?\b\s*(.*)$/i;
const ENGLAND_HEADING = /^\s*(?:england|national)(?:\s*(?:average|avg\.?|mean))?\b\s*(.*)$/i;
const REGION_HEADING = /^\s*(?:region(?:al)?)(?:\s*(?:average|avg\.?|mean))?\b\s*(.*)$/i;

/** The period a comparator heading names (`SN average 2023-24`, `England (2024-25)`), if any. */
function headingPeriod(rest: string): string | null {
  const text = rest.replace(/^[\s([-]+|[\s)\]]+$/g, '');
  if (text === '') return null;
  const parsed = parsePeriod(text);
  return parsed.ok ? periodKey(parsed.period) : null;
}

function unitFromTitle(title: string): Unit | null {
  const t = title.toLowerCase();
  if (/%|percent|percentage|proportion/.test(t)) return 'percent';
  if (/per 10,?000|per 10k|rate per/.test(t)) return 'rate-per-10k';
  if (/working days/.test(t)) return 'working-days';
  if (/\bdays\b/.test(t)) return 'days';
  if (/\bscore\b/.test(t)) return 'score';
  if (/£|cost|spend/.test(t)) return 'currency';
  if (/\bnumber\b|\bcount\b|caseload|\bcases\b/.test(t)) return 'count';
  return null;
}

const DECIMALS: Readonly<Record<Unit, number>> = {
  percent: 1,
  'rate-per-10k': 1,
  days: 0,
  'working-days': 0,
  count: 0,
  score: 1,
  currency: 0,
};

/** Where the named columns are (-1 when absent); the first of each. */
interface WideColumns {
  readonly ref: number;
  readonly title: number;
  readonly polarity: number;
  readonly target: number;
  readonly tolerance: number;
  readonly unit: number;
  readonly commentary: number;
  readonly area: number;
}

/** What every step of reading a wide row needs, and what the rows so far have found. */
interface WideFile {
  readonly info: FileInfo;
  readonly staging: Staging;
  readonly roles: readonly ColumnRole[];
  readonly col: WideColumns;
  readonly header: (index: number) => string;
  readonly fileAreaCode: number;
  readonly created: Map<string, IndicatorDefinition>;
  readonly warnedPolarity: Set<string>;
  readonly comparators: SuppliedComparator[];
  readonly areaCache: Map<string, { code: number; error: string | null }>;
  /** The section heading last seen above the rows. */
  section: SectionId | null;
}

/** The normalised names of the regions, so a heading such as "London average" is a comparator. */
function regionNamesOf(info: FileInfo): Set<string> {
  const regionNames = new Set<string>();
  for (const area of info.context.areas.values()) {
    if (area.level === 'regional' || area.level === 'sub-regional')
      regionNames.add(normaliseAreaName(area.name));
  }
  return regionNames;
}

/** What one column holds, from its heading; headings not understood are added to `unused`. */
function columnRole(
  info: FileInfo,
  staging: Staging,
  regionNames: ReadonlySet<string>,
  unused: string[],
  cell: string,
  index: number,
): ColumnRole {
  const { report } = info;
  const text = cell.trim();
  const name = normaliseHeader(cell);
  if (text === '') return { role: 'unused' };
  if (isPeriodHeading(text)) {
    const earlier = info.header.findIndex((h) => h.trim() === text);
    if (earlier < index) {
      report.error(
        info.headerLine,
        text,
        text,
        `Two columns are headed "${text}", so it is not clear which holds its figures. The second was not read: rename or remove one of them.`,
      );
      return { role: 'unused' };
    }
    return {
      role: 'period',
      code: staging.periodCode(`${index}`, {
        text,
        column: text,
        kind: 'text',
        headerLine: info.headerLine,
      }),
    };
  }
  if (WIDE_REF_NAMES.has(name)) return { role: 'ref' };
  if (WIDE_TITLE_NAMES.has(name)) return { role: 'title' };
  if (POLARITY_NAMES.has(name)) return { role: 'polarity' };
  if (name.startsWith('target')) return { role: 'target' };
  if (name.startsWith('tolerance')) return { role: 'tolerance' };
  if (name === 'unit' || name === 'units') return { role: 'unit' };
  if (COMMENTARY_NAMES.has(name)) return { role: 'commentary' };
  if (AREA_NAMES.has(name)) return { role: 'area' };
  let match = SN_HEADING.exec(text);
  if (match)
    return {
      role: 'comparator',
      kind: 'statistical-neighbours',
      period: headingPeriod(match[1] ?? ''),
    };
  match = ENGLAND_HEADING.exec(text);
  if (match) return { role: 'comparator', kind: 'england', period: headingPeriod(match[1] ?? '') };
  match = REGION_HEADING.exec(text);
  if (match) return { role: 'comparator', kind: 'region', period: headingPeriod(match[1] ?? '') };
  const asRegion = /^(.*?)\s*(?:average|avg\.?)?\s*([([]?\s*\d{4}.*)?$/i.exec(text);
  if (asRegion && regionNames.has(normaliseAreaName(asRegion[1] ?? ''))) {
    return { role: 'comparator', kind: 'region', period: headingPeriod(asRegion[2] ?? '') };
  }
  unused.push(text);
  return { role: 'unused' };
}

/** Warns about headings not read, and comparator columns that do not name their period. */
function warnAboutHeadings(
  info: FileInfo,
  roles: readonly ColumnRole[],
  unused: readonly string[],
  header: (index: number) => string,
): void {
  const { report } = info;
  if (unused.length > 0) {
    report.warn(
      info.headerLine,
      unused[0] ?? '',
      '',
      `The column${unused.length === 1 ? '' : 's'} ${unused.map((u) => `"${u}"`).join(', ')} ${unused.length === 1 ? 'is' : 'are'} not a period, ref, title, polarity, target, tolerance, unit, comparator, commentary or area column, so ${unused.length === 1 ? 'it was' : 'they were'} not read.`,
    );
  }
  roles.forEach((role, index) => {
    if (role.role === 'comparator' && role.period === null) {
      report.warn(
        info.headerLine,
        header(index),
        '',
        `The column "${header(index)}" does not say which period its figures are for, so they were kept without a period. Write the period in the heading, for example "${header(index)} 2024-25".`,
      );
    }
  });
}

/**
 * Which council the file is for, when it has no area column: the council named in the title
 * rows, else the one chosen before importing. Null (with the error reported) when neither.
 */
function fileAreaOf(info: FileInfo): Area | null {
  const { report } = info;
  const named = info.areas.findInText(info.titleRows.join(' '));
  if (named) {
    report.warn(
      0,
      '',
      named.name,
      `The file has no area column, so its values were loaded for ${named.name} (${named.code}), the council named in the title above the header.`,
    );
    return named;
  } else if (info.context.defaultArea !== undefined && info.context.defaultArea.trim() !== '') {
    const chosen = info.areas.resolve(info.context.defaultArea);
    if (chosen.ok) return chosen.area;
    report.error(
      0,
      '',
      info.context.defaultArea,
      `The council chosen for this file could not be found: ${chosen.message}`,
    );
    return null;
  } else {
    report.error(
      0,
      '',
      '',
      'This scorecard does not say which council it is for. Add an area column (a GSS code such as E09000015, a 3-digit code such as 310, or the council\'s name), name the council in a title row above the header (for example "Harrow Council – Children\'s Services Scorecard"), or choose the council before importing.',
    );
    return null;
  }
}

/** A minimal definition for an indicator the scorecard does not know, saying what it guessed. */
function createDefinition(
  file: WideFile,
  id: string,
  title: string,
  cells: readonly string[],
  line: number,
): IndicatorDefinition {
  const { info, roles, col, header, section } = file;
  const { report } = info;
  const notes: string[] = [];
  const unitText = cellAt(cells, col.unit).trim();
  let unit: Unit | undefined = unitText === '' ? undefined : readUnit(unitText);
  if (unit) notes.push(`unit ${unit} (from the unit column)`);
  if (!unit) {
    const fromTitle = unitFromTitle(title);
    if (fromTitle) {
      unit = fromTitle;
      notes.push(`unit ${unit} (from the title)`);
    }
  }
  if (!unit && roles.some((r, i) => r.role === 'period' && cellAt(cells, i).includes('%'))) {
    unit = 'percent';
    notes.push('unit percent (from the % signs)');
  }
  if (!unit) {
    unit = 'count';
    notes.push('unit count (a guess: nothing in the row says)');
  }
  const polarityText = cellAt(cells, col.polarity).trim();
  const stated = polarityText === '' ? undefined : readPolarity(polarityText);
  const polarity: Polarity = stated ?? 'none';
  if (stated !== undefined) notes.push(`polarity ${polarity} (from "${polarityText}")`);
  else if (polarityText === '') notes.push('polarity none (not stated, so it will not be rated)');
  else notes.push(`polarity none ("${polarityText}" was not understood, so it will not be rated)`);
  const targets: IndicatorDefinition['targets'][number][] = [];
  const target = parseNumberCell(cellAt(cells, col.target), info.valueOptions);
  if (target.ok && target.value !== null) {
    targets.push({
      period: null,
      value: { kind: 'point', value: target.value },
      rationale: `From ${info.file}`,
    });
    notes.push(`target ${target.value}`);
  }
  let tolerance: Tolerance | undefined;
  const toleranceText = cellAt(cells, col.tolerance).trim();
  const relative = /^(\d+(?:\.\d+)?)\s*%\s*of\s*(?:the\s*)?target$/i.exec(toleranceText);
  const points = /^(\d+(?:\.\d+)?)\s*(?:points?|pp|percentage points?)?$/i.exec(toleranceText);
  if (relative) tolerance = { kind: 'relative', percent: Number(relative[1]) };
  else if (points) tolerance = { kind: 'points', amount: Number(points[1]) };
  if (tolerance) notes.push(`tolerance ${toleranceText}`);
  const sectionId = section ?? SECTIONS[0]?.id ?? 'front-door';
  notes.push(
    section
      ? `section ${sectionId} (from the heading above it)`
      : `section ${sectionId} (not stated in the file)`,
  );
  const definition: IndicatorDefinition = {
    id,
    title: title === '' ? id : title,
    shortTitle: title === '' ? id : title,
    section: sectionId,
    unit,
    polarity,
    decimals: DECIMALS[unit],
    measurement: 'in-period',
    targets,
    rag: tolerance ? { tolerance } : {},
    definition: '',
    source: info.file,
    owner: '',
    aliases: [],
  };
  report.warn(
    line,
    header(col.ref >= 0 ? col.ref : col.title),
    id,
    `"${id}" is not a known indicator, so it has no definition. Its values were loaded under "${id}" and a minimal definition was created: ${notes.join(', ')}, measured in-period (assumed). Load an indicator definitions file to describe it properly.`,
  );
  return definition;
}

/**
 * Skips a row with no value in any period or comparator column (taking its section heading,
 * if it is one). True when the row was skipped.
 */
function skippedWithoutValues(
  file: WideFile,
  cells: readonly string[],
  line: number,
  ref: string,
  title: string,
): boolean {
  const hasValue = file.roles.some(
    (role, i) =>
      (role.role === 'period' || role.role === 'comparator') && cellAt(cells, i).trim() !== '',
  );
  if (hasValue) return false;
  const heading =
    readSection(ref === '' ? title : ref) ?? (ref === '' ? readSection(title) : undefined);
  if (heading) file.section = heading;
  file.info.report.skip(
    line,
    ref === '' ? 'section heading or row without values' : 'no values in any period column',
  );
  return true;
}

/**
 * The row's indicator id and unit: a known indicator by ref or title, else one created for it.
 * Null (with the error reported) when the row names none, a reserved name, or an ambiguous one.
 */
function rowIndicator(
  file: WideFile,
  cells: readonly string[],
  line: number,
  ref: string,
  title: string,
): { id: string; unit: Unit } | null {
  const { info, col, header, warnedPolarity, created } = file;
  const { report } = info;
  if (ref === '' && title === '') {
    report.error(
      line,
      '',
      '',
      'This row has values but no ref or title, so it is not clear which indicator they belong to. This row was not loaded.',
    );
    return null;
  }
  if (isReservedName(ref) || isReservedName(title)) {
    report.error(
      line,
      header(col.ref >= 0 ? col.ref : col.title),
      ref || title,
      `"${ref || title}" is a reserved name and cannot be an indicator id. This row was not loaded.`,
    );
    return null;
  }
  let id: string;
  let unit: Unit;
  const lookup =
    (ref === '' ? undefined : info.indicators.find(ref)) ??
    (title === '' ? undefined : info.indicators.find(title));
  if (lookup && !lookup.ok) {
    report.error(
      line,
      header(col.ref >= 0 ? col.ref : col.title),
      ref || title,
      `"${ref || title}" matches more than one indicator (${lookup.ambiguous.join(', ')}); use the id. This row was not loaded.`,
    );
    return null;
  }
  if (lookup?.ok) {
    const definition = lookup.definition;
    id = definition.id;
    unit = definition.unit;
    const polarityText = cellAt(cells, col.polarity).trim();
    const stated = polarityText === '' ? undefined : readPolarity(polarityText);
    if (stated !== undefined && stated !== definition.polarity && !warnedPolarity.has(id)) {
      warnedPolarity.add(id);
      report.warn(
        line,
        header(col.polarity),
        polarityText,
        `The file says good is "${polarityText}" for ${id}, but its definition says ${definition.polarity}; the definition is used.`,
      );
    }
  } else {
    id = ref === '' ? title : ref;
    let definition = created.get(id);
    if (!definition) {
      definition = createDefinition(file, id, title, cells, line);
      created.set(id, definition);
    }
    unit = definition.unit;
  }
  return { id, unit };
}

/** The row's area code in staging: its area cell's, else the file's. Null when not found. */
function rowArea(file: WideFile, cells: readonly string[], line: number): number | null {
  const { info, col, header, areaCache, staging } = file;
  let areaCode = file.fileAreaCode;
  if (col.area >= 0) {
    const areaText = cellAt(cells, col.area).trim();
    let found = areaCache.get(areaText);
    if (!found) {
      const resolved = info.areas.resolve(areaText);
      found = resolved.ok
        ? { code: staging.areaCode(resolved.area.code), error: null }
        : { code: -1, error: resolved.message };
      areaCache.set(areaText, found);
    }
    if (found.error !== null) {
      info.report.error(
        line,
        header(col.area),
        areaText,
        `${found.error} This row was not loaded.`,
      );
      return null;
    }
    areaCode = found.code;
  }
  return areaCode;
}

/** The row's target cell, null when blank or not a number (reported; the row is still loaded). */
function rowTarget(file: WideFile, cells: readonly string[], line: number): TargetValue | null {
  const { info, col, header } = file;
  let target: TargetValue | null = null;
  if (col.target >= 0) {
    const parsed = parseNumberCell(cellAt(cells, col.target), info.valueOptions);
    if (!parsed.ok)
      info.report.error(
        line,
        header(col.target),
        cellAt(cells, col.target).trim(),
        `${parsed.message} The target was not loaded.`,
      );
    else if (parsed.value !== null) target = { kind: 'point', value: parsed.value };
  }
  return target;
}

/**
 * Stages the row's period values and keeps its comparator values; the commentary is the note
 * of the last period value loaded.
 */
function stageRowValues(
  file: WideFile,
  cells: readonly string[],
  line: number,
  indicatorRow: { id: string; unit: Unit },
  areaCode: number,
  target: TargetValue | null,
): void {
  const { info, roles, staging, header, comparators, col } = file;
  const { id, unit } = indicatorRow;
  const indicator = staging.indicatorCode(id);
  const last = { row: -1, note: null as string | null };
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i];
    const text = cellAt(cells, i);
    if (!role || text.trim() === '') continue;
    if (role.role !== 'period' && role.role !== 'comparator') continue;
    const value = readValueCell(
      info,
      text,
      header(i),
      line,
      unit,
      id,
      header(i),
      NOT_LOADED,
      false,
    );
    if (value === null) continue;
    if (role.role === 'period') {
      last.row = staging.add(
        indicator,
        areaCode,
        role.code,
        value.value,
        value.missing,
        value.lowReliability,
        false,
        NaN,
        NaN,
        line,
        staging.columnCode(header(i)),
        unit,
      );
      if (target) staging.setTarget(last.row, target);
      last.note = value.note;
      if (value.note !== null) staging.setNote(last.row, value.note);
    } else {
      const observed: ObservedValue =
        value.missing === null
          ? { kind: 'number', value: value.value, lowReliability: value.lowReliability }
          : { kind: 'missing', state: value.missing };
      comparators.push({
        indicator: id,
        kind: role.kind,
        value: observed,
        period: role.period,
        column: header(i),
        line,
      });
      info.report.markLoaded(line);
    }
  }
  const commentary = cellAt(cells, col.commentary).trim();
  if (commentary !== '' && last.row >= 0) {
    staging.setNote(last.row, last.note === null ? commentary : `${last.note} ${commentary}`);
  }
}

export function wideReader(info: FileInfo, staging: Staging): LayoutReader | null {
  const regionNames = regionNamesOf(info);
  const unused: string[] = [];
  const roles: ColumnRole[] = info.header.map((cell, index) =>
    columnRole(info, staging, regionNames, unused, cell, index),
  );
  const first = (role: string) => roles.findIndex((r) => r.role === role);
  const col: WideColumns = {
    ref: first('ref'),
    title: first('title'),
    polarity: first('polarity'),
    target: first('target'),
    tolerance: first('tolerance'),
    unit: first('unit'),
    commentary: first('commentary'),
    area: first('area'),
  };
  const header = (index: number) => (info.header[index] ?? '').trim();
  warnAboutHeadings(info, roles, unused, header);

  // Which council the file is for, when it has no area column.
  let fileArea: Area | undefined;
  if (col.area < 0) {
    const area = fileAreaOf(info);
    if (area === null) return null;
    fileArea = area;
  }

  const file: WideFile = {
    info,
    staging,
    roles,
    col,
    header,
    fileAreaCode: fileArea ? staging.areaCode(fileArea.code) : -1,
    created: new Map(),
    warnedPolarity: new Set(),
    comparators: [],
    areaCache: new Map(),
    section: null,
  };

  return {
    row(cells, line) {
      const ref = cellAt(cells, col.ref).trim();
      const title = cellAt(cells, col.title).trim();
      if (skippedWithoutValues(file, cells, line, ref, title)) return;
      const indicator = rowIndicator(file, cells, line, ref, title);
      if (indicator === null) return;
      const areaCode = rowArea(file, cells, line);
      if (areaCode === null) return;
      const target = rowTarget(file, cells, line);
      stageRowValues(file, cells, line, indicator, areaCode, target);
    },
    finish() {
      return {
        observations: staging.finish(),
        definitions: [...file.created.values()],
        suppliedComparators: file.comparators,
      };
    },
  };
}
