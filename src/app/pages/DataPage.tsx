/**
 * The Data page: an analyst brings in a new quarter (or DfE files, definitions, neighbour
 * lists, their own layout), sees each file's report and every change before anything changes,
 * chooses keep or replace where figures differ, and applies. Imports persist in this browser
 * (IndexedDB); the last can be undone, the workspace reset, exported and imported, and the
 * working data published as the files the hosted site reads. Loaded lazily (not in the first
 * download).
 */
import { zipSync } from 'fflate';
import { useEffect, useId, useState } from 'react';
import { ApplySafetyPanel } from '../../components/data-page/ApplySafetyPanel';
import { ChangePreviewPanel } from '../../components/data-page/ChangePreviewPanel';
import { CommentaryImport } from '../../components/data-page/CommentaryImport';
import { Confirm } from '../../components/data-page/Confirm';
import { DropZone } from '../../components/data-page/DropZone';
import { ErrorSummary } from '../../components/data-page/ErrorSummary';
import { FileReportPanel } from '../../components/data-page/FileReportPanel';
import { ImportHistory } from '../../components/data-page/ImportHistory';
import { MappingForm } from '../../components/data-page/MappingForm';
import { RememberedMappings } from '../../components/data-page/RememberedMappings';
import { ProgressPanel } from '../../components/data-page/ProgressPanel';
import { Notice } from '../../components/Notice';
import { StatusLine } from '../../components/StatusLine';
import '../../components/data-page/data.css';
import { dateStamp, download } from '../../hooks/download';
import { plainError } from '../../hooks/plain-error';
import { zipWorkspace } from '../../hooks/workspace-zip';
import { useCommentary } from '../../hooks/useCommentary';
import { useCommentaryImport } from '../../hooks/useCommentaryImport';
import { useDataPage } from '../../hooks/useDataPage';
import { useScorecardData } from '../../hooks/useScorecardData';
import { useStatusMessage } from '../../hooks/useStatusMessage';
import { useWorkspace } from '../../hooks/useWorkspace';
import { publishFiles } from '../../domain/workspace';
import { checkPublished } from '../../domain/workspace';
import { reportCsv } from '../../domain/import';
import { readableNumber } from '../../domain/model';
import { workspaceFromZip, type WorkspaceContents } from '../../domain/workspace';

type Confirmation =
  | { readonly kind: 'undo' }
  | { readonly kind: 'reset'; readonly forgetMappings: boolean }
  | { readonly kind: 'workspace'; readonly fileName: string; readonly contents: WorkspaceContents };

