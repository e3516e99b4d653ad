export { unitInfo, unitsCompatible, conversionFactor, convertValue, UnitError } from './units.js';
export type { UnitInfo, UnitDimension } from './units.js';
export { boundsOf, applyMonotone } from './computed.js';
export type { Bounds, ComputedQuantity, ComputedQualifier } from './computed.js';
export { convertQuantity, roundSignificant } from './convert.js';
export { formatQuantity } from './format.js';
export type { FormatQuantityOptions } from './format.js';
