/**
 * One statistical-neighbour model as DfE's layout (`LA num, LA Name, SN1, SNP, ..., SN10, SNP`)
 * with a `model` column, councils and neighbours given by their GSS codes (the importer resolves
 * GSS codes as well as DfE's 3-digit ones), read back to the same lists.
 */
import { toCsv, type CsvValue } from '../model';
import type { Area, Neighbour, SnModel } from '../model';

export function neighboursCsv(
  model: SnModel,
  lists: ReadonlyMap<string, readonly Neighbour[]>,
  areas: ReadonlyMap<string, Area>,
): string {
  const header: CsvValue[] = ['LA num', 'LA Name', 'model'];
  for (let rank = 1; rank <= 10; rank++) header.push(`SN${String(rank)}`, 'SNP');
  const rows: CsvValue[][] = [header];
  for (const [code, neighbours] of lists) {
    const row: CsvValue[] = [code, areas.get(code)?.name ?? null, model];
    for (let rank = 1; rank <= 10; rank++) {
      const neighbour = neighbours.find((n) => n.rank === rank);
      row.push(neighbour?.code ?? null, neighbour?.closeness ?? null);
    }
    rows.push(row);
  }
  return toCsv(rows);
}
