/**
 * Indicator definitions, one row per indicator:
 * `id,title,short_title,section,unit,polarity,decimals,published_decimals,measurement,target,
 * target_low,target_high,target_rationale,tolerance,tolerance_kind,floor,blue_from,
 * amber_only_if_improving,definition,source,owner,aliases`. Required columns: id, title, section,
 * unit, polarity, decimals, measurement (and a value in each). `published_decimals` (the places
 * DfE publishes the series with) is optional: without the column or a value, it is `decimals`. A row with any problem is rejected whole; an id given
 * twice is an error on both lines and neither is loaded (an exact duplicate line is skipped).
 */
import { hashCells } from './detect';
import type { IndicatorDefinition, RagRules, Target } from '../model';
import { LAIT_MEASURES } from './lait-mapping';
import { cellAt, type FileInfo, type LayoutReader } from './layout';
import { parseNumberCell } from './numbers';
import {
  isReservedName,
  normaliseHeader,
  normaliseWords,
  readMeasurement,
  readPolarity,
  readSection,
  readUnit,
  readYesNo,
  UNIT_WORDS_HELP,
} from './vocabulary';

export const DEFINITION_COLUMNS = [
  'id',
  'title',
  'short_title',
  'section',
  'unit',
  'polarity',
  'decimals',
  'published_decimals',
  'measurement',
  'target',
  'target_low',
  'target_high',
  'target_rationale',
  'tolerance',
  'tolerance_kind',
  'floor',
  'blue_from',
  'amber_only_if_improving',
  'definition',
  'source',
  'owner',
  'aliases',
] as const;
type Column = (typeof DEFINITION_COLUMNS)[number];
const REQUIRED: readonly Column[] = [
  'id',
  'title',
  'section',
  'unit',
  'polarity',
  'decimals',
  'measurement',
];
const NOT_LOADED = 'This definition was not loaded.';

