// Worker bootstrap: lets a corpus worker load TypeScript (and the @/ alias) under tsx, vitest or plain node.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
