import Link from "next/link";
import { Suspense } from "react";
import { NavLinks, SiteNav } from "@/components/site-nav";

export function SiteHeader() {
  return (
    <header className="bg-[#8a1c1c] text-white">
      <div className="page-width flex flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="text-lg font-semibold tracking-wide">
          年报观察 <span className="text-sm font-normal opacity-80">政府信息公开工作年度报告</span>
        </Link>
        <Suspense fallback={<NavLinks pathname="" query="" />}>
          <SiteNav />
        </Suspense>
      </div>
    </header>
  );
}
