import type { SubmissionFile } from "../../course/index";

/** Files inside a dropped folder that are read as submissions: `.json`, not hidden. */
function isSubmissionName(name: string): boolean {
  return name.toLowerCase().endsWith(".json") && !name.startsWith(".");
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

/**
 * A chosen file and the name the gradebook reports it by: its own name when chosen alone, its
 * path inside the folder when it came with a folder ("week-3/ada.json"), as the CLI names the
 * files of a folder given to it.
 */
export interface NamedFile {
  file: File;
  name: string;
}

async function filesOfEntry(entry: FileSystemEntry, inFolder: boolean): Promise<NamedFile[]> {
  if (entry.isFile) {
    if (inFolder && !isSubmissionName(entry.name)) return [];
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    return [{ file, name: inFolder ? entry.fullPath.replace(/^\/+/, "") : file.name }];
  }
  if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    const files: NamedFile[] = [];
    // readEntries returns the folder in batches until an empty one.
    for (;;) {
      const batch = await readEntries(reader);
      if (batch.length === 0) break;
      for (const child of batch) files.push(...(await filesOfEntry(child, true)));
    }
    return files;
  }
  return [];
}

/**
 * The files of a drop: files dropped one by one are all taken (a stray file is reported, not
 * skipped); inside dropped folders (recursively) only `.json` files are.
 */
export async function filesOfDrop(transfer: DataTransfer): Promise<NamedFile[]> {
  const entries = [...transfer.items]
    .map((item) => (item.kind === "file" ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return [...transfer.files].map((file) => ({ file, name: file.name }));
  const nested = await Promise.all(entries.map((entry) => filesOfEntry(entry, false)));
  return nested.flat();
}

/** The files chosen in a file input; from a folder input (`webkitdirectory`) only `.json` ones. */
export function filesOfInput(list: FileList | null, folder: boolean): NamedFile[] {
  const files = [...(list ?? [])];
  return folder
    ? files
        .filter((file) => isSubmissionName(file.name))
        .map((file) => ({ file, name: file.webkitRelativePath || file.name }))
    : files.map((file) => ({ file, name: file.name }));
}

/** Reads files as the gradebook's input: name and text. */
export async function readSubmissionFiles(files: readonly NamedFile[]): Promise<SubmissionFile[]> {
  return Promise.all(files.map(async ({ file, name }) => ({ name, text: await file.text() })));
}
