export { unitInfo, unitsCompatible, conversionFactor, convertValue, UnitError } from './units.js';
export type { UnitInfo, UnitDimension } from './units.js';
export { boundsOf, applyMonotone } from './bounds.js';
export type { Bounds, ComputedQuantity, ComputedQualifier } from './bounds.js';
export { convertQuantity, roundSignificant } from './convert.js';
export { formatQuantity, unitWord } from './format.js';
export type { FormatQuantityOptions } from './format.js';
