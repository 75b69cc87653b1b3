/**
 * What collect reads from a web page: its links (with their text and title), <title>, the meta tags of the
 * 政府网站 standard (ArticleTitle, PubDate), a <meta http-equiv="refresh"> target, <base href>, and script
 * text (pagination is often written by script). htmlparser2's Tokenizer, as lib/parser/read/html-to-text.ts
 * uses it: no element stack, so deep nesting costs nothing.
 */
import { Tokenizer } from "htmlparser2";
import { decodeBytes } from "@/lib/parser/read/decode-text";
import iconv from "iconv-lite";

export interface PageLink {
  href: string;
  text: string;
  title: string;
}

export interface HtmlPage {
  title: string;
  links: PageLink[];
  meta: Record<string, string>;
  /** The URL of a <meta http-equiv="refresh">, as written (relative or absolute). */
  refresh: string | null;
  base: string | null;
  scripts: string;
}

const WS = /[\s\u00a0\u3000]+/g;
const clean = (s: string) => s.replace(WS, " ").trim();

/** Bytes of a page → text: the charset the server declared when iconv knows it, else the project's decoder. */
export function decodePage(bytes: Uint8Array, contentType: string): string {
  const declared = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase();
  if (declared && declared !== "utf-8" && declared !== "utf8" && iconv.encodingExists(declared))
    return iconv.decode(Buffer.from(bytes), declared);
  return decodeBytes(bytes, { html: true }).text;
}

export function looksLikeHtml(bytes: Uint8Array, contentType: string): boolean {
  if (/html|xml/i.test(contentType)) return true;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /<(head|body|meta|title)[\s>]/.test(head);
}

class PageCollector {
  readonly page: HtmlPage = { title: "", links: [], meta: {}, refresh: null, base: null, scripts: "" };
  private tag = "";
  private attrs: Record<string, string> = {};
  private attrName = "";
  private attrValue = "";
  private link: PageLink | null = null;
  private inTitle = false;
  private inScript = false;

  openTag(name: string): void {
    this.tag = name;
    this.attrs = {};
  }

  attrib(name: string): void {
    this.attrName = name;
    this.attrValue = "";
  }

  attribData(s: string): void {
    this.attrValue += s;
  }

  attribEnd(): void {
    if (!(this.attrName in this.attrs)) this.attrs[this.attrName] = this.attrValue;
  }

  openTagEnd(): void {
    const a = this.attrs;
    switch (this.tag) {
      case "a":
        if (a.href) this.link = { href: a.href, text: "", title: clean(a.title ?? "") };
        break;
      case "iframe":
      case "embed":
        if (a.src) this.page.links.push({ href: a.src, text: "", title: "" });
        break;
      case "title":
        this.inTitle = true;
        break;
      case "script":
        this.inScript = true;
        break;
      case "base":
        this.page.base ??= a.href ?? null;
        break;
      case "meta":
        this.meta(a);
        break;
    }
  }

  private meta(a: Record<string, string>): void {
    if (a["http-equiv"]?.toLowerCase() === "refresh" && a.content) {
      const target = /url\s*=\s*['"]?([^'"\s]+)/i.exec(a.content)?.[1];
      if (target) this.page.refresh ??= target;
    }
    const name = (a.name ?? a.property ?? "").toLowerCase();
    if (name && a.content !== undefined && !(name in this.page.meta)) this.page.meta[name] = clean(a.content);
  }

  text(s: string): void {
    if (this.inScript) this.page.scripts += s;
    else if (this.inTitle) this.page.title += s;
    if (this.link) this.link.text += s;
  }

  closeTag(name: string): void {
    if (name === "a" && this.link) {
      this.link.text = clean(this.link.text);
      this.page.links.push(this.link);
      this.link = null;
    } else if (name === "title") this.inTitle = false;
    else if (name === "script") {
      this.inScript = false;
      this.page.scripts += "\n";
    }
  }
}

export function readHtmlPage(html: string): HtmlPage {
  const c = new PageCollector();
  const slice = (start: number, end: number) => html.slice(start, end);
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname: (start, end) => c.openTag(slice(start, end).toLowerCase()),
      onattribname: (start, end) => c.attrib(slice(start, end).toLowerCase()),
      onattribdata: (start, end) => c.attribData(slice(start, end)),
      onattribentity: (codepoint) => c.attribData(String.fromCodePoint(codepoint)),
      onattribend: () => c.attribEnd(),
      onopentagend: () => c.openTagEnd(),
      onselfclosingtag: () => c.openTagEnd(),
      onclosetag: (start, end) => c.closeTag(slice(start, end).toLowerCase()),
      ontext: (start, end) => c.text(slice(start, end)),
      ontextentity: (codepoint) => c.text(String.fromCodePoint(codepoint)),
      oncdata: () => undefined,
      oncomment: () => undefined,
      ondeclaration: () => undefined,
      onend: () => undefined,
      onprocessinginstruction: () => undefined,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  c.page.title = clean(c.page.title);
  return c.page;
}
