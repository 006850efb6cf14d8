import { type Command, InvalidArgumentError } from 'commander';
import { openStore } from '../store/openStore.js';
import type { Store } from '../store/Store.js';

/** `--published 2024-03-04`: a calendar date, checked, so a typo is a one-line error, not a wrong year. */
export function parseDateOption(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError(`"${value}" is not a date; use YYYY-MM-DD, e.g. 2024-03-04.`);
  }
  return value;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
  return n;
}

/** Sizes such as 5MB, 512KB or a plain byte count. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`"${value}" is not a size; use e.g. 5MB or 500KB.`);
  const unit = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[(m[2] ?? 'B').toUpperCase() as 'B'];
  return Math.round(Number(m[1]) * unit);
}

/** The store location shared by every command that uses one. */
export interface StoreOptions {
  db?: string;
}

/** Runs `work` with the store named by --db (or $SITREP_DB), and closes it whatever happens. */
export async function withStore<T>(cmd: Command, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(cmd.optsWithGlobals<StoreOptions>().db);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