export function definitionsReader(info: FileInfo): LayoutReader | null {
  const { report } = info;
  const positions = new Map<string, number>();
  info.header.forEach((cell, index) => {
    const name = normaliseHeader(cell);
    if (name !== '' && !positions.has(name)) positions.set(name, index);
  });
  const missing = REQUIRED.filter((c) => !positions.has(c));
  if (missing.length > 0) {
    report.error(
      info.headerLine,
      '',
      '',
      `An indicator definitions file needs the columns ${REQUIRED.join(', ')}; this one has no ${missing.join(', ')}.`,
    );
    return null;
  }
  const known = new Set<string>(DEFINITION_COLUMNS);
  const unused = info.header.filter((h) => h.trim() !== '' && !known.has(normaliseHeader(h)));
  if (unused.length > 0) {
    report.warn(
      info.headerLine,
      unused[0] ?? '',
      '',
      `The columns ${unused.map((u) => `"${u.trim()}"`).join(', ')} are not part of the definitions layout and were not read.`,
    );
  }
  const index = (c: Column) => positions.get(c) ?? -1;
  const header = (c: Column) => (info.header[index(c)] ?? c).trim();

  interface Entry {
    readonly line: number;
    readonly hash: number;
    definition: IndicatorDefinition | null;
  }
  const byId = new Map<string, Entry>();
  const order: Entry[] = [];

  return {
    row(cells, line) {
      const hash = hashCells(cells);
      const text = (c: Column) => cellAt(cells, index(c)).trim();
      const state = { bad: false };
      const fail = (c: Column, message: string) => {
        report.error(line, header(c), text(c), `${message} ${NOT_LOADED}`);
        state.bad = true;
      };
      const id = text('id');
      if (id === '') fail('id', 'The id is blank.');
      else if (isReservedName(id))
        fail('id', `"${id}" is a reserved name and cannot be an indicator id.`);
      const title = text('title');
      if (title === '') fail('title', 'The title is blank.');
      const section = readSection(text('section'));
      if (!section)
        fail(
          'section',
          `"${text('section')}" is not a section (use a section id such as in-care, or its title such as "Children in care").`,
        );
      const unit = readUnit(text('unit'));
      if (!unit)
        fail('unit', `"${text('unit')}" is not a unit the scorecard knows (${UNIT_WORDS_HELP}).`);
      const polarity = readPolarity(text('polarity'));
      if (!polarity)
        fail(
          'polarity',
          `"${text('polarity')}" should be higher, lower, range or none (LAIT's High, Low and - are read too).`,
        );
      const decimalsText = text('decimals');
      const decimals = /^\d$/.test(decimalsText) ? Number(decimalsText) : undefined;
      if (decimals === undefined)
        fail(
          'decimals',
          `"${decimalsText}" should be a whole number of decimal places from 0 to 9.`,
        );
      const publishedText = text('published_decimals');
      const publishedDecimals =
        publishedText === ''
          ? undefined
          : /^\d$/.test(publishedText)
            ? Number(publishedText)
            : null;
      if (publishedDecimals === null)
        fail(
          'published_decimals',
          `"${publishedText}" should be a whole number of decimal places from 0 to 9, or blank.`,
        );
      const measurement = readMeasurement(text('measurement'));
      if (!measurement)
        fail(
          'measurement',
          `"${text('measurement')}" should be snapshot, in-period, year-to-date or rolling-12-months.`,
        );

      const number = (c: Column): number | null => {
        if (index(c) < 0) return null;
        const parsed = parseNumberCell(text(c), info.valueOptions);
        if (!parsed.ok) {
          fail(c, `${parsed.message.replace(/\.$/, '')}: ${c} must be a number.`);
          return null;
        }
        return parsed.value;
      };
      const target = number('target');
      const low = number('target_low');
      const high = number('target_high');
      const targets: Target[] = [];
      const rationale = text('target_rationale');
      if ((low === null) !== (high === null))
        fail(
          low === null ? 'target_low' : 'target_high',
          'A target range needs both target_low and target_high.',
        );
      else if (low !== null && high !== null) {
        if (low > high) fail('target_low', `target_low (${low}) is above target_high (${high}).`);
        else if (target !== null)
          fail(
            'target',
            'Give either a target or a target range (target_low and target_high), not both.',
          );
        else targets.push({ period: null, value: { kind: 'range', low, high }, rationale });
      } else if (target !== null)
        targets.push({ period: null, value: { kind: 'point', value: target }, rationale });

      const rag: { -readonly [K in keyof RagRules]?: RagRules[K] } = {};
      const tolerance = number('tolerance');
      const kind = normaliseWords(text('tolerance_kind'));
      if (tolerance !== null) {
        if (tolerance < 0) fail('tolerance', `The tolerance (${tolerance}) cannot be negative.`);
        else if (kind === '' || kind === 'points' || kind === 'point')
          rag.tolerance = { kind: 'points', amount: tolerance };
        else if (kind === 'percent' || kind === '%' || kind === 'relative')
          rag.tolerance = { kind: 'relative', percent: tolerance };
        else fail('tolerance_kind', `"${text('tolerance_kind')}" should be points or percent.`);
      } else if (kind !== '')
        fail(
          'tolerance',
          `tolerance_kind is "${text('tolerance_kind')}" but there is no tolerance.`,
        );
      const floor = number('floor');
      if (floor !== null) rag.floor = floor;
      const blue = number('blue_from');
      if (blue !== null) rag.blueFrom = blue;
      const amber = readYesNo(text('amber_only_if_improving'));
      if (amber === undefined)
        fail(
          'amber_only_if_improving',
          `"${text('amber_only_if_improving')}" should be yes or no.`,
        );
      else if (amber !== null) rag.amberOnlyIfImproving = amber;

      const aliases = text('aliases')
        .split(';')
        .map((a) => a.trim())
        .filter((a) => a !== '');
      const reservedAlias = aliases.find(isReservedName);
      if (reservedAlias !== undefined)
        fail('aliases', `"${reservedAlias}" is a reserved name and cannot be an alias.`);

      if (state.bad || !section || !unit || !polarity || decimals === undefined || !measurement)
        return;
      const shortTitle = text('short_title');
      const definition: IndicatorDefinition = {
        id,
        title,
        shortTitle: shortTitle === '' ? title : shortTitle,
        section,
        unit,
        polarity,
        decimals,
        ...(publishedDecimals === undefined || publishedDecimals === null
          ? {}
          : { publishedDecimals }),
        measurement,
        targets,
        rag,
        definition: text('definition'),
        source: text('source'),
        owner: text('owner'),
        aliases,
      };
      const earlier = byId.get(id);
      if (earlier) {
        if (earlier.hash === hash && earlier.definition !== null) {
          report.skipExactDuplicate(line, earlier.line);
          return;
        }
        report.error(
          line,
          header('id'),
          id,
          `The id "${id}" is also defined on line ${earlier.line}; ids must be unique. Neither definition was loaded.`,
        );
        if (earlier.definition !== null) {
          report.error(
            earlier.line,
            header('id'),
            id,
            `The id "${id}" is also defined on line ${line}; ids must be unique. Neither definition was loaded.`,
          );
          report.unmarkLoaded(earlier.line);
          earlier.definition = null;
        }
        return;
      }
      const entry: Entry = { line, hash, definition };
      byId.set(id, entry);
      order.push(entry);
      report.markLoaded(line);
    },
    finish() {
      const definitions = order.flatMap((e) => (e.definition ? [e.definition] : []));
      // An alias that is another indicator's id, or shared by two indicators, would be ambiguous.
      const ids = new Set(definitions.map((d) => d.id.toLowerCase()));
      const aliasOwner = new Map<string, string>();
      for (const d of definitions) {
        for (const alias of d.aliases) {
          const k = alias.toLowerCase();
          const entry = byId.get(d.id);
          if (ids.has(k) && k !== d.id.toLowerCase()) {
            report.warn(
              entry?.line ?? 0,
              header('aliases'),
              alias,
              `The alias "${alias}" of ${d.id} is also an indicator id; files naming "${alias}" will be read as that indicator.`,
            );
          }
          const owner = aliasOwner.get(k);
          if (owner !== undefined && owner !== d.id) {
            report.warn(
              entry?.line ?? 0,
              header('aliases'),
              alias,
              `The alias "${alias}" is given to both ${owner} and ${d.id}, so files naming it will be rejected as ambiguous.`,
            );
          } else aliasOwner.set(k, d.id);
        }
      }
      return { definitions };
    },
  };
}

