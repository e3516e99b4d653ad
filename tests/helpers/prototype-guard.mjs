// Preloaded (node --import) into a CLI run by tests/hostile/cli.test.ts: reports on stderr,
// at exit, whether any built-in prototype gained or lost a property, and the peak memory.
const prototypes = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
const snapshot = () =>
  Object.entries(prototypes)
    .map(([name, p]) => `${name}:${Reflect.ownKeys(p).map(String).sort().join(',')}`)
    .join('|');
const before = snapshot();
process.on('exit', () => {
  if (snapshot() !== before) process.stderr.write('prototype-guard: a built-in prototype changed\n');
  process.stderr.write(`prototype-guard: max-rss-kib ${process.resourceUsage().maxRSS}\n`);
});
