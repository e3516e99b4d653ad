/**
 * `central-asia-security/schema`: the zod schemas and their types, with no data.
 *
 * Each record kind comes twice: `XBaseSchema`, a refinement-free object to `.extend()`, and
 * `XSchema`, the refined schema to `.safeExtend()` or use as is. Sources and citations carry no
 * refinements, so they have one schema each.
 *
 * Every name is listed here on purpose: this list is the public surface (etc/schema.api.md
 * records it), and a name in src/schema that is not listed stays internal.
 *
 * @module schema
 */
export * from './schema-surface.js';

// The schema objects, built when this entry is imported (the main entry reaches only their factories).
export * from './schema-objects.js';
