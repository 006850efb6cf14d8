import { Command } from 'commander';
import type { ArticleStatus } from '../model/article.js';
import type { ArticleSummary } from '../store/Store.js';
import { parsePositiveInt, withStore } from './options.js';
import { table } from './table.js';

interface ListOptions {
  failed?: boolean;
  status?: ArticleStatus;
  search?: string;
  limit: number;
  offset: number;
  json?: boolean;
}

export function articlesCommand(program: Command): void {
  const articles = program.command('articles')
    .summary('list and show stored articles')
    .addHelpText('after', `
Examples:
  $ sitrep articles                      the newest 50, with counts by status
  $ sitrep articles --failed             what failed to ingest, and why
  $ sitrep articles --search "Mosul AND grave"
  $ sitrep articles show 3f9a1c0d2b7e4a51`);

  articles.command('list', { isDefault: true })
    .description('List stored articles, newest publication date first.')
    .option('--failed', 'only the inputs that failed, with their errors')
    .option('--status <status>', 'only new, extracted or failed articles')
    .option('--search <query>', 'full-text search over titles and text (words, "phrases", AND, OR, NOT)')
    .option('--limit <n>', 'how many to list', parsePositiveInt, 50)
    .option('--offset <n>', 'skip this many first', parsePositiveInt, 0)
    .option('--json', 'one JSON object a line')
    .action(async (opts: ListOptions, cmd: Command) => {
      const status = opts.failed ? 'failed' : opts.status;
      if (status && !['new', 'extracted', 'failed'].includes(status)) {
        cmd.error(`error: --status must be new, extracted or failed, not "${status}"`, { exitCode: 2 });
      }
      await withStore(cmd, async (store) => {
        const list = await store.listArticles({ status, search: opts.search, limit: opts.limit, offset: opts.offset });
        if (opts.json) return list.forEach((a) => console.log(JSON.stringify(a)));
        const c = await store.countArticles();
        console.log(`${c.total} articles stored: ${c.byStatus.new} new, ${c.byStatus.extracted} extracted, ${c.byStatus.failed} failed.`);
        if (list.length) console.log(status === 'failed' ? failedTable(list) : articleTable(list));
      });
    });

  articles.command('show')
    .description('Show one article: its metadata and full text.')
    .argument('<id>', 'the article id, as listed')
    .option('--json', 'as JSON')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const a = await store.getArticle(id);
        if (!a) cmd.error(`error: no article with id "${id}" (list them with \`sitrep articles\`)`, { exitCode: 2 });
        else if (opts.json) console.log(JSON.stringify(a, null, 2));
        else {
          const meta: [string, string | null][] = [['id', a.id], ['title', a.title], ['source', a.source], ['url', a.url],
            ['published', a.published ?? 'unknown'], ['language', a.language], ['status', a.status], ['error', a.error], ['origin', a.origin]];
          for (const [k, v] of meta) if (v) console.log(`${k.padEnd(10)} ${v}`);
          console.log('\n' + a.text);
        }
      });
    });
}

function articleTable(list: ArticleSummary[]): string {
  return table(['id', 'published', 'status', 'source', 'title'],
    list.map((a) => [a.id, a.published?.slice(0, 10) ?? '?', a.status, a.source ?? '', a.title ?? '(untitled)']));
}

function failedTable(list: ArticleSummary[]): string {
  return table(['id', 'origin', 'error'], list.map((a) => [a.id, a.origin, a.error ?? '']));
}
