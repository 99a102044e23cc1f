/**
 * Offer a file to the user, the one way every export, report and chart image is saved: a Blob
 * (text is wrapped in one with `type`) behind a temporary link with a download attribute.
 */
export function downloadFile(
  filename: string,
  content: string | Blob,
  type = 'text/plain;charset=utf-8',
): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
