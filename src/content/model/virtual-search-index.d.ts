// Type of the `virtual:search-index` module that the content plugin generates at build time: the
// chapter's MiniSearch index as JSON text, for `MiniSearch.loadJSON` with `searchIndexOptions`.
declare module "virtual:search-index" {
  const index: string;
  export default index;
}
