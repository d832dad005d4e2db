/**
 * Bringing commentary in from a spreadsheet on the Data page: the file's report (every line
 * accounted for, as for figures), then each commentary as new, unchanged, changed (from the web
 * host or an earlier file: replaced unless kept) or conflicting (written in this browser: kept
 * unless replaced), and Apply keeps the chosen ones.
 */
import { useCallback, useMemo, useState } from 'react';
import { compareCommentary, defaultReplace, type CommentaryChange } from '../domain/model';
import { readCommentaryCsv } from '../domain/import';
import { periodKeyLabel } from '../domain/model';
import type { FileReportView as DataFileReportView } from './data-page-models';
import { useCommentary } from './useCommentary';
import { reportView } from './useDataPage';
import type { Workspace } from './useWorkspace';

export interface CommentaryChangeView {
  readonly key: string;
  readonly kind: CommentaryChange['kind'];
  /** "New", "Same as now", "Changed", "Conflicts with commentary written here". */
  readonly kindText: string;
  readonly where: string;
  readonly currentHeadline: string;
  readonly incomingHeadline: string;
  readonly replace: boolean;
  /** Whether keep or replace can be chosen (changed and conflicting commentary). */
  readonly choice: boolean;
}

const KIND_TEXT: Readonly<Record<CommentaryChange['kind'], string>> = {
  new: 'New',
  unchanged: 'Same as now',
  changed: 'Changed (from the web host or an earlier file)',
  conflict: 'Conflicts with commentary written in this browser',
};

export function useCommentaryImport(workspace: Workspace) {
  const commentary = useCommentary();
  const [read, setRead] = useState<{
    report: DataFileReportView;
    changes: CommentaryChange[];
  } | null>(null);
  const [replace, setReplace] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [message, setMessage] = useState('');

  const choose = useCallback(
    async (file: File) => {
      if (!commentary) return;
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = readCommentaryCsv(bytes, file.name, {
        indicators: workspace.data.dataset.indicators,
        areas: workspace.data.dataset.areas,
      });
      const changes = compareCommentary(result.commentary, (key) => {
        const local = commentary.local.get(key);
        if (local) return { commentary: local, edited: true };
        const hosted = commentary.hosted.get(key);
        return hosted ? { commentary: hosted, edited: false } : undefined;
      });
      setRead({ report: reportView(result.report, 0, bytes.length), changes });
      setReplace(new Map(changes.map((change) => [change.key, defaultReplace(change)])));
      setMessage('');
    },
    [commentary, workspace],
  );

  const changes = useMemo<CommentaryChangeView[]>(() => {
    const names = workspace.data.dataset;
    return (read?.changes ?? []).map((change) => {
      const c = change.incoming;
      return {
        key: change.key,
        kind: change.kind,
        kindText: KIND_TEXT[change.kind],
        where: `${names.indicators.get(c.indicator)?.shortTitle ?? c.indicator}, ${names.areas.get(c.area)?.name ?? c.area}, ${periodKeyLabel(c.period)}`,
        currentHeadline:
          change.kind === 'changed' || change.kind === 'conflict' ? change.current.headline : '',
        incomingHeadline: c.headline,
        replace: replace.get(change.key) ?? false,
        choice: change.kind === 'changed' || change.kind === 'conflict',
      };
    });
  }, [read, replace, workspace]);

  const apply = useCallback(async () => {
    if (!commentary || !read) return;
    const chosen = read.changes
      .filter((change) => change.kind !== 'unchanged' && replace.get(change.key) === true)
      .map((change) => change.incoming);
    await commentary.bringIn(chosen);
    setRead(null);
    setMessage(
      `${String(chosen.length)} ${chosen.length === 1 ? 'commentary' : 'commentaries'} brought in from ${read.report.fileName}.`,
    );
  }, [commentary, read, replace]);

  return {
    report: read?.report ?? null,
    changes,
    message,
    choose,
    decide: (key: string, value: boolean) => {
      setReplace((previous) => new Map(previous).set(key, value));
    },
    apply,
    cancel: () => {
      setRead(null);
    },
  };
}
