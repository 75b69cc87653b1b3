"use client";
/** Copies the current address (which holds the whole view) for pasting into a chat. */
import { useState } from "react";

export function CopyLinkButton() {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt("复制此链接：", window.location.href); // clipboard blocked (http, old browser)
    }
  }
  return (
    <button type="button" className="btn" onClick={copy} data-testid="copy-link">
      {copied ? "已复制" : "复制链接"}
      <span className="sr-only" aria-live="polite">
        {copied ? "链接已复制到剪贴板" : ""}
      </span>
    </button>
  );
}
