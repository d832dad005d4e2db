/**
 * Finding areas and indicators named in files. Areas by GSS code (current or former), DfE's
 * 3-digit old code, or name (normalised: case, punctuation, "&"/"and", "St."/"St",
 * "Bristol, City of"/"City of Bristol", LAIT's "London (Inner)"). Indicators by id, alias or
 * exact title. Everything is indexed in Maps; nothing read from a file indexes a plain object.
 */
import type { Area, IndicatorDefinition } from '../model';

/** A GSS code: a letter and eight digits (E09000015). */
export const GSS_CODE = /^[EWSNK]\d{8}$/;
/** DfE's old LA code: three digits (310). */
export const OLD_LA_CODE = /^\d{3}$/;

/** A name reduced to the words that identify it. */
export function normaliseAreaName(name: string): string {
  let text = name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/[-–—]/g, ' ')
    .trim();
  // "London (Inner)" -> "inner london"; "Dorset (Pre LG)" keeps its own words.
  text = text.replace(/^(.*?)\s*\((inner|outer)\)$/, '$2 $1');
  text = text.replace(/[(),]/g, ' ');
  text = text.replace(/\s+/g, ' ').trim();
  // "Bristol, City of" -> "city of bristol"; "Herefordshire, County of" -> "county of herefordshire".
  const suffix = /^(.*) (city|county) of$/.exec(text);
  if (suffix) text = `${suffix[2] ?? ''} of ${suffix[1] ?? ''}`;
  return text;
}

export type AreaLookup =
  { readonly ok: true; readonly area: Area } | { readonly ok: false; readonly message: string };

/** The area register, indexed for look-ups by code, old code and name. */
export class AreaIndex {
  private readonly byCode = new Map<string, Area>();
  private readonly byOldCode = new Map<string, Area>();
  private readonly byName = new Map<string, Area[]>();
  readonly size: number;

  constructor(areas: ReadonlyMap<string, Area> | Iterable<Area>) {
    const list =
      areas instanceof Map
        ? [...(areas as ReadonlyMap<string, Area>).values()]
        : [...(areas as Iterable<Area>)];
    this.size = list.length;
    // Live areas first, so a live council wins an old code or a name shared with a former one.
    list.sort((a, b) => Number(b.live) - Number(a.live));
    for (const area of list) {
      if (!this.byCode.has(area.code)) this.byCode.set(area.code, area);
    }
    for (const area of list) {
      for (const former of area.formerCodes) {
        if (!this.byCode.has(former)) this.byCode.set(former, area);
      }
      if (area.oldCode !== null && !this.byOldCode.has(area.oldCode))
        this.byOldCode.set(area.oldCode, area);
      for (const name of this.namesOf(area)) {
        const list = this.byName.get(name) ?? [];
        if (!list.includes(area)) list.push(area);
        this.byName.set(name, list);
      }
    }
  }

  private namesOf(area: Area): string[] {
    const name = normaliseAreaName(area.name);
    const names = [name];
    // "city of bristol" is also found as "bristol" (unless that names another area).
    const bare = /^(?:city|county) of (.+)$/.exec(name)?.[1];
    if (bare !== undefined && bare !== 'london') names.push(bare);
    return names;
  }

  get(code: string): Area | undefined {
    return this.byCode.get(code);
  }

  /** By GSS code (current or former). */
  byGss(code: string): Area | undefined {
    return this.byCode.get(code.trim().toUpperCase());
  }

  /** By DfE's 3-digit code (the live council when a code was reused). */
  byOld(code: string): Area | undefined {
    return this.byOldCode.get(code.trim());
  }

  /** By name; ambiguous names prefer the one live area, else fail. */
  byNameLookup(name: string): AreaLookup {
    const found = this.byName.get(normaliseAreaName(name)) ?? [];
    const live = found.filter((a) => a.live);
    const pick = found.length === 1 ? found[0] : live.length === 1 ? live[0] : undefined;
    if (pick) return { ok: true, area: pick };
    if (found.length > 1) {
      return {
        ok: false,
        message: `"${name.trim()}" matches more than one area (${found.map((a) => a.code).join(', ')}); give the area code instead.`,
      };
    }
    return {
      ok: false,
      message: `"${name.trim()}" is not the name of an area in the area register.`,
    };
  }

