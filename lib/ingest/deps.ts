/**
 * The real parser, regions and validate modules, loaded lazily so that tests (and the dev server) that
 * pass their own dependencies never load them.
 */
import type { IngestDeps } from "./types";

export async function loadDefaultDeps(): Promise<IngestDeps> {
  const [parser, regions, validate] = await Promise.all([
    import("@/lib/parser"),
    import("@/lib/regions"),
    import("@/lib/validate"),
  ]);
  return {
    parserVersion: parser.PARSER_VERSION,
    parseDocument: parser.parseDocument,
    agencyIdentity: regions.agencyIdentity,
    pinyinInitials: regions.pinyinInitials,
    regionPath: regions.regionPath,
    checkYearChain: validate.checkYearChain,
  };
}
