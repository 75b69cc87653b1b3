/** The agency page of an agency id: every list, chip, legend table and ranking that names an agency links here. */
export function agencyHref(id: string, rel?: number | null): string {
  return withRel(`/agencies/${encodeURIComponent(id)}`, rel);
}

/** The report page of a report's public id; `rel` keeps a pinned page's links on its release. */
export function reportHref(publicId: string, rel?: number | null): string {
  return withRel(`/reports/${publicId}`, rel);
}

function withRel(path: string, rel: number | null | undefined): string {
  return rel === null || rel === undefined ? path : `${path}?rel=${rel}`;
}
