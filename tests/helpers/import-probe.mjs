// Imports a built entry and reports how much work its import did on the data: records frozen
// (Object.freeze on a record) and records indexed (Map.prototype.set with a record, a list of
// records or a {kind, record} wrapper as value), before and after first use. Freezing the
// exported constants at import is not counted: it is what keeps them from being changed, and it
// touches a few dozen small arrays, not the data. Runs in its own process so that no other
// module's loading is counted.
await import('zod');
const counts = { freeze: 0, mapSet: 0 };
const isRecord = (value) => typeof value === 'object' && value !== null && typeof value.id === 'string' && Array.isArray(value.citations);
const holdsRecords = (value) =>
  isRecord(value) || (Array.isArray(value) && value.some(isRecord)) || (typeof value === 'object' && value !== null && isRecord(value.record));
const freeze = Object.freeze;
Object.freeze = (value) => {
  if (isRecord(value)) counts.freeze += 1;
  return freeze(value);
};
// eslint-disable-next-line @typescript-eslint/unbound-method -- the original, called below with .call(this)
const set = Map.prototype.set;
Map.prototype.set = function (key, value) {
  if (holdsRecords(value)) counts.mapSet += 1;
  return set.call(this, key, value);
};
const entry = await import(process.argv[2]);
const atImport = { ...counts };
entry.getActor('iskp');
console.log(JSON.stringify({ atImport, afterUse: counts }));
