/**
 * The commands of a bash script, enough to tell which programs it runs: words split the way bash splits them
 * (quotes, `\` line continuations, comments, redirections, `$( … )` and backquotes read as commands of their
 * own, heredoc bodies skipped). Not a full bash parser: `case` patterns and functions called through
 * variables are not followed; a program named by a variable (`"$cmd"`) is not a literal and is left out.
 */

export interface Command {
  line: number;
  words: string[];
}

const OPERATORS = new Set([";", "&", "|", "(", ")", "\n"]);
const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_]\w*)\1/;

/** Heredoc bodies become empty lines: they are another language's text (python3 - <<'PY'), not commands. */
function blankHeredocs(src: string): string {
  const lines = src.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = HEREDOC.exec(lines[i]);
    if (!m) continue;
    let j = i + 1;
    for (; j < lines.length && lines[j].trim() !== m[2]; j++) lines[j] = "";
    if (j < lines.length) lines[j] = "";
    i = j;
  }
  return lines.join("\n");
}

/** Index of the quote that closes the one at `at` (the end of the text when none does). */
function closing(text: string, at: number): number {
  const end = text.indexOf(text[at], at + 1);
  return end < 0 ? text.length : end;
}

/** Index of the `close` that ends a group opened just before `from`, skipping quoted text and nested groups. */
function groupEnd(text: string, from: number, open: string, close: string): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "'" && open !== "`") i = closing(text, i);
    else if (c === close && --depth === 0) return i;
    else if (c === open && open !== close) depth++;
  }
  return text.length;
}

/** Every simple command of `src`, with the line it starts on; the commands inside `$( … )` come first. */
export function shellCommands(src: string, firstLine = 1): Command[] {
  const text = blankHeredocs(src);
  const out: Command[] = [];
  let words: string[] = [];
  let word = "";
  let inWord = false;
  let line = firstLine;
  let start = firstLine;
  const endWord = () => {
    if (inWord) {
      if (words.length === 0) start = line;
      words.push(word);
    }
    word = "";
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length) out.push({ line: start, words });
    words = [];
  };
  let i = 0;
  /** Moves to `end`, counting the lines passed over. */
  const skipTo = (end: number) => {
    for (let k = i + 1; k <= end && k < text.length; k++) if (text[k] === "\n") line++;
    i = end;
  };
  /** `$( … )` or backquotes opening just before `from`: their commands, and a dynamic part of the word. */
  const substitution = (from: number, open: string, close: string) => {
    const end = groupEnd(text, from, open, close);
    out.push(...shellCommands(text.slice(from, end), line));
    word += "$(…)";
    inWord = true;
    skipTo(end);
  };
  let quote = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      if (text[i + 1] !== "\n") {
        word += text[i + 1] ?? "";
        inWord = true;
      }
      skipTo(i + 1);
    } else if (c === "$" && text.startsWith("$((", i)) {
      skipTo(groupEnd(text, i + 3, "(", ")") + 1);
      word += "$((…))";
      inWord = true;
    } else if (c === "$" && text[i + 1] === "(") {
      substitution(i + 2, "(", ")");
    } else if (c === "`") {
      substitution(i + 1, "`", "`");
    } else if (c === "$" && text[i + 1] === "{") {
      const end = groupEnd(text, i + 2, "{", "}");
      word += text.slice(i, end + 1);
      inWord = true;
      skipTo(end);
    } else if (quote) {
      if (c === '"') quote = false;
      else word += c;
      if (c === "\n") line++;
    } else if (c === '"') {
      quote = true;
      inWord = true;
    } else if (c === "'") {
      const end = closing(text, i);
      word += text.slice(i + 1, end);
      inWord = true;
      skipTo(end);
    } else if (c === "#" && !inWord) {
      const end = text.indexOf("\n", i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (c === "(" && inWord && /^[A-Za-z_]\w*(\[[^\]]*\])?\+?=$/.test(word)) {
      // An array assignment, name=( … ): a value, not a subshell.
      const end = groupEnd(text, i + 1, "(", ")");
      word += text.slice(i, end + 1);
      skipTo(end);
    } else if (c === "<" || c === ">") {
      // a file descriptor: 2>/dev/null
      if (/^\d+$/.test(word)) {
        word = "";
        inWord = false;
      }
      endWord();
      while (i + 1 < text.length && "<>&|-".includes(text[i + 1])) i++;
      while (text[i + 1] === " " || text[i + 1] === "\t") i++;
      // The target (a file, a descriptor, a heredoc's delimiter) is not a word of the command.
      let k = i + 1;
      while (k < text.length && !/[\s;&|()<>]/.test(text[k])) {
        k = text[k] === '"' || text[k] === "'" ? closing(text, k) + 1 : k + 1;
      }
      skipTo(k - 1);
    } else if (c === " " || c === "\t") {
      endWord();
    } else if (OPERATORS.has(c)) {
      endCommand();
      if (c === "\n") line++;
    } else {
      word += c;
      inWord = true;
    }
  }
  endCommand();
  return out;
}
