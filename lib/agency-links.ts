/** The agency page of an agency id: every list, chip, legend table and ranking that names an agency links here. */
export function agencyHref(id: string): string {
  return `/agencies/${encodeURIComponent(id)}`;
}
