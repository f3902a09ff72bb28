#!/usr/bin/env node
// Checks that every relative link and #anchor in README.md and docs/**/*.md resolves.
// No dependencies: `node docs/check-links.mjs` exits 1 and lists each broken link with its file and line.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function markdownFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...markdownFiles(path));
    else if (entry.name.endsWith('.md')) found.push(path);
  }
  return found;
}

/** GitHub's heading ids (github-slugger): lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

/** The rendered text of a heading's source: links, code marks, emphasis and tags removed. */
function headingText(source) {
  return source
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '')
    .replace(/(^|\s)_+|_+(\s|$)/g, '$1$2')
    .trim();
}

/** Lines outside fenced code blocks; inline code is blanked too (so `[a](b)` in code is not a link) unless kept. */
function proseLines(text, keepInlineCode = false) {
  const lines = text.split('\n');
  let fence = null;
  return lines.map((line) => {
    const marker = line.match(/^\s*(`{3,}|~{3,})/);
    if (marker) {
      if (fence === null) fence = marker[1][0];
      else if (marker[1][0] === fence) fence = null;
      return '';
    }
    if (fence !== null) return '';
    return keepInlineCode ? line : line.replace(/`+[^`]*`+/g, (code) => ' '.repeat(code.length));
  });
}

const anchorCache = new Map();

function anchorsOf(file) {
  if (!anchorCache.has(file)) {
    const anchors = new Set();
    const slug = slugger();
    for (const line of proseLines(readFileSync(file, 'utf8'), true)) {
      const heading = line.match(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/);
      if (heading) anchors.add(slug(headingText(heading[1])));
      for (const [, id] of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id);
    }
    anchorCache.set(file, anchors);
  }
  return anchorCache.get(file);
}

function linksOf(text) {
  const links = [];
  proseLines(text).forEach((line, i) => {
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      links.push({ target: m[1], line: i + 1 });
    for (const m of line.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)) links.push({ target: m[1], line: i + 1 });
    for (const m of line.matchAll(/\s(?:href|src)="([^"]+)"/g)) links.push({ target: m[1], line: i + 1 });
  });
  return links;
}

export function checkFile(file) {
  const problems = [];
  for (const { target, line } of linksOf(readFileSync(file, 'utf8'))) {
    // Other sites are not this script's business (and the network may be closed).
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
    const [rawPath, anchor] = target.split('#', 2);
    const path = decodeURIComponent(rawPath);
    const to = path === '' ? file : path.startsWith('/') ? join(ROOT, path) : resolve(dirname(file), path);
    const where = `${relative(ROOT, file)}:${line}`;
    if (!existsSync(to)) {
      problems.push(`${where}: ${target} → no such file ${relative(ROOT, to)}`);
      continue;
    }
    if (anchor === undefined || anchor === '') continue;
    if (statSync(to).isDirectory() || !to.endsWith('.md')) {
      problems.push(`${where}: ${target} → #${anchor} points into something that is not a Markdown file`);
    } else if (!anchorsOf(to).has(decodeURIComponent(anchor))) {
      problems.push(`${where}: ${target} → no heading #${anchor} in ${relative(ROOT, to)}`);
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))].filter((f) => existsSync(f));
  const problems = files.flatMap(checkFile);
  if (problems.length) {
    console.error(`${problems.length} broken link(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`Links OK: ${files.length} Markdown files checked.`);
}
