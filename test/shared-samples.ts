/**
 * Documents this project did not write (real reports taken from public sites) live outside the repository,
 * in `../shared/samples/` beside the clone. Tests that read them ask here for the folder and skip, with a
 * notice, where it is absent (a new user's clone). NIANBAO_SHARED_DIR points at another `shared` folder,
 * or at a missing one to try the skip path.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("..", import.meta.url));

const warned = new Set<string>();

/** The absolute path of `shared/<sub>` when it exists; otherwise null, after one console warning naming it. */
export function sharedDir(sub: string): string | null {
  const dir = join(resolve(REPO, process.env.NIANBAO_SHARED_DIR ?? "../shared"), sub);
  if (existsSync(dir)) return dir;
  if (!warned.has(dir)) {
    warned.add(dir);
    console.warn(`[shared samples] ${dir} is absent: the tests on those documents are skipped.`);
  }
  return null;
}
