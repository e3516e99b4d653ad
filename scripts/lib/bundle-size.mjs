/**
 * Measures what a module costs a browser bundle: esbuild bundles `export * from <module>`
 * (minified, platform browser, so everything the entry exports is kept), and node:zlib gzips
 * the result at its default level. Shared by the size budget test and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * @param {string} module a specifier or path, resolved from `resolveDir`
 * @param {{ resolveDir: string, external?: string[] }} options
 */
export async function bundleSize(module, { resolveDir, external = [] }) {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(module)};`, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    external,
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: bytes.length, gzip: gzipSync(bytes).length, code: new TextDecoder().decode(bytes) };
}

/** Bytes as KB (1 KB = 1000 bytes), one decimal. */
export function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
