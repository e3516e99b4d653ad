/**
 * Reads the runnable examples of a Markdown page: each ```ts or ```js block, with the text of
 * the ```text block that follows it (its printed output), if any.
 */
export interface DocBlock {
  /** 1-based line of the opening fence. */
  line: number;
  lang: 'ts' | 'js';
  code: string;
  /** The output block that follows, or undefined when the next block is not an output block. */
  output: string | undefined;
}

const FENCE = /^```(\S*)\s*$/;

export function docBlocks(markdown: string): DocBlock[] {
  const lines = markdown.split('\n');
  const fenced: { line: number; lang: string; body: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    if (i >= lines.length) throw new Error(`unclosed code fence opened at line ${start + 1}`);
    fenced.push({ line: start + 1, lang: open[1] ?? '', body: body.join('\n') });
  }
  const blocks: DocBlock[] = [];
  fenced.forEach((block, k) => {
    if (block.lang !== 'ts' && block.lang !== 'js') return;
    const next = fenced[k + 1];
    blocks.push({ line: block.line, lang: block.lang, code: block.body, output: next?.lang === 'text' ? next.body : undefined });
  });
  return blocks;
}
