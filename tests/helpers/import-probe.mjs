// Imports a built entry and reports how much work its import did: calls to Object.freeze and
// Map.prototype.set (freezing records and building indexes), before and after first use.
// Runs in its own process so that no other module's loading is counted.
await import('zod');
const counts = { freeze: 0, mapSet: 0 };
const freeze = Object.freeze;
Object.freeze = (value) => {
  counts.freeze += 1;
  return freeze(value);
};
const set = Map.prototype.set;
Map.prototype.set = function (key, value) {
  counts.mapSet += 1;
  return set.call(this, key, value);
};
const entry = await import(process.argv[2]);
const atImport = { ...counts };
entry.getActor('iskp');
console.log(JSON.stringify({ atImport, afterUse: counts }));
