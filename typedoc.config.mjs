// API site: `npm run docs` builds it into docs/api/ (git-ignored). Warnings are errors, so a
// broken {@link}, an unexported type in the public surface or a bad tag fails the build.
/** @type {Partial<import('typedoc').TypeDocOptions>} */
const config = {
  name: 'central-asia-security',
  // Keep in step with the JavaScript subpaths of package.json `exports`
  // (tests/package/jsdoc.test.ts checks that they match).
  entryPoints: ['src/entries/main.ts', 'src/entries/schema.ts', 'src/entries/records.ts'],
  out: 'docs/api',
  readme: 'README.md',
  // The guides, linked from the README and listed beside the API.
  projectDocuments: ['docs/*.md'],
  treatWarningsAsErrors: true,
  // typedoc's defaults plus what the guides use (Python and R readers of the data package).
  highlightLanguages: [
    'bash',
    'console',
    'css',
    'html',
    'javascript',
    'json',
    'jsonc',
    'json5',
    'yaml',
    'tsx',
    'typescript',
    'sh',
    'shell',
    'markdown',
    'md',
    'python',
    'r',
    'csv',
    'mermaid',
  ],
  // No public repository address is known yet, and a clone's remote (CI clones a local path)
  // is no place to link sources to; turn source links on once the repository is public.
  disableSources: true,
  excludePrivate: true,
  excludeInternal: true,
  sort: ['kind', 'instance-first', 'alphabetical-ignoring-documents'],
  // Type-level helpers of defineSchemas' result types: users never name them, so they stay
  // unexported rather than widen the public surface.
  intentionallyNotExported: [
    // Constraints and plumbing of the generic Dataset and query types; internal since the
    // surface was trimmed (etc/main.api.md).
    'src/dataset/types.ts:RecordMapLike',
    'src/dataset/types.ts:FieldOf',
    'src/schema/define-schemas.ts:Members',
    'src/schema/define-schemas.ts:Added',
    'src/schema/define-schemas.ts:IncidentActorOf',
    ...['Source', 'Actor', 'Place', 'Incident', 'Indicator', 'Observation', 'Claim', 'Relation', 'Check'].map(
      (kind) => `src/schema/define-schemas.ts:${kind}BaseOf`,
    ),
    // Type-level helpers of the bundled record types, the typed rows and the table reader.
    'src/entries/bundled/records.ts:Replace',
    'src/entries/bundled/records.ts:Sourced',
    'src/tables/dated-rows.ts:DateKey',
    'src/tables/from-tables.ts:Json',
    'src/tables/from-tables.ts:AnyRow',
    'src/tables/row-types.ts:KindOfTable',
    'src/tables/row-types.ts:ExtensionColumns',
    'src/tables/row-types.ts:ItemOf',
    'src/generated/table-rows.ts:TableRowMap',
    // The schema factories (src/schema/*.ts) the record types are inferred from. The public
    // schema objects (`AliasSchema`, …) are their results, exported by the schema entry; the
    // types name the factories so that the main entry, which exports the types but not the
    // objects, builds no schema at import.
    ...[
      'actor.ts:aliasSchema',
      'geo.ts:bboxSchema',
      'check.ts:checkValueBaseSchema',
      'claim.ts:claimChannelSchema',
      'observation.ts:comparisonSchema',
      'id.ts:countryCodeSchema',
      'dataset-schema.ts:datasetSchema',
      'observation.ts:derivationSchema',
      'record-base.ts:externalIdSchema',
      'geo.ts:geoProvenanceSchema',
      'id.ts:idSchema',
      'incident.ts:incidentActorSchema',
      'record-base.ts:inferenceSchema',
      'geo.ts:lonLatSchema',
      'claim.ts:positionSchema',
      'record-base.ts:recordBaseSchema',
      'record-base.ts:withdrawalSchema',
    ].map((name) => `src/schema/${name}`),
  ],
  validation: { notExported: true, invalidLink: true, rewrittenLink: true, notDocumented: false, unusedMergeModuleWith: true },
};

export default config;