/** True for LAIT's data dictionary (lait_data_dictionary.csv) rather than the project's CSV. */
export function isLaitDictionary(header: readonly string[]): boolean {
  const names = new Set(header.map(normaliseHeader));
  return names.has('measure_short') && names.has('polarity') && names.has('year_type');
}

/**
 * LAIT's data dictionary as definitions: one definition for each measure the scorecard reads
 * (lait-mapping.ts gives its id, unit, decimals and section), with LAIT's title (Chart_title),
 * polarity (High/Low/-), description, owner and measurement ("Annual" and "Annual (end of
 * Sept)" are snapshots, "Financial Year" is in-period), and the LAIT name as an alias. Other
 * measures are skipped with a counted reason.
 */
export function laitDictionaryReader(info: FileInfo): LayoutReader {
  const { report } = info;
  const names = info.header.map(normaliseHeader);
  const at = (name: string) => names.indexOf(name);
  const col = {
    short: at('measure_short'),
    title: at('chart_title'),
    measure: at('measure'),
    polarity: at('polarity'),
    description: at('description'),
    owner: names.findIndex((n) => n.startsWith('data_owner')),
    table: at('table_status'),
    yearType: at('year_type'),
  };
  const measures = new Map(LAIT_MEASURES.map((m) => [m.shortDesc, m]));
  const seen = new Map<string, number>();
  const definitions: IndicatorDefinition[] = [];
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  return {
    row(cells, line) {
      const short = cellAt(cells, col.short).trim();
      const measure = measures.get(short);
      if (!measure) {
        report.skip(line, 'not a measure the scorecard uses');
        return;
      }
      const earlier = seen.get(short);
      if (earlier !== undefined) {
        report.error(
          line,
          (info.header[col.short] ?? '').trim(),
          short,
          `${short} is also described on line ${earlier}; the first description was used and this one was not loaded.`,
        );
        return;
      }
      const polarityText = cellAt(cells, col.polarity).trim();
      const polarity = readPolarity(polarityText);
      if (!polarity) {
        report.error(
          line,
          (info.header[col.polarity] ?? '').trim(),
          polarityText,
          `"${polarityText}" should be High, Low or -. This definition was not loaded.`,
        );
        return;
      }
      const yearType = normaliseWords(cellAt(cells, col.yearType));
      const title = clean(cellAt(cells, col.title)) || clean(cellAt(cells, col.measure)) || short;
      seen.set(short, line);
      definitions.push({
        id: measure.indicator,
        title,
        shortTitle: title,
        section: measure.section,
        unit: measure.unit,
        polarity,
        decimals: measure.decimals,
        measurement: yearType === 'financial year' ? 'in-period' : 'snapshot',
        targets: [],
        rag: {},
        definition: clean(cellAt(cells, col.description)),
        source: `DfE Local Authority Interactive Tool (LAIT)${cellAt(cells, col.table).trim() === '' ? '' : `: ${clean(cellAt(cells, col.table))}`}`,
        owner: clean(cellAt(cells, col.owner)),
        aliases: [short],
      });
      report.markLoaded(line);
    },
    finish() {
      return { definitions };
    },
  };
}
