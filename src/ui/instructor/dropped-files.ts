import type { SubmissionFile } from "../../course/index";

/** Files inside a dropped folder that are read as submissions: `.json`, not hidden. */
function isSubmissionName(name: string): boolean {
  return name.toLowerCase().endsWith(".json") && !name.startsWith(".");
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function filesOfEntry(entry: FileSystemEntry, inFolder: boolean): Promise<File[]> {
  if (entry.isFile) {
    if (inFolder && !isSubmissionName(entry.name)) return [];
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    return [file];
  }
  if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    const files: File[] = [];
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
export async function filesOfDrop(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items]
    .map((item) => (item.kind === "file" ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return [...transfer.files];
  const nested = await Promise.all(entries.map((entry) => filesOfEntry(entry, false)));
  return nested.flat();
}

/** The files chosen in a file input; from a folder input (`webkitdirectory`) only `.json` ones. */
export function filesOfInput(list: FileList | null, folder: boolean): File[] {
  const files = [...(list ?? [])];
  return folder ? files.filter((file) => isSubmissionName(file.name)) : files;
}

/** Reads files as the gradebook's input: name and text. */
export async function readSubmissionFiles(files: readonly File[]): Promise<SubmissionFile[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
}
