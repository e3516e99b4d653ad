const DASHES = /[\p{Pd}\u2212]/gu;
// Invisible format characters (soft hyphen, zero-width space and joiners, word joiner, BOM,
// direction marks): removed, not turned into spaces, so "Rah\u00admon" still finds "Rahmon".
const INVISIBLE = /\p{Cf}/gu;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’'`´ʼ.]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Folds text for matching: case, accents, dashes and punctuation are ignored and white space is
 * collapsed, so "Islamic State–Khorasan Province" and "islamic state-khorasan province" match.
 *
 * @example
 * ```ts
 * foldText('Islamic State–Khorasan  Province'); // => 'islamic state khorasan province'
 * foldText('Émomalí Rahmon'); // => 'emomali rahmon'
 * foldText('Rah\u00admon\u200b'); // => 'rahmon'
 * ```
 */
export function foldText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(DASHES, ' ')
    .replace(SEPARATORS, ' ')
    .trim();
}

/**
 * Folds only white space (including no-break spaces and line ends) to single spaces: the one
 * difference a citation quote may have from its source text.
 *
 * @example
 * ```ts
 * foldWhitespace('April\u00a02022   \n'); // => 'April 2022'
 * ```
 */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
