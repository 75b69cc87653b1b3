/**
 * A database that cannot be opened or read (a file that is unreadable, locked or not a database; a server that
 * does not answer). One name for it: the API answers 503 with DATABASE_UNAVAILABLE, and getDb() throws
 * DatabaseUnavailableError, which the pages' error page (app/error.tsx) recognises by its digest. Imports
 * nothing, so that client component reads the digest without pulling the database client into the browser.
 */
export const DATABASE_UNAVAILABLE = "database unavailable";

/**
 * Next.js keeps a thrown error's own `digest` on its way to error.tsx, while production builds replace the
 * message with a generic one; the digest is how the error page tells a database fault from a bug.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "nianbao-database-unavailable";

export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;

  constructor(cause: unknown) {
    super(`${DATABASE_UNAVAILABLE}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "DatabaseUnavailableError";
  }
}
