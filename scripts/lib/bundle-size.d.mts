export interface BundleSize {
  /** Minified bytes. */
  min: number;
  /** Minified, then gzipped bytes (zlib's default level). */
  gzip: number;
  /** The minified code, to look inside. */
  code: string;
}
export function bundleSize(module: string, options: { resolveDir: string; external?: string[] }): Promise<BundleSize>;
export function kb(bytes: number): string;
