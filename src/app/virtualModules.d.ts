declare module 'virtual:stancemap-embed-dataset' {
  /** The bundled dataset as embed.html carries it (scripts/embedDatasetModule.ts). */
  const dataset: unknown;
  export default dataset;
}
