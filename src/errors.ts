/** A problem with what the user gave (a path, a query, a date): shown as one line, never a stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}
