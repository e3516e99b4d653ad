/**
 * Turns a code example into checks: every `// =>` result is evaluated and compared with deep
 * equality. `expr; // => value` checks `expr`; a `// => value` line on its own checks the
 * statement before it; `const x = expr; // => value` checks `x`. A value containing `…` is a
 * partial match (the listed fields must match). An example that cannot run on its own carries
 * `// doctest: skip (reason)` and is counted by the caller.
 */
import { transformSync } from 'esbuild';

export interface Check {
  /** 1-based line in the example. */
  line: number;
  /** The source text of the checked expression. */
  expression: string;
  /** The text after `// =>`. */
  expected: string;
}

export interface PreparedExample {
  /** JavaScript that calls `__check(index, () => value)` for every check. */
  code: string;
  checks: Check[];
  /** The reason given by a `// doctest: skip (reason)` marker, if any. */
  skip: string | undefined;
  /** Results about types (`type R = …; // => …`), left to the compiler. */
  typeLevel: number;
}

const SKIP = /\/\/ doctest: skip \(([^)]+)\)/;
const INLINE = /^(\s*)(.+?);?\s*\/\/ => (.+)$/;
const ALONE = /^\s*\/\/ => (.+)$/;
const DECLARATION = /^(const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/;

export function prepareExample(source: string): PreparedExample {
  const skip = SKIP.exec(source)?.[1];
  const lines = source.split('\n').filter((line) => !/^\s*import\s.+from\s+['"]/.test(line));
  const out: string[] = [];
  const checks: Check[] = [];
  let typeLevel = 0;
  const check = (expression: string, expected: string, line: number) => {
    checks.push({ line, expression, expected });
    return `__check(${checks.length - 1}, () => (${expression}));`;
  };
  const checkPrevious = (expected: string, line: number) => {
    // The statement before: back to the previous statement's end, with its brackets balanced.
    const depth = (from: number) => {
      const text = out
        .slice(from)
        .join('\n')
        .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '');
      return (text.match(/[([{]/g) ?? []).length - (text.match(/[)\]}]/g) ?? []).length;
    };
    let start = out.length - 1;
    while (start > 0 && (depth(start) < 0 || (!/[;}]\s*(\/\/.*)?$/.test(out[start - 1]!) && !/^\s*(\/\/.*)?$/.test(out[start - 1]!)))) start -= 1;
    const statement = out.splice(start).join('\n').trim().replace(/;$/, '');
    if (/^(type|interface)\s/.test(statement)) {
      // A type-level result (`type R = …; // => R['x'] is …`) is the compiler's to check.
      typeLevel += 1;
      out.push(statement);
      return;
    }
    const declared = DECLARATION.exec(statement);
    out.push(declared ? `${statement};\n${check(declared[2]!, expected, line)}` : check(statement, expected, line));
  };
  lines.forEach((line, i) => {
    const alone = ALONE.exec(line);
    if (alone) return checkPrevious(alone[1]!, i + 1);
    const inline = INLINE.exec(line);
    if (inline && !/^\s*\/\//.test(line)) {
      out.push(`${inline[1]}${inline[2]};`);
      return checkPrevious(inline[3]!, i + 1);
    }
    out.push(line);
  });
  if (skip !== undefined) return { code: '', checks, skip, typeLevel };
  try {
    return { code: transformSync(out.join('\n'), { loader: 'ts', format: 'esm' }).code, checks, skip, typeLevel };
  } catch (error) {
    // Reported by the caller as a failure of this example, with its place.
    return { code: `throw new SyntaxError(${JSON.stringify(String(error).split('\n')[1] ?? String(error))});`, checks, skip, typeLevel };
  }
}

/** The value an expected text stands for, and whether it is partial (`…`). */
export function expectedValue(text: string): { value: unknown; partial: boolean } {
  const partial = text.includes('…');
  let source = text.replace(/,?\s*…\s*/g, ' ').trim();
  // A short remark after the value, in parentheses: `undefined (the package ships quotes)`.
  source = source.replace(/\s+\([^()]*\)$/, '');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the documented literal is the point
  const evaluate = new Function(`return (${source});`) as () => unknown;
  return { value: evaluate(), partial };
}
