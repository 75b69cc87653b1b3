/** The first line of a library error, for an error sentence of our own (no stack, no trailing dot). */
export function firstSentence(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return (
    msg
      .split("\n")[0]
      .replace(/[.\s]+$/, "")
      .slice(0, 200) || "unknown error"
  );
}