  /**
   * An area from a code cell (GSS, former GSS or 3-digit code) and, optionally, a name cell.
   * A name alone is looked up by name; a code and a name that point at different areas fail,
   * unless one name contains the other ("Durham" with 840, County Durham).
   */
  resolve(codeText: string, nameText = ''): AreaLookup {
    const code = codeText.trim();
    const name = nameText.trim();
    if (code === '' && name === '') return { ok: false, message: 'The area is blank.' };
    if (code !== '') {
      let area: Area | undefined;
      if (GSS_CODE.test(code.toUpperCase())) area = this.byGss(code);
      else if (OLD_LA_CODE.test(code)) area = this.byOld(code);
      else {
        const byName = this.byNameLookup(code);
        if (byName.ok) area = byName.area;
        else return byName;
      }
      if (!area) {
        return {
          ok: false,
          message: `"${code}" is not a code in the area register${name === '' ? '' : ` (the row names it "${name}")`}.`,
        };
      }
      if (name !== '') {
        const named = this.byNameLookup(name);
        // "Durham" for County Durham (840): one name inside the other is the same council.
        const a = normaliseAreaName(area.name);
        const b = normaliseAreaName(name);
        const similar = a.includes(b) || b.includes(a);
        if (named.ok && named.area.code !== area.code && !similar) {
          return {
            ok: false,
            message: `"${code}" is ${area.name} (${area.code}), but the row names it "${name}", which is ${named.area.name} (${named.area.code}). Correct whichever is wrong.`,
          };
        }
      }
      return { ok: true, area };
    }
    return this.byNameLookup(name);
  }

  /**
   * The council a title names ("Harrow Council – Children's Services Scorecard"): the longest
   * local-authority name found as whole words, or undefined.
   */
  findInText(text: string): Area | undefined {
    const words = ` ${normaliseAreaName(text)} `;
    let best: Area | undefined;
    let bestLength = 0;
    for (const [name, areas] of this.byName) {
      const live = areas.filter((a) => a.level === 'la' && a.live);
      const area = live.length === 1 ? live[0] : undefined;
      if (!area || name.length <= bestLength) continue;
      if (words.includes(` ${name} `)) {
        best = area;
        bestLength = name.length;
      }
    }
    return best;
  }
}

const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

export type IndicatorLookup =
  | { readonly ok: true; readonly definition: IndicatorDefinition }
  | { readonly ok: false; readonly ambiguous: readonly string[] };

/** Known indicator definitions, indexed by id, alias and title (case and spacing ignored). */
export class IndicatorIndex {
  private readonly byId = new Map<string, IndicatorDefinition>();
  private readonly byAlias = new Map<string, IndicatorDefinition[]>();
  private readonly byTitle = new Map<string, IndicatorDefinition[]>();

  constructor(definitions: ReadonlyMap<string, IndicatorDefinition>) {
    for (const definition of definitions.values()) {
      this.byId.set(key(definition.id), definition);
    }
    const add = (map: Map<string, IndicatorDefinition[]>, k: string, d: IndicatorDefinition) => {
      if (k === '') return;
      const list = map.get(k) ?? [];
      if (!list.includes(d)) list.push(d);
      map.set(k, list);
    };
    for (const definition of definitions.values()) {
      for (const alias of definition.aliases) add(this.byAlias, key(alias), definition);
      add(this.byTitle, key(definition.title), definition);
      add(this.byTitle, key(definition.shortTitle), definition);
    }
  }

  /** By id, then alias, then exact title; undefined when nothing matches. */
  find(text: string): IndicatorLookup | undefined {
    const k = key(text);
    if (k === '') return undefined;
    const byId = this.byId.get(k);
    if (byId) return { ok: true, definition: byId };
    for (const map of [this.byAlias, this.byTitle]) {
      const found = map.get(k);
      if (found?.length === 1 && found[0]) return { ok: true, definition: found[0] };
      if (found && found.length > 1) return { ok: false, ambiguous: found.map((d) => d.id) };
    }
    return undefined;
  }
}
