"use client";
/**
 * Copies the current address (which holds the whole view) for pasting into a chat: 当前数据 (the link follows
 * later imports) or 固定到此版本 (the link carries `rel=` and always shows this release's figures).
 */
import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import { pinnablePath } from "@/lib/releases/pinnable";
import { useReleaseShown, withRel } from "./release-context";

type Kind = "current" | "pinned";

export function CopyLinkButton() {
  const { id } = useReleaseShown();
  // Pages that do not read `rel` yet would show current data under a "pinned" link: no pin offered there.
  const pinnable = pinnablePath(usePathname(), useSearchParams().get("view"));
  const [copied, setCopied] = useState<Kind | null>(null);
  async function copy(kind: Kind) {
    const href = withRel(window.location.href, kind === "pinned" ? id : null);
    try {
      await navigator.clipboard.writeText(href);
      setCopied(kind);
      setTimeout(() => setCopied(null), 2000);
    } catch {
      window.prompt("复制此链接：", href); // clipboard blocked (http, old browser)
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-1" role="group" aria-label="复制链接">
      <button
        type="button"
        className="btn"
        onClick={() => copy("current")}
        data-testid="copy-link"
        title="链接始终显示最新数据"
      >
        {copied === "current" ? "已复制" : "复制链接 · 当前数据"}
      </button>
      {id !== null && pinnable ? (
        <button
          type="button"
          className="btn"
          onClick={() => copy("pinned")}
          data-testid="copy-link-pinned"
          title={`链接固定在数据版本 ${id}，之后导入新数据也不变`}
        >
          {copied === "pinned" ? "已复制" : "固定到此版本"}
        </button>
      ) : null}
      <span className="sr-only" aria-live="polite">
        {copied
          ? copied === "pinned"
            ? `固定到数据版本 ${id} 的链接已复制到剪贴板`
            : "当前数据的链接已复制到剪贴板"
          : ""}
      </span>
    </span>
  );
}
