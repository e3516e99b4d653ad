import type { FuzzyDate } from '../src/schema/index.js';
import { fuzzyDate, intersectFuzzyDates, resolveRelativeDate } from '../src/time/index.js';
import { PUBLISHED } from './sources.js';

/** Resolves an article phrase against its publication interval. */
export function published(phrase: string): FuzzyDate {
  return resolveRelativeDate(phrase, PUBLISHED);
}

/** The publication interval itself, for statements the article dates only by its own tense ("says"). */
export function atPublication(text: string): FuzzyDate {
  return { ...PUBLISHED, text };
}

/** 14 September 2023: "held on Thursday, September 14". */
export const SUMMIT_DAY = resolveRelativeDate('Thursday, September 14', PUBLISHED);

/** "last week’s SCO Regional Anti-Terrorist Structure Council", against the publication interval. */
export const RATS_COUNCIL_WEEK = resolveRelativeDate('last week’s', PUBLISHED);

/** Calendar years the article names ("compared to 2021", "in 2022"). */
export function year(text: string): FuzzyDate {
  return resolveRelativeDate(text, PUBLISHED);
}

/** The days up to and including a given day: an event someone referred to on that day. */
export function onOrBefore(date: FuzzyDate, limit: FuzzyDate): FuzzyDate {
  return intersectFuzzyDates(date, { start: '0001-01-01', end: limit.end, precision: 'range' });
}

export { fuzzyDate, intersectFuzzyDates, resolveRelativeDate };
