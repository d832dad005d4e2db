/**
 * The commentary the scorecard shows: the web host's (commentary.csv, named in config.json)
 * with what officers wrote in this browser laid over it, key by key. Writing is saved as the
 * officer types (kept in memory at once, written to IndexedDB after a short pause, and at once
 * when the page is hidden or closed), and the last change can be undone.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { keyOf, sameCommentary, type Commentary, type CommentaryBook } from '../domain/model';
import type { AssembledScorecard } from '../domain/import';
import type { CommentaryStore, StoredCommentary } from '../storage/commentary-store';
import { plainError } from './plain-error';

/** How long typing pauses before the text is written to IndexedDB. */
export const SAVE_AFTER_MS = 400;
/** Changes to one commentary closer together than this are one change for undo. */
const ONE_CHANGE_MS = 2000;

export interface CommentaryWork {
  /** Hosted commentary with this browser's over it. */
  readonly book: CommentaryBook;
  /** Commentary written (or brought in) in this browser. */
  readonly local: CommentaryBook;
  readonly hosted: CommentaryBook;
  /** Problems with the web host's commentary file, in plain English. */
  readonly hostedProblems: readonly string[];
  readonly storageProblem: string | null;
  /** 'saved' once IndexedDB has everything typed so far. */
  readonly saving: 'saved' | 'saving' | 'failed';
  /** Keeps a change (in memory at once, in IndexedDB after a pause). */
  readonly update: (next: Commentary) => void;
  /** The commentary the last change was made to, or null when there is nothing to undo. */
  readonly undoable: string | null;
  readonly undoLast: () => void;
  /** Writes pending changes now. */
  readonly flush: () => Promise<void>;
  /** Replaces this browser's commentary (a workspace from another machine). */
  readonly replaceLocal: (list: readonly Commentary[]) => Promise<void>;
  /** Keeps commentary brought in from a file. */
  readonly bringIn: (list: readonly Commentary[]) => Promise<void>;
  /** Commentary changed in another tab while this one was writing it: not saved over. */
  readonly conflicts: ReadonlyMap<string, CommentaryConflict>;
  /** Settles a conflict: keep this tab's text (over the other's), or take the other tab's. */
  readonly settle: (key: string, choice: 'mine' | 'theirs') => void;
}

export interface CommentaryConflict {
  readonly key: string;
  /** What this tab wrote (undefined: it emptied the commentary). */
  readonly mine: Commentary | undefined;
  /** What the other tab saved, now stored. */
  readonly theirs: StoredCommentary;
}

export const CommentaryContext = createContext<CommentaryWork | null>(null);

/** The commentary, or null outside a loaded scorecard (and in tests that render no provider). */
export function useCommentary(): CommentaryWork | null {
  return useContext(CommentaryContext);
}

interface Undo {
  readonly key: string;
  /** What it was before the change; undefined: nothing was written in this browser. */
  readonly before: Commentary | undefined;
  at: number;
}

