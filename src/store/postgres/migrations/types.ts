/** One schema step; runs once, in order, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
