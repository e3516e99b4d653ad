import type * as z from 'zod';
import { byKind, COLLECTION_OF, RECORD_KINDS, type RecordKind } from '../schema/index.js';
import { checkCorroboration, type LocatedRecord } from './check-rules.js';
import { foldWhitespace } from './fold-text.js';
import { parseRecord } from './parse-record.js';
import { referencesOf } from './references.js';
import { snapshotInput } from './snapshot.js';
import type { RecordsByKind } from './record-dataset.js';
import type { ValidationIssue } from './validation-error.js';
import { idOf } from './record-id.js';

/** Schemas to validate each kind with. */
export type SchemaSet = Record<RecordKind, z.ZodType>;

/** The records that passed their schemas, by kind, and every issue found. */
export interface ValidationResult {
  records: RecordsByKind;
  issues: ValidationIssue[];
}

type Located = LocatedRecord;

const KNOWN_COLLECTIONS = new Set<string>(Object.values(COLLECTION_OF));

function issueCode(zodIssue: z.core.$ZodIssue): ValidationIssue['code'] {
  // FuzzyDateSchema marks its date-order issue with `params.code`; the code lets callers filter on it.
  return zodIssue.code === 'custom' && zodIssue.params?.code === 'date-order' ? 'date-order' : 'schema';
}

/** A dataset's collections by kind, as read (once) from input, and what was wrong with its shape. */
export interface Collections {
  collections: RecordsByKind;
  issues: ValidationIssue[];
}

/**
 * Reads input's collections for validation: one snapshot ({@link snapshotInput}), so input that
 * answers differently on a second read (a getter, a Proxy) cannot slip a value past the checks;
 * then the shape: an object of arrays named after the kinds, every other key reported.
 */
export function readCollections(untrusted: unknown): Collections {
  const collections = byKind<RecordsByKind>(() => []);
  const { value: input, issues } = snapshotInput(untrusted);
  if (issues.length > 0) return { collections, issues };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push({ code: 'input', kind: 'dataset', path: [], message: `expected an object of record arrays, got ${describe(input)}` });
    return { collections, issues };
  }
  for (const key of Object.keys(input)) {
    if (!KNOWN_COLLECTIONS.has(key)) {
      issues.push({
        code: 'input',
        kind: 'dataset',
        path: [key],
        message: `unknown collection "${key}"; expected one of ${[...KNOWN_COLLECTIONS].join(', ')}`,
      });
    }
  }
  for (const kind of RECORD_KINDS) {
    const collection = COLLECTION_OF[kind];
    const value = (input as Record<string, unknown>)[collection];
    if (value === undefined) continue;
    if (Array.isArray(value)) collections[kind] = value;
    else issues.push({ code: 'input', kind: 'dataset', path: [collection], message: `"${collection}" must be an array, got ${describe(value)}` });
  }
  return { collections, issues };
}

/**
 * Validates a whole dataset: every record against its kind's schema, then ids, references and
 * quotes across records, and the rules of sources and checks (see check-rules.ts). It collects every problem rather than stopping at the first.
 */
export function validateDataset(input: unknown, schemas: SchemaSet): ValidationResult {
  const { collections, issues } = readCollections(input);
  const result = validateCollections(collections, schemas);
  return { records: result.records, issues: [...issues, ...result.issues] };
}

/** Validates collections already read by {@link readCollections} (private copies). */
export function validateCollections(collections: RecordsByKind, schemas: SchemaSet): ValidationResult {
  const records = byKind<Record<RecordKind, unknown[]>>(() => []);
  const issues: ValidationIssue[] = [];
  const located: Located[] = [];
  for (const kind of RECORD_KINDS) {
    const value = collections[kind];
    // A for loop, not forEach: holes are read (as undefined), never skipped.
    for (let index = 0; index < value.length; index++) {
      const raw: unknown = value[index];
      const id = idOf(raw);
      located.push({ kind, index, id, raw });
      // The collections are private copies, so a caller's schema that passes objects through
      // keeps (and freezes) ours, not the caller's.
      const parsed = parseRecord(schemas[kind], raw, false);
      if (parsed.success) {
        records[kind].push(parsed.data);
        continue;
      }
      for (const zodIssue of parsed.issues) {
        issues.push({
          code: issueCode(zodIssue),
          kind,
          ...(id === undefined ? {} : { id }),
          index,
          path: zodIssue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
          message: zodIssue.message,
        });
      }
    }
  }

  checkIds(located, issues);
  checkReferences(located, issues);
  checkQuotes(located, issues);
  checkCorroboration(located, issues);
  return { records, issues };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function where(item: Located): string {
  return `${COLLECTION_OF[item.kind]}[${item.index}]`;
}

function checkIds(located: Located[], issues: ValidationIssue[]): void {
  const firstSeen = new Map<string, Located>();
  for (const item of located) {
    if (item.id === undefined) continue;
    const earlier = firstSeen.get(item.id);
    if (earlier) {
      issues.push({
        code: 'duplicate-id',
        kind: item.kind,
        id: item.id,
        index: item.index,
        path: ['id'],
        message: `id "${item.id}" is already used by ${earlier.kind} at ${where(earlier)}; ids are unique across all kinds`,
      });
    } else {
      firstSeen.set(item.id, item);
    }
  }
}

function checkReferences(located: Located[], issues: ValidationIssue[]): void {
  const kindOf = new Map<string, RecordKind>();
  for (const item of located) if (item.id !== undefined && !kindOf.has(item.id)) kindOf.set(item.id, item.kind);
  for (const item of located) {
    for (const ref of referencesOf(item.kind, item.raw)) {
      const target = kindOf.get(ref.id);
      const ok = target !== undefined && (ref.targets === 'any' || ref.targets.includes(target));
      if (ok) continue;
      const expected = ref.targets === 'any' ? 'record' : ref.targets.join(' or ');
      issues.push({
        code: 'dangling-reference',
        kind: item.kind,
        ...(item.id === undefined ? {} : { id: item.id }),
        index: item.index,
        path: ref.path,
        message: target === undefined ? `unknown ${expected} "${ref.id}"` : `"${ref.id}" is ${article(target)} ${target}, expected ${expected}`,
      });
    }
  }
}

function checkQuotes(located: Located[], issues: ValidationIssue[]): void {
  const texts = new Map<string, string>();
  for (const item of located) {
    if (item.kind !== 'source' || item.id === undefined) continue;
    const text = (item.raw as { text?: unknown }).text;
    if (typeof text === 'string') texts.set(item.id, foldWhitespace(text));
  }
  if (texts.size === 0) return;
  for (const item of located) {
    const citations = (item.raw as { citations?: unknown } | null)?.citations;
    if (!Array.isArray(citations)) continue;
    citations.forEach((citation: unknown, i) => {
      if (typeof citation !== 'object' || citation === null) return;
      const { source, quote } = citation as { source?: unknown; quote?: unknown };
      if (typeof source !== 'string' || typeof quote !== 'string') return;
      const text = texts.get(source);
      if (text === undefined || text.includes(foldWhitespace(quote))) return;
      const shown = quote.length > 80 ? `${quote.slice(0, 77)}…` : quote;
      issues.push({
        code: 'quote-not-found',
        kind: item.kind,
        ...(item.id === undefined ? {} : { id: item.id }),
        index: item.index,
        path: ['citations', i, 'quote'],
        message: `quote not found verbatim in source "${source}": "${shown}"`,
      });
    });
  }
}