export function useCommentaryState(
  hosted: AssembledScorecard | null,
  store: CommentaryStore,
  fetchBytes: (path: string) => Promise<Uint8Array | null>,
): CommentaryWork {
  const [hostedBook, setHostedBook] = useState<CommentaryBook>(new Map());
  const [hostedProblems, setHostedProblems] = useState<readonly string[]>([]);
  const [local, setLocal] = useState<CommentaryBook>(new Map());
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState<'saved' | 'saving' | 'failed'>('saved');
  const [undo, setUndo] = useState<Undo | null>(null);
  const localRef = useRef(local);
  const pending = useRef(new Map<string, Commentary | undefined>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The stored revision each commentary was read or saved at in this tab: a write is made only
  // against it, so another tab's change in between is found, not overwritten.
  const revisions = useRef(new Map<string, number>());
  const [conflicts, setConflicts] = useState<ReadonlyMap<string, CommentaryConflict>>(new Map());
  // What the conflicts are now, for callbacks (kept beside the state, set with it).
  const conflictsRef = useRef(conflicts);
  const channel = useRef<BroadcastChannel | null>(null);

  /** Takes what another tab stored for `keys`, except where this tab has a change of its own. */
  const takeStored = useCallback(
    async (keys?: readonly string[]) => {
      const entries = await store.entries(keys);
      const book = new Map(localRef.current);
      for (const entry of entries) {
        if (pending.current.has(entry.key) || conflictsRef.current.has(entry.key)) continue;
        revisions.current.set(entry.key, entry.revision);
        if (entry.commentary) book.set(entry.key, entry.commentary);
        else book.delete(entry.key);
      }
      localRef.current = book;
      setLocal(book);
    },
    [store],
  );

  useEffect(() => {
    if (store.channel === null || typeof BroadcastChannel === 'undefined') return;
    const heard = new BroadcastChannel(store.channel);
    heard.onmessage = (event: MessageEvent<unknown>) => {
      const keys = Array.isArray(event.data)
        ? event.data.filter((key): key is string => typeof key === 'string')
        : undefined;
      void takeStored(keys).catch(() => undefined);
    };
    channel.current = heard;
    return () => {
      channel.current = null;
      heard.close();
    };
  }, [store, takeStored]);

  useEffect(() => {
    let live = true;
    store
      .entries()
      .then((entries) => {
        if (!live) return;
        const book = new Map<string, Commentary>();
        for (const entry of entries) {
          revisions.current.set(entry.key, entry.revision);
          if (entry.commentary) book.set(entry.key, entry.commentary);
        }
        // Anything typed before the stored commentary arrived wins.
        for (const [key, c] of localRef.current) book.set(key, c);
        localRef.current = book;
        setLocal(book);
      })
      .catch((error: unknown) => {
        if (live)
          setStorageProblem(
            `${plainError('Commentary cannot be kept in this browser', error)} What you write is lost when the page closes; export the workspace to keep it.`,
          );
      });
    return () => {
      live = false;
    };
  }, [store]);

  useEffect(() => {
    if (!hosted) return;
    let live = true;
    // The commentary reader (and the CSV parser under it) loads only when config.json names a
    // commentary file, keeping both out of the page's first chunk.
    const named = hosted.config.commentary !== undefined;
    (named
      ? import('./hosted-commentary').then(({ loadHostedCommentary }) =>
          loadHostedCommentary(hosted, fetchBytes),
        )
      : Promise.resolve({ commentary: [], problems: [] })
    )
      .then(({ commentary, problems }) => {
        if (!live) return;
        setHostedBook(new Map(commentary.map((c) => [keyOf(c), c])));
        setHostedProblems(problems);
      })
      .catch((error: unknown) => {
        if (live)
          setHostedProblems([plainError("The web host's commentary could not be read", error)]);
      });
    return () => {
      live = false;
    };
  }, [hosted, fetchBytes]);

  const flush = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const writes = [...pending.current];
    pending.current.clear();
    if (writes.length === 0) return;
    try {
      const saved: string[] = [];
      const found: CommentaryConflict[] = [];
      for (const [key, c] of writes) {
        const outcome = await store.write(key, c, revisions.current.get(key) ?? 0);
        if (outcome.ok) {
          revisions.current.set(key, outcome.revision);
          saved.push(key);
        } else found.push({ key, mine: c, theirs: outcome.current });
      }
      if (saved.length > 0) channel.current?.postMessage(saved);
      if (found.length > 0) {
        const next = new Map(conflictsRef.current);
        for (const conflict of found) next.set(conflict.key, conflict);
        conflictsRef.current = next;
        setConflicts(next);
      }
      setSaving(pending.current.size > 0 ? 'saving' : found.length > 0 ? 'failed' : 'saved');
    } catch (error) {
      setSaving('failed');
      setStorageProblem(plainError('The commentary could not be saved in this browser', error));
    }
  }, [store]);

  useEffect(() => {
    const now = () => void flush();
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', hidden);
      void flush();
    };
  }, [flush]);

  const keep = useCallback(
    (key: string, next: Commentary | undefined) => {
      const book = new Map(localRef.current);
      if (next) book.set(key, next);
      else book.delete(key);
      localRef.current = book;
      setLocal(book);
      pending.current.set(key, next);
      setSaving('saving');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [flush],
  );

  const update = useCallback(
    (next: Commentary) => {
      const key = keyOf(next);
      const before = localRef.current.get(key);
      if (before && sameCommentary(before, next)) return;
      const at = Date.now();
      setUndo((previous) =>
        previous && previous.key === key && at - previous.at < ONE_CHANGE_MS
          ? Object.assign(previous, { at })
          : { key, before, at },
      );
      keep(key, next);
    },
    [keep],
  );

  const undoLast = useCallback(() => {
    if (!undo) return;
    keep(undo.key, undo.before);
    setUndo(null);
  }, [undo, keep]);

  const replaceLocal = useCallback(
    async (list: readonly Commentary[]) => {
      await flush();
      await store.replaceAll(list);
      const book = new Map(list.map((c) => [keyOf(c), c]));
      localRef.current = book;
      setLocal(book);
      setUndo(null);
      // Every commentary changed: read the revisions stored now, and tell the other tabs.
      await takeStored();
      channel.current?.postMessage('all');
    },
    [store, flush, takeStored],
  );

  const bringIn = useCallback(
    async (list: readonly Commentary[]) => {
      const book = new Map(localRef.current);
      for (const c of list) {
        book.set(keyOf(c), c);
        pending.current.set(keyOf(c), c);
      }
      localRef.current = book;
      setLocal(book);
      setUndo(null);
      await flush();
    },
    [flush],
  );

  const settle = useCallback(
    (key: string, choice: 'mine' | 'theirs') => {
      const conflict = conflictsRef.current.get(key);
      if (!conflict) return;
      const next = new Map(conflictsRef.current);
      next.delete(key);
      conflictsRef.current = next;
      setConflicts(next);
      revisions.current.set(key, conflict.theirs.revision);
      if (choice === 'mine') {
        // Written again against the other tab's revision, so it replaces it knowingly.
        pending.current.set(key, conflict.mine);
        void flush();
        return;
      }
      const book = new Map(localRef.current);
      if (conflict.theirs.commentary) book.set(key, conflict.theirs.commentary);
      else book.delete(key);
      localRef.current = book;
      setLocal(book);
      setUndo(null);
      setSaving(pending.current.size > 0 ? 'saving' : 'saved');
    },
    [flush],
  );

  return useMemo(() => {
    const book = new Map(hostedBook);
    for (const [key, c] of local) book.set(key, c);
    return {
      book,
      local,
      hosted: hostedBook,
      hostedProblems,
      storageProblem,
      saving,
      update,
      undoable: undo?.key ?? null,
      undoLast,
      flush,
      replaceLocal,
      bringIn,
      conflicts,
      settle,
    };
  }, [
    conflicts,
    settle,
    hostedBook,
    local,
    hostedProblems,
    storageProblem,
    saving,
    update,
    undo,
    undoLast,
    flush,
    replaceLocal,
    bringIn,
  ]);
}
