/**
 * The refinements of our schemas as plain functions, free of zod: what the validity checks
 * generated at build time (src/generated/validity-checks/) import by name. Internal: the
 * schema barrel passes them on to the other layers, the package entries do not.
 */
export { passes, codePointLength } from './rule-context.js';
export type { RuleContext, RuleIssue } from './rule-context.js';
export { withdrawalRule, citationRule, relationRule, sourceRule, boundsRule, checkValueRule, checkRule, valueKindOf } from './record-rules.js';
export { fuzzyDateRule } from './date-rules.js';
export { placeGeoRule, geoProblems } from './geo-rules.js';
export { isAssignedCountry, isKnownUnit, bboxInOrder, urlAcceptedAsIs } from './value-rules.js';
export { markRule, ruleCallOf } from './rule-calls.js';
export type { RuleCall } from './rule-calls.js';
