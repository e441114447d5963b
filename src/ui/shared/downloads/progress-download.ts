import { persistedPart, useAppStore } from "../../../store/app-store";
import { exportProgress } from "../../../store/progress-export";
import { downloadText } from "./download";

/** The name every "Export progress" button gives the reader's progress file. */
const progressFileName = "feature-stores-progress.json";

/** Offers everything the chapter saved in this browser as the progress file it can import. */
export function downloadProgress(): void {
  downloadText(progressFileName, exportProgress(persistedPart(useAppStore.getState())));
}
