// Worker bootstrap: lets a worker load TypeScript (and the @/ alias) whether the parent runs under tsx,
// vitest or plain node with tsx installed.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");
