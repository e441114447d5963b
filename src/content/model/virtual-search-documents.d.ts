// Type of the `virtual:search-documents` module that the content plugin generates at build time
// (tsconfig maps the module name here; Vite serves the real module): the chapter's search
// documents, which the app indexes with `searchIndexOptions` on the search box's first use.
import type { SearchDocument } from "./search-documents";

declare const documents: SearchDocument[];
export default documents;
