import { format } from 'date-fns';

/** Hands the analyst a file made on the page (a report, the workspace, the files to publish). */
export function download(fileName: string, contents: Uint8Array | string, type: string): void {
  if (typeof URL.createObjectURL !== 'function') return;
  const blob = new Blob([typeof contents === 'string' ? contents : contents.slice().buffer], {
    type,
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** `2026-11-22` for file names. */
export function dateStamp(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}
