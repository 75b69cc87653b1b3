// Worker bootstrap: lets the generator thread load TypeScript (and the @/ alias) under tsx.
import { register } from "tsx/esm/api";

register();
await import("./gen-worker.ts");
