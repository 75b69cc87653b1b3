import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ReleaseScope } from "@/components/release-footer";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "年报观察 · 政府信息公开工作年度报告", template: "%s · 年报观察" },
  description: "政府信息公开工作年度报告的解析、校验与对比",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          跳到主要内容
        </a>
        <SiteHeader />
        <ReleaseScope>
          <main id="main" className="page-width px-3 py-4 sm:px-4">
            {children}
          </main>
        </ReleaseScope>
      </body>
    </html>
  );
}
