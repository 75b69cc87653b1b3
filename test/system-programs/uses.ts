/**
 * What a script or a source file runs: system programs, node_modules/.bin programs (npx), npm scripts, and
 * the programs a script asks scripts/ensure-system.sh for. Only literal names count: a program held in a
 * variable cannot be checked here, and a command array handed to a helper is not followed.
 */
import { shellCommands } from "./shell";

export type UseKind = "program" | "bin" | "npm-script" | "ensure";

export interface Use {
  file: string;
  line: number;
  kind: UseKind;
  name: string;
}

/** Words that run nothing themselves or only lead in to the command after them. */
const BUILTINS = new Set([
  ...["cd", "echo", "printf", "set", "export", "exit", "return", "local", "read", "test", "[", "[[", "true", "false"],
  ...["trap", "shift", "source", ".", "eval", "wait", "kill", "type", "hash", "declare", "typeset", "unset"],
  ...["readonly", "let", "pushd", "popd", "umask", "ulimit", "getopts", "break", "continue", ":", "alias"],
]);
const LEAD_INS = new Set(["if", "then", "else", "elif", "do", "while", "until", "!", "time", "exec", "{", "}"]);
const NOT_COMMANDS = new Set(["for", "case", "in", "esac", "fi", "done", "function", "select"]);
const ASSIGNMENT = /^[A-Za-z_]\w*(\[[^\]]*\])?\+?=/;
const BIN_PATH = /(?:^|\/)node_modules\/\.bin\/([^/]+)$/;

/** The index of the first word after `from` that is not an option (and not the value of one in `valued`). */
function afterOptions(words: string[], from: number, valued: string[] = []): number {
  let k = from;
  while (k < words.length && words[k].startsWith("-")) k += valued.includes(words[k]) ? 2 : 1;
  return k;
}

/** The uses of one simple command (its words as the shell splits them). */
function commandUses(file: string, line: number, words: string[], functions: Set<string>): Use[] {
  let k = 0;
  while (k < words.length && (ASSIGNMENT.test(words[k]) || LEAD_INS.has(words[k]))) k++;
  if (words[k] === "command") {
    if (words[k + 1]?.startsWith("-")) return []; // command -v: asks whether it exists, runs nothing
    k++;
  }
  const name = words[k];
  if (name === undefined || name.includes("$") || NOT_COMMANDS.has(name)) return [];
  if (BUILTINS.has(name) || functions.has(name)) return [];
  const use = (kind: UseKind, n: string): Use => ({ file, line, kind, name: n });
  const asked = (args: string[]) => args.filter((a) => !a.includes("$")).map((a) => use("ensure", a));
  const rest = words.slice(k + 1);
  const bin = BIN_PATH.exec(name);
  if (bin) return [use("bin", bin[1])];
  if (name.includes("/") && !name.startsWith("/")) {
    // A file of the repository; the one that installs programs is asked for these.
    return name.endsWith("ensure-system.sh") ? asked(rest) : [];
  }
  const program = name.slice(name.lastIndexOf("/") + 1);
  const uses = [use("program", program)];
  if (program === "bash" || program === "sh") {
    const at = afterOptions(rest, 0);
    const script = rest.includes("-c") ? rest[rest.indexOf("-c") + 1] : undefined;
    if (script) uses.push(...shellUses(file, script, line));
    else if (rest[at]?.endsWith("ensure-system.sh")) uses.push(...asked(rest.slice(at + 1)));
  } else if (program === "npx") {
    const target = rest[afterOptions(rest, 0, ["-p", "--package", "-c", "--call"])];
    if (target && !target.includes("$")) uses.push(use("bin", target));
  } else if (program === "npm") {
    const sub = afterOptions(rest, 0);
    if (["run", "run-script", "rr"].includes(rest[sub])) {
      const script = rest[afterOptions(rest, sub + 1)];
      if (script && !script.includes("$")) uses.push(use("npm-script", script));
    } else if (["test", "t", "start"].includes(rest[sub])) {
      uses.push(use("npm-script", rest[sub] === "t" ? "test" : rest[sub]));
    }
  } else if (["env", "nice", "timeout", "nohup", "setpriv"].includes(program)) {
    // Wrappers run the command after their own options (and nice's -n N, timeout's duration).
    let at = afterOptions(rest, 0, ["-n", "-s", "-k", "-u"]);
    while (ASSIGNMENT.test(rest[at] ?? "")) at++;
    if (program === "timeout") at++;
    if (rest[at]) uses.push(...commandUses(file, line, rest.slice(at), functions));
  }
  return uses;
}

/** The uses of a bash script (or of a command line such as a package.json script). */
export function shellUses(file: string, src: string, firstLine = 1): Use[] {
  const functions = new Set([...src.matchAll(/^\s*(?:function\s+)?([\w-]+)\s*\(\s*\)/gm)].map((m) => m[1]));
  return shellCommands(src, firstLine).flatMap((c) => commandUses(file, c.line, c.words, functions));
}

