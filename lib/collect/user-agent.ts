/**
 * The User-Agent collect sends: Nianbao, its version (package.json) and what it does, so a site's webmaster
 * can tell who is asking and why. robots.txt groups are matched by the product token `Nianbao`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ROBOTS_TOKEN = "Nianbao";

function version(): string {
  try {
    return (
      (JSON.parse(readFileSync(join(process.cwd(), "package.json"), "utf8")) as { version?: string }).version ?? "0"
    );
  } catch {
    return "0";
  }
}

/** HTTP headers are Latin-1 only: the description is in English. */
export const USER_AGENT =
  `${ROBOTS_TOKEN}/${version()} (collects government information disclosure annual reports; ` +
  `1 request/s per host; obeys robots.txt)`;
