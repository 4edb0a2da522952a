// Files in and out of the studio. Where the browser has the File System
// Access API (Chromium), a file opened from disk is saved back to the same
// file; elsewhere "Save" downloads the text under its file name.
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

/** A file on disk the studio may write back to (File System Access API). */
export interface DiskFile {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

type Pickers = {
  showOpenFilePicker?: (options: object) => Promise<DiskFile[]>;
  showSaveFilePicker?: (options: object) => Promise<DiskFile>;
};
const pickers = (): Pickers => globalThis as unknown as Pickers;
const YAML_TYPES = [{ description: 'Kohu scenario (YAML)', accept: { 'text/yaml': ['.yaml', '.yml'] } }];

export const canSaveInPlace = (): boolean =>
  typeof pickers().showOpenFilePicker === 'function' && typeof pickers().showSaveFilePicker === 'function';

/** Asks for a file to open; null when the person cancels. */
export async function pickFileToOpen(): Promise<{ file: DiskFile; text: string } | null> {
  try {
    const [file] = await pickers().showOpenFilePicker!({ types: YAML_TYPES, multiple: false });
    return { file, text: await (await file.getFile()).text() };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/**
 * Writes the text to the file it came from, or asks where to save it (a
 * download where the browser cannot write files). Returns the file written,
 * null when the person cancels, undefined after a download.
 */
export async function saveText(text: string, name: string, file: DiskFile | null): Promise<DiskFile | null | undefined> {
  if (!canSaveInPlace()) {
    downloadText(text, name);
    return undefined;
  }
  try {
    const target =
      file ?? (await pickers().showSaveFilePicker!({ suggestedName: name.split('/').pop() || 'scenario.yaml', types: YAML_TYPES }));
    const out = await target.createWritable();
    await out.write(text);
    await out.close();
    return target;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}
