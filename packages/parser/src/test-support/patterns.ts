import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

/** A regular expression of the parser, where it is written. */
export interface ParserPattern {
  where: string;
  source: string;
  flags: string;
}

const SRC = fileURLToPath(new URL("..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "test-support" ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** The regular expression literals of the parser's sources, read from their syntax trees. */
function literals(files: string[]): ParserPattern[] {
  const out: ParserPattern[] = [];
  for (const file of files) {
    const tree = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(tree);
        const end = text.lastIndexOf("/");
        const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        out.push({ where: `${relative(SRC, file)}:${line}`, source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return out;
}

/**
 * Every regular expression the parser writes or builds: the literals of its sources, and those its
 * modules construct when loaded (rules joined from word lists), caught by standing in for the
 * RegExp constructor while each module is imported.
 */
export async function parserPatterns(): Promise<ParserPattern[]> {
  const files = sourceFiles(SRC);
  const built: ParserPattern[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp;
      // The constructor's caller: the parser's own code, not a library it loads (those are not ours to judge).
      const frames = new Error().stack?.split("\n").slice(1) ?? [];
      const caller = frames.find((l) => !l.includes("test-support/patterns"));
      const at = caller?.includes(SRC) ? /\/src\/(.+?):(\d+):\d+/.exec(caller) : null;
      if (at) built.push({ where: `${at[1]}:${at[2]}`, source: re.source, flags: re.flags });
      return re;
    },
  });
  try {
    for (const file of files) await import(pathToFileURL(file).href);
  } finally {
    globalThis.RegExp = Original;
  }
  const seen = new Set<string>();
  return [...literals(files), ...built].filter((p) => {
    const key = `${p.flags}/${p.source}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}
