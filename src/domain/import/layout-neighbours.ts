/**
 * DfE statistical-neighbour lists: `LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,…,SN10,SNP`,
 * where the ten closeness columns are all called `SNP` (so columns are read by position: each
 * SNk is followed by its SNP). The model comes from a `model` column, else the file name
 * (`…2021…` is the April 2021 model, `…2025…` the May 2025 model). Councils and neighbours are
 * given by DfE's 3-digit codes and resolved to canonical area codes through the area register.
 */
import { hashCells } from './detect';
import type { Neighbour, SnModel } from '../model';
import { cellAt, type FileInfo, type LayoutReader } from './layout';
import { normaliseHeader } from './vocabulary';

const MODELS: readonly SnModel[] = ['2021', '2025'];
/** A neighbour cell that names no neighbour: blank, or DfE's "-" for a council the model predates. */
const NO_NEIGHBOUR = /^\s*(-|x)?\s*$/i;
const NOT_LOADED = "This council's neighbours were not loaded.";

function readModel(text: string): SnModel | undefined {
  const years = MODELS.filter((m) => text.includes(m));
  return years.length === 1 ? years[0] : undefined;
}

export function neighboursReader(info: FileInfo): LayoutReader | null {
  const { report } = info;
  const names = info.header.map(normaliseHeader);
  const laColumn =
    names.indexOf('la_num') >= 0 ? names.indexOf('la_num') : names.indexOf('la_number');
  const nameColumn = names.indexOf('la_name');
  const modelColumn = names.indexOf('model');
  const slots: { readonly rank: number; readonly code: number; readonly closeness: number }[] = [];
  for (let rank = 1; rank <= 10; rank++) {
    const code = names.indexOf(`sn${rank}`);
    if (code < 0) continue;
    slots.push({ rank, code, closeness: names[code + 1] === 'snp' ? code + 1 : -1 });
  }
  let fileModel: SnModel | undefined;
  if (modelColumn < 0) {
    fileModel = readModel(info.file);
    if (!fileModel) {
      report.error(
        0,
        '',
        info.file,
        `The file does not say which statistical-neighbour model it is. Put the model's year in the file name (for example sn_may_2025.csv or sn_april_2021.csv) or add a "model" column with 2021 or 2025.`,
      );
      return null;
    }
  }
  const header = (index: number) => (info.header[index] ?? '').trim();
  const lists = new Map<SnModel, Map<string, readonly Neighbour[]>>();
  const seen = new Map<string, { line: number; hash: number }>();

  return {
    row(cells, line) {
      const hash = hashCells(cells);
      let model = fileModel;
      if (modelColumn >= 0) {
        const text = cellAt(cells, modelColumn).trim();
        model = readModel(text);
        if (!model) {
          report.error(
            line,
            header(modelColumn),
            text,
            `The model should be 2021 or 2025. ${NOT_LOADED}`,
          );
          return;
        }
      }
      if (!model) return;
      const laText = cellAt(cells, laColumn).trim();
      const given = slots.filter((slot) => !NO_NEIGHBOUR.test(cellAt(cells, slot.code))).length;
      if (laText === '' && given === 0) {
        report.skip(line, 'label row (no council code)');
        return;
      }
      const la = info.areas.resolve(laText, cellAt(cells, nameColumn));
      if (!la.ok) {
        report.error(line, header(laColumn), laText, `${la.message} ${NOT_LOADED}`);
        return;
      }
      const key = `${model}\u0000${la.area.code}`;
      const earlier = seen.get(key);
      if (earlier) {
        if (earlier.hash === hash) {
          report.skipExactDuplicate(line, earlier.line);
        } else {
          report.error(
            line,
            header(laColumn),
            laText,
            `${la.area.name} already has neighbours in the ${model} model on line ${earlier.line}. ${NOT_LOADED}`,
          );
        }
        return;
      }
      if (given === 0) {
        report.skip(line, 'no neighbours given ("-")');
        return;
      }
      const neighbours: Neighbour[] = [];
      let bad = false;
      for (const slot of slots) {
        const codeText = cellAt(cells, slot.code).trim();
        if (NO_NEIGHBOUR.test(codeText)) continue;
        const found = info.areas.resolve(codeText);
        if (!found.ok) {
          report.error(
            line,
            header(slot.code),
            codeText,
            `Neighbour ${slot.rank}: ${found.message} ${NOT_LOADED}`,
          );
          bad = true;
          continue;
        }
        if (found.area.code === la.area.code) {
          report.error(
            line,
            header(slot.code),
            codeText,
            `Neighbour ${slot.rank} is the council itself. ${NOT_LOADED}`,
          );
          bad = true;
          continue;
        }
        neighbours.push({
          code: found.area.code,
          rank: slot.rank,
          closeness: cellAt(cells, slot.closeness).trim(),
        });
      }
      if (bad) return;
      if (neighbours.length < 10) {
        report.warn(
          line,
          '',
          la.area.name,
          `${la.area.name} has ${neighbours.length} neighbours in this file, not 10.`,
        );
      }
      seen.set(key, { line, hash });
      let byLa = lists.get(model);
      if (!byLa) {
        byLa = new Map();
        lists.set(model, byLa);
      }
      byLa.set(la.area.code, neighbours);
      report.markLoaded(line);
    },
    finish() {
      return { neighbours: lists };
    },
  };
}