const CHILD_PROCESS = `["'](?:node:)?child_process["']`;
const IMPORT_NAMED = new RegExp(`import\\s+(?:(\\w+)\\s*,?\\s*)?(?:\\{([^}]*)\\})?\\s*from\\s*${CHILD_PROCESS}`, "g");
const IMPORT_ALL = new RegExp(`import\\s*\\*\\s*as\\s+(\\w+)\\s+from\\s*${CHILD_PROCESS}`, "g");
const REQUIRE = new RegExp(
  `(?:const|let|var)\\s+(?:(\\w+)|\\{([^}]*)\\})\\s*=\\s*require\\(\\s*${CHILD_PROCESS}\\s*\\)`,
  "g",
);
/** child_process functions whose first argument is a program, or (SHELL) a command line. */
const PROGRAM_FIRST = new Set(["spawn", "spawnSync", "execFile", "execFileSync"]);
const SHELL = new Set(["exec", "execSync"]);

/** Local names of child_process functions (`{ execFileSync as run }`, `promisify(execFile)`) and namespaces. */
function bindings(src: string): { fns: Map<string, string>; namespaces: Set<string> } {
  const fns = new Map<string, string>();
  const namespaces = new Set<string>();
  const named = (list: string, sep: RegExp) => {
    for (const part of list.split(",")) {
      const [orig, local = orig] = part
        .replace(/^\s*type\s+/, "")
        .trim()
        .split(sep)
        .map((s) => s.trim());
      if (PROGRAM_FIRST.has(orig) || SHELL.has(orig)) fns.set(local, orig);
    }
  };
  for (const m of src.matchAll(IMPORT_NAMED)) {
    if (m[1] && m[1] !== "type") namespaces.add(m[1]);
    if (m[2]) named(m[2], /\s+as\s+/);
  }
  for (const m of src.matchAll(IMPORT_ALL)) namespaces.add(m[1]);
  for (const m of src.matchAll(REQUIRE)) {
    if (m[1]) namespaces.add(m[1]);
    if (m[2]) named(m[2], /\s*:\s*/);
  }
  for (const m of src.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*(?:util\.)?promisify\(\s*(?:(\w+)\.)?(\w+)\s*\)/g)) {
    const orig = m[2] ? (namespaces.has(m[2]) ? m[3] : undefined) : fns.get(m[3]);
    if (orig) fns.set(m[1], orig);
  }
  return { fns, namespaces };
}

/** The string literal starting at `at` (template holes become `$…`), or null when none starts there. */
function literalAt(src: string, at: number): { text: string; end: number } | null {
  const q = src[at];
  if (q !== '"' && q !== "'" && q !== "`") return null;
  let text = "";
  for (let i = at + 1; i < src.length; i++) {
    if (src[i] === "\\") text += src[++i];
    else if (src[i] === q) return { text, end: i + 1 };
    else if (q === "`" && src.startsWith("${", i)) {
      i = src.indexOf("}", i);
      text += "$…";
    } else text += src[i];
  }
  return null;
}

/** The leading string literals of the array literal that follows `at` (`, ["-c", "…"]`). */
function arrayLiterals(src: string, at: number): string[] {
  const open = /^\s*,\s*\[\s*/.exec(src.slice(at));
  if (!open) return [];
  const out: string[] = [];
  let i = at + open[0].length;
  for (let lit = literalAt(src, i); lit; lit = literalAt(src, i)) {
    out.push(lit.text);
    i = lit.end + (/^\s*,\s*/.exec(src.slice(lit.end))?.[0].length ?? 0);
  }
  return out;
}

/** The uses in TypeScript/JavaScript: child_process calls with a literal program, and /usr/bin/… paths. */
export function codeUses(file: string, src: string): Use[] {
  const lineAt = (index: number) => src.slice(0, index).split("\n").length;
  const uses: Use[] = [];
  const { fns, namespaces } = bindings(src);
  const callees = [
    ...[...fns.keys()].map((n) => `(?<![\\w$.])(${n})`),
    ...[...namespaces].map((n) => `(?<![\\w$.])${n}\\s*\\.\\s*(\\w+)`),
  ];
  if (callees.length) {
    for (const m of src.matchAll(new RegExp(`(?:${callees.join("|")})\\s*\\(\\s*`, "g"))) {
      const called = m.slice(1).find((g) => g !== undefined)!;
      const fn = fns.get(called) ?? called;
      const lit = literalAt(src, m.index + m[0].length);
      if (!lit || !(PROGRAM_FIRST.has(fn) || SHELL.has(fn))) continue;
      const line = lineAt(m.index);
      if (SHELL.has(fn)) {
        uses.push(...shellUses(file, lit.text, line));
      } else if (!lit.text.includes("$")) {
        // As if typed in a shell: the program and its literal arguments (npx's target, bash -c's script).
        const words = [lit.text, ...arrayLiterals(src, lit.end)];
        uses.push(...shellUses(file, words.map((w) => `'${w.replaceAll("'", `'\\''`)}'`).join(" "), line));
      }
    }
  }
  for (const m of src.matchAll(/["'`](?:\/usr)?(?:\/local)?\/s?bin\/([\w.+-]+)["'`]/g)) {
    uses.push({ file, line: lineAt(m.index), kind: "program", name: m[1] });
  }
  return uses;
}
