/**
 * The listed items of a view that changed between two releases, beside its tables (./table-diff.ts): lists whose
 * entries are not figures, such as a report's 校验问题, mark each entry `data-release-item="<list name>"`, and an entry
 * is matched by its whole text. A findings-only change (a later release rechecked the report) is named this way.
 * Pure: the banner feeds it the items of the pinned and the current page.
 */

export interface PageItem {
  /** The list's name, shown in the banner (校验问题). */
  list: string;
  text: string;
}

export interface ItemChange {
  list: string;
  /** Entries only the current page lists (new since the pinned release), and entries only the pinned one lists. */
  added: string[];
  removed: string[];
}

/** Entries of `a` not matched one for one in `b` (a list may hold the same text twice). */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const t of b) left.set(t, (left.get(t) ?? 0) + 1);
  return a.filter((t) => {
    const n = left.get(t) ?? 0;
    if (n > 0) left.set(t, n - 1);
    return n === 0;
  });
}

/** Per list (in the order the pages show them), what was added and removed from `before` to `after`. */
export function diffItems(before: PageItem[], after: PageItem[]): ItemChange[] {
  const lists = [...new Set([...before, ...after].map((i) => i.list))];
  const of = (items: PageItem[], list: string) => items.filter((i) => i.list === list).map((i) => i.text);
  return lists
    .map((list) => {
      const then = of(before, list);
      const now = of(after, list);
      return { list, added: minus(now, then), removed: minus(then, now) };
    })
    .filter((c) => c.added.length || c.removed.length);
}

/** An element's text with its parts spaced (textContent runs a badge and the label beside it together). */
function spacedText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? "";
  return [...node.childNodes].map(spacedText).join(" ");
}

/** The marked items of a parsed page (`main`), as diffItems reads them. */
export function readPageItems(root: ParentNode): PageItem[] {
  return [...root.querySelectorAll("main [data-release-item]")].map((el) => ({
    list: el.getAttribute("data-release-item") ?? "",
    text: spacedText(el).replace(/\s+/g, " ").trim(),
  }));
}
