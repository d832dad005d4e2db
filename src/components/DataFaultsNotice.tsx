import type { HostedFault } from '../domain/import';
import { Notice } from './Notice';

/**
 * The files on the web host that could not be read, on every view and on paper: which file,
 * what is wrong, and which figures are missing, so nobody quotes an incomplete scorecard as
 * complete. Nothing is shown when every file read cleanly.
 */
export function DataFaultsNotice({ faults }: { faults: readonly HostedFault[] }) {
  if (faults.length === 0) return null;
  return (
    <Notice title="Some of the scorecard's data could not be read" tone="problem">
      <p>
        The figures on this page are incomplete. Do not quote them as complete until the files below
        are put right on the web host.
      </p>
      <ul className="data-faults">
        {faults.map((fault) => (
          <li key={fault.file}>
            <bdi>{fault.message}</bdi>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
