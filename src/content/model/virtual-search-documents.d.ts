// Type of the `virtual:search-documents` module that the content plugin generates at build time:
// the chapter's search documents, which the app indexes with `searchIndexOptions` on first use.
declare module "virtual:search-documents" {
  const documents: import("./search-documents").SearchDocument[];
  export default documents;
}
