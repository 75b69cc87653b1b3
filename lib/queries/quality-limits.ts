/** Paging limits of the quality lists, shared by the queries and the URL parameters (no server-only here). */
export const PAGE_SIZE = 50;
/** Deeper pages would make OFFSET walks long; the filters narrow a list better than paging does. */
export const MAX_PAGE = 200;
