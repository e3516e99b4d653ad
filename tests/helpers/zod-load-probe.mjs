// `node --import ./zod-load-probe.mjs …`: says on stderr, as the process exits, whether zod's
// code was loaded. The hook marks any module whose source defines zod's object schema (zod
// itself, or the CLI chunk it is bundled into); the mark sets a global the exit handler reads.
import { register } from 'node:module';

const hooks = `
export async function load(url, context, next) {
  const result = await next(url, context);
  if (result.format !== 'module' || result.source == null) return result;
  const text = typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source);
  if (!text.includes('"$ZodObject"')) return result;
  // After a shebang line, which must stay first.
  const at = text.startsWith('#!') ? text.indexOf('\\n') + 1 : 0;
  return { ...result, source: text.slice(0, at) + 'globalThis.__zodLoadedBy = ' + JSON.stringify(url) + ';' + text.slice(at) };
}
`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
process.on('exit', () => {
  process.stderr.write(globalThis.__zodLoadedBy === undefined ? 'zod-probe: zod not loaded\n' : `zod-probe: zod loaded by ${globalThis.__zodLoadedBy}\n`);
});