const plural = (n: number, word: string, words = `${word}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? word : words}`;

export default function DataPage({
  onVersionChange,
}: {
  onVersionChange: (version: string) => void;
}) {
  const workspace = useWorkspace();
  const commentary = useCommentary();
  const { now } = useScorecardData();
  const page = useDataPage(workspace, now);
  const commentaryImport = useCommentaryImport(workspace);
  const id = useId();
  const [confirming, setConfirming] = useState<Confirmation | null>(null);
  const message = useStatusMessage();
  const [workspaceProblems, setWorkspaceProblems] = useState<readonly string[]>([]);
  const [publishProblems, setPublishProblems] = useState<readonly string[]>([]);
  const [publishRefused, setPublishRefused] = useState<readonly string[]>([]);
  const version = workspace.data.version;
  useEffect(() => {
    onVersionChange(version);
    // Only a new version of the data needs recording in the link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);

  const { step, preview } = page;
  const busy = step.kind !== 'choose';
  const last = workspace.imports.at(-1);
  const say = message.say;

  const errorItems = [
    ...page.reports
      .filter((r) => r.errorCount > 0)
      .map((r) => ({
        href: `#${r.issues[0]?.id ?? r.id}`,
        text: `${r.fileName}: ${plural(r.errorCount, 'error')}, ${plural(r.rejected, 'line')} rejected`,
      })),
    ...(page.applyProblem ? [{ href: '#conflicts', text: page.applyProblem }] : []),
  ];

  const exportWorkspace = () => {
    // Made in a worker: compressing a large workspace on the page froze it for seconds.
    say('Making the workspace file…');
    const contents = {
      imports: workspace.imports,
      mappings: [...workspace.mappings],
      hostedVersion: workspace.hosted.version,
      exportedAt: new Date().toISOString(),
      commentary: [...(commentary?.local.values() ?? [])],
      spc: workspace.spc,
    };
    zipWorkspace(contents)
      .then((bytes) => {
        download(`scorecard-workspace-${dateStamp(new Date())}.zip`, bytes, 'application/zip');
        say(`Workspace exported with ${plural(contents.imports.length, 'import')}.`);
      })
      .catch((error: unknown) => {
        say(plainError('The workspace file could not be made', error));
      });
  };

  const openWorkspace = async (file: File) => {
    const read = workspaceFromZip(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) {
      setWorkspaceProblems(read.problems);
      say(`${file.name} could not be read as a workspace.`);
      return;
    }
    setWorkspaceProblems([]);
    setConfirming({ kind: 'workspace', fileName: file.name, contents: read.contents });
  };

  const publish = () => {
    const published = publishFiles(workspace.data, [...(commentary?.book.values() ?? [])]);
    const { files, problems } = published;
    // Read back as the hosted site would read it: a set it would not read cleanly is not given.
    const unreadable = checkPublished(published, workspace.data, new Date(), [
      ...(commentary?.book.values() ?? []),
    ]);
    setPublishRefused(unreadable);
    if (unreadable.length > 0) {
      setPublishProblems([]);
      say(
        'The files for the web host were not downloaded: the web host would not read them cleanly.',
      );
      return;
    }
    const encoder = new TextEncoder();
    const zip = zipSync(
      Object.fromEntries([...files].map(([name, text]) => [name, encoder.encode(text)])),
      { level: 6 },
    );
    download(`scorecard-data-${dateStamp(new Date())}.zip`, zip, 'application/zip');
    setPublishProblems(problems);
    say(`Files for the web host downloaded: ${[...files.keys()].join(', ')}.`);
  };

  const finish = (text: string) => {
    setConfirming(null);
    say(text);
  };

  return (
    <div className="data-page">
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {page.announcement}
      </p>
      <StatusLine message={message} />
      <p className="lead">
        Bring in a new quarter&rsquo;s figures, DfE files, indicator definitions and targets, or
        neighbour lists. Files are read in this browser and never uploaded. Nothing changes until
        you press Apply.
      </p>
      {page.cancelledOnLeaving && (
        <Notice title="Your last import was cancelled">
          <p>{page.cancelledOnLeaving}</p>
        </Notice>
      )}
      {workspace.storageProblem && (
        <Notice title="Imports cannot be kept" tone="problem">
          <p>{workspace.storageProblem}</p>
        </Notice>
      )}
      {workspace.changedElsewhere && (
        <Notice title="The workspace changed in another tab">
          <p>{workspace.changedElsewhere}</p>
        </Notice>
      )}
      {workspace.driftCount > 0 && (
        <Notice title="The data on the web host has changed since you imported">
          <p>
            {plural(workspace.driftCount, 'figure')} from your imports now{' '}
            {workspace.driftCount === 1 ? 'differs' : 'differ'} from the web host&rsquo;s data. Your
            imported figures are shown. To use the web host&rsquo;s figures instead, undo the import
            and bring the file in again.
          </p>
          <ul>
            {workspace.drift.slice(0, 10).map((item) => (
              <li key={item.key}>
                {item.incoming.indicator}, {item.incoming.area}, {item.incoming.period}: web host{' '}
                {item.current.value.kind === 'number'
                  ? readableNumber(item.current.value.value)
                  : item.current.value.state}
                , your import ({item.file}){' '}
                {item.incoming.value.kind === 'number'
                  ? readableNumber(item.incoming.value.value)
                  : item.incoming.value.state}
              </li>
            ))}
          </ul>
        </Notice>
      )}

      <section className="section" aria-labelledby={`${id}-bring`}>
        <h2 id={`${id}-bring`}>Bring files in</h2>
        {page.problems.length > 0 && (
          <Notice title="Some files were not read" tone="problem">
            <ul>
              {page.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Notice>
        )}
        {step.kind === 'choose' && <DropZone onFiles={page.choose} />}
        {(step.kind === 'reading' || step.kind === 'comparing') && (
          <ProgressPanel progress={step.progress} onCancel={page.cancel} />
        )}
        {step.kind === 'mapping' && (
          <MappingForm files={step.files} onSubmit={page.mapAndRead} onCancel={page.cancel} />
        )}
        {step.kind === 'applying' && (
          <p className="data-panel" role="status">
            Applying the import&hellip;
          </p>
        )}
        {step.kind === 'review' && (
          <>
            <ErrorSummary title="There is a problem" items={errorItems} />
            <h2>Each file</h2>
            {page.reports.map((report) => (
              <FileReportPanel key={report.id} report={report} onRemap={page.remap} />
            ))}
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  download(
                    `import-report-${dateStamp(new Date())}.csv`,
                    reportCsv(page.rawReports),
                    'text/csv;charset=utf-8',
                  );
                }}
              >
                Download the report (CSV)
              </button>
            </p>
            {preview && (
              <ChangePreviewPanel
                preview={preview}
                onDecide={page.decide}
                onDecideAll={page.decideAll}
              />
            )}
            {page.safety && (
              <ApplySafetyPanel
                safety={page.safety}
                onCleanLines={page.chooseCleanLines}
                onConfirmRegister={page.confirmRegister}
                onConfirmDefinitions={page.confirmDefinitions}
              />
            )}
            <div className="button-group">
              {page.safety?.givesAnything !== false && (
                <button type="button" className="button" onClick={page.apply}>
                  Apply
                </button>
              )}
              <button type="button" className="button button--secondary" onClick={page.cancel}>
                Cancel
              </button>
            </div>
          </>
        )}
      </section>

      <section className="section" aria-labelledby={`${id}-commentary`}>
        <h2 id={`${id}-commentary`}>Commentary from a spreadsheet</h2>
        {commentary && commentary.hostedProblems.length > 0 && (
          <Notice title="Some of the web host's commentary could not be read" tone="problem">
            <ul>
              {commentary.hostedProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Notice>
        )}
        <CommentaryImport state={commentaryImport} />
      </section>

      <section className="section" aria-labelledby={`${id}-history`}>
        <h2 id={`${id}-history`}>Imports applied</h2>
        <ImportHistory imports={page.history} />
        {workspace.persisted === false && (
          <p>
            This browser may clear saved imports if it runs short of space: export the workspace to
            keep a copy.
          </p>
        )}
        {last && !busy && confirming?.kind !== 'undo' && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setConfirming({ kind: 'undo' });
            }}
          >
            Undo the last import
          </button>
        )}
        {last && confirming?.kind === 'undo' && (
          <Confirm
            title={`Undo the import of ${last.files.map((f) => f.fileName).join(', ')}?`}
            confirm="Yes, undo it"
            onCancel={() => {
              setConfirming(null);
            }}
            onConfirm={() => {
              const names = last.files.map((f) => f.fileName).join(', ');
              workspace.undoLast().then(
                () => {
                  finish(`The import of ${names} was undone.`);
                },
                (error: unknown) => {
                  finish(plainError(`The import of ${names} could not be undone`, error));
                },
              );
            }}
          >
            <p>
              Its{' '}
              {plural(
                last.files.reduce((n, f) => n + f.observations.length, 0),
                'figure',
              )}{' '}
              will be removed, and any figures it replaced go back to what they were before.
            </p>
          </Confirm>
        )}
      </section>

      <section className="section" aria-labelledby={`${id}-keep`}>
        <h2 id={`${id}-keep`}>Keep and publish</h2>
        <h3>Move your workspace to another computer</h3>
        <p>
          Export every import (with its reports and choices) as one file, then import that file on
          the other computer.
        </p>
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={exportWorkspace}>
            Export the workspace
          </button>
          <span className="file-button">
            <input
              id={`${id}-workspace`}
              className="drop-zone__input"
              type="file"
              accept=".zip,application/zip"
              disabled={busy}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void openWorkspace(file);
              }}
            />
            <label htmlFor={`${id}-workspace`} className="button button--secondary">
              Import a workspace
            </label>
          </span>
        </div>
        {workspaceProblems.length > 0 && (
          <Notice title="The workspace file could not be read" tone="problem">
            <ul>
              {workspaceProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Notice>
        )}
        {workspace.undoReplace && confirming === null && (
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                workspace.undoReplace?.().then(
                  () => {
                    say('The workspace you had before was put back.');
                  },
                  (error: unknown) => {
                    say(plainError('The workspace you had before could not be put back', error));
                  },
                );
              }}
            >
              Put back the workspace you had before
            </button>
          </p>
        )}
        {confirming?.kind === 'workspace' && (
          <Confirm
            title={`Replace your workspace with ${confirming.fileName}?`}
            confirm="Yes, replace it"
            onCancel={() => {
              setConfirming(null);
            }}
            onConfirm={() => {
              const count = confirming.contents.imports.length;
              const written = confirming.contents.commentary ?? [];
              workspace
                .replaceWith(confirming.contents)
                .then(() => commentary?.replaceLocal(written))
                .then(
                  () => {
                    finish(
                      `Workspace imported: ${plural(count, 'import')}${written.length === 0 ? '' : ` and ${plural(written.length, 'commentary', 'commentaries')}`}.`,
                    );
                  },
                  (error: unknown) => {
                    finish(plainError('The workspace could not be imported', error));
                  },
                );
            }}
          >
            <p>
              Your {plural(workspace.imports.length, 'import')} in this browser will be replaced by
              the {plural(confirming.contents.imports.length, 'import')} in the file, and the
              commentary written in this browser by the{' '}
              {plural((confirming.contents.commentary ?? []).length, 'commentary', 'commentaries')}{' '}
              in it.
            </p>
          </Confirm>
        )}

        <h3>Publish to the web host</h3>
        <p>
          Download the working data as the files the hosted scorecard reads (config.json and the CSV
          files it names). Copy them over the <code>data</code> folder on the web host; see the
          README.
        </p>
        <button type="button" className="button button--secondary" onClick={publish}>
          Download files for the web host
        </button>
        {publishRefused.length > 0 && (
          <Notice title="The files were not downloaded" tone="problem">
            <p>
              Read back as the web host would read them, they would not show the working data
              exactly, so publishing them could break the hosted scorecard:
            </p>
            <ul>
              {publishRefused.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Notice>
        )}
        {publishProblems.length > 0 && (
          <Notice title="Some things could not be published exactly" tone="problem">
            <ul>
              {publishProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Notice>
        )}

        <h3>Remembered columns</h3>
        <RememberedMappings
          mappings={page.remembered}
          onForget={page.forgetMapping}
          disabled={busy}
        />

        <h3>Start again</h3>
        {confirming?.kind === 'reset' ? (
          <Confirm
            title="Reset to the data on the web host?"
            confirm="Yes, remove my imports"
            onCancel={() => {
              setConfirming(null);
            }}
            onConfirm={() => {
              const forget = confirming.forgetMappings;
              workspace.reset(forget).then(
                () => {
                  finish(
                    `The workspace was reset: the scorecard shows the data on the web host.${forget ? ' The remembered column mappings were forgotten.' : ''}`,
                  );
                },
                (error: unknown) => {
                  finish(plainError('The workspace could not be reset', error));
                },
              );
            }}
          >
            <p>
              All {plural(workspace.imports.length, 'import')} (
              {workspace.imports.flatMap((i) => i.files.map((f) => f.fileName)).join(', ')}) and
              their{' '}
              {plural(
                workspace.imports.reduce(
                  (n, i) => n + i.files.reduce((m, f) => m + f.observations.length, 0),
                  0,
                ),
                'figure',
              )}{' '}
              will be removed from this browser. Export the workspace first if you may need them.
            </p>
            {page.remembered.length > 0 && (
              <p className="checkbox">
                <input
                  type="checkbox"
                  id={`${id}-forget-mappings`}
                  checked={confirming.forgetMappings}
                  onChange={(event) => {
                    setConfirming({ kind: 'reset', forgetMappings: event.target.checked });
                  }}
                />
                <label htmlFor={`${id}-forget-mappings`}>
                  Also forget the {plural(page.remembered.length, 'remembered column mapping')}
                </label>
              </p>
            )}
          </Confirm>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || workspace.imports.length === 0}
            onClick={() => {
              setConfirming({ kind: 'reset', forgetMappings: false });
            }}
          >
            Reset to the data on the web host
          </button>
        )}
      </section>
    </div>
  );
}
