import fs from 'node:fs';
import path from 'node:path';

/** The Markdown files whose examples are tested: the README first, then every page of docs/ by name. */
export function documentedFiles(root: string): string[] {
  const docs = fs
    .readdirSync(path.join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(root, 'docs', name));
  return [path.join(root, 'README.md'), ...docs];
}

/** One fenced code block of a documentation file the documentation test runs. */
export interface ReadmeBlock {
  language: 'sh' | 'graphql';
  code: string;
  /** 1-based line of the opening fence, to name the block. */
  line: number;
  /** The reason from a `<!-- doc-test: skip <reason> -->` line right before the fence. */
  skip: string | null;
}

/** A fence, indented or not (a block inside a list item is indented with it). */
const FENCE = /^(\s*)```(\w*)\s*$/;
const SKIP = /^\s*<!--\s*doc-test:\s*skip\s+(.+?)\s*-->\s*$/;
const LANGUAGES: Record<string, ReadmeBlock['language']> = { sh: 'sh', bash: 'sh', graphql: 'graphql' };

/** The shell and GraphQL blocks of a Markdown file, in order; other blocks (diagrams, text) are left out. */
export function readmeBlocks(file: string): ReadmeBlock[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const [, indent, tag] = open;
    const end = lines.findIndex((line, j) => j > i && line.trim() === '```');
    if (end < 0) throw new Error(`${file}:${i + 1}: code block never closed`);
    const language = LANGUAGES[tag];
    const code = lines
      .slice(i + 1, end)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n');
    if (language) blocks.push({ language, code, line: i + 1, skip: SKIP.exec(lines[i - 1] ?? '')?.[1] ?? null });
    i = end;
  }
  return blocks;
}

/** A link written `[text](target)` or `![alt](target)` that stays inside the repository, with its line. */
export interface RelativeLink {
  target: string;
  line: number;
}

const LINK = /!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/** Every relative link of a Markdown file, code blocks and inline code left out (they show, not link). */
export function relativeLinks(file: string): RelativeLink[] {
  const links: RelativeLink[] = [];
  let inBlock = false;
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (FENCE.test(text)) inBlock = !inBlock;
      if (inBlock) return;
      for (const match of text.replace(/`[^`]*`/g, '').matchAll(LINK))
        if (!/^[a-z][a-z0-9+.-]*:/i.test(match[1])) links.push({ target: match[1], line: index + 1 });
    });
  return links;
}

/** The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function headingAnchors(file: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let inBlock = false;
  for (const text of fs.readFileSync(file, 'utf8').split('\n')) {
    if (FENCE.test(text)) inBlock = !inBlock;
    const heading = inBlock ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(text);
    if (!heading) continue;
    const base = heading[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Splits a GraphQL block into its operations (`{ … }`, `query { … }`, `mutation { … }`), comments dropped. */
export function graphqlOperations(code: string): string[] {
  const text = code.replace(/#.*$/gm, '');
  const operations: string[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"' && text[i - 1] !== '\\') inString = !inString;
    if (inString) continue;
    if (c === '{') depth += 1;
    if (c === '}' && --depth === 0) {
      operations.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return operations;
}

/** An answer with nothing in it: null, an empty list, or an object whose every field is empty. */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmptyAnswer);
  return false;
}

/** A date (`"2024-01-01"`) or date-time (`"2024-01-01T08:00:00+07:00"`) written as a string literal. */
const DATE_LITERAL = /"(\d{4}-\d{2}-\d{2}(?:T[^"]*)?)"/g;

/**
 * The fixed dates and times that make an operation expire: every one in a subscription (it runs
 * from the moment it starts, so its meaning is relative to "now"), and in any other operation those
 * still to come (a past `asOf` or window reads history, which stays as it is).
 */
export function expiringDates(operation: string, now = new Date()): string[] {
  const dates = [...operation.matchAll(DATE_LITERAL)].map((match) => match[1]);
  if (/^subscription\b/.test(operation)) return dates;
  return dates.filter((date) => !(Date.parse(date) <= now.getTime()));
}
