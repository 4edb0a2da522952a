// Files in and out of the studio: read a chosen file's text, and download
// the editor's text under its file name.
export function downloadText(text: string, file: string): void {
  const blob = new Blob([text], { type: 'application/yaml' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.split('/').pop() || 'scenario.yaml';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function readFileText(file: File): Promise<string> {
  return file.text();
}
