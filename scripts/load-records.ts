/**
 * Loads data/ as the build sees it: the hand-written records, each source with its full text
 * from data/sources/, and each citation with the paragraph its quote stands in.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { records } from '../data/index.js';
import { foldWhitespace } from '../src/dataset/index.js';
import type { Citation } from '../src/schema/index.js';

export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/** Reads a source's full text, kept beside the records as data/sources/<id>.txt. */
export function readSourceText(id: string): string {
  return readFileSync(new URL(`../data/sources/${id}.txt`, import.meta.url), 'utf8');
}

/** Splits a text into folded paragraphs (blank-line separated), in order. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(foldWhitespace)
    .filter((p) => p !== '');
}

function locate(citation: Citation, paragraphs: Map<string, string[]>): Citation {
  if (citation.paragraph !== undefined || citation.quote === undefined) return citation;
  const quote = foldWhitespace(citation.quote);
  const index = paragraphs.get(citation.source)?.findIndex((p) => p.includes(quote)) ?? -1;
  return index < 0 ? citation : { ...citation, paragraph: index + 1 };
}

/** The records of data/, with source texts attached and citation paragraphs located. */
export function loadRecords(): typeof records {
  const paragraphs = new Map<string, string[]>();
  const sources = records.sources.map((source) => {
    // Only a source whose text we may hold has one in data/sources/; the others are cited by summary.
    if (source.textHeld !== true) return source;
    const text = readSourceText(source.id);
    paragraphs.set(source.id, paragraphsOf(text));
    return { ...source, text };
  });
  const withLocators = <T extends { citations: Citation[] }>(list: T[]): T[] =>
    list.map((record) => ({ ...record, citations: record.citations.map((c) => locate(c, paragraphs)) }));
  return {
    sources,
    actors: withLocators(records.actors),
    places: withLocators(records.places),
    incidents: withLocators(records.incidents),
    indicators: withLocators(records.indicators),
    observations: withLocators(records.observations),
    claims: withLocators(records.claims),
    relations: withLocators(records.relations),
    checks: withLocators(records.checks),
  };
}
