/**
 * `npm run lint` part: fails on any import cycle among the project's own files (apps, libs, test),
 * type-only imports included. import-x/no-cycle in eslint.config.js reports runtime cycles at the
 * import that closes them but skips `import type`; this finds those too, as strongly connected
 * components of the import graph. Imports are read with TypeScript's scanner and resolved as tsc
 * and Jest do: `./x.js` to x.ts, `#lib` and the web app's `@domain` to a lib's index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP = new Set(['node_modules', 'dist', 'coverage', 'data']);

function sourceFiles(dir, found = []) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, found);
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

const firstFile = (candidates) => candidates.find((c) => existsSync(c) && statSync(c).isFile());

function resolveImport(from, specifier) {
  if (specifier.startsWith('.')) {
    const base = resolve(dirname(from), specifier);
    const stem = base.replace(/\.(js|mjs|jsx)$/, '');
    return firstFile([
      `${stem}.ts`,
      `${stem}.tsx`,
      `${stem}.mts`,
      base,
      join(base, 'index.ts'),
      join(base, 'index.tsx'),
    ]);
  }
  const lib = /^#([^/]+)$/.exec(specifier)?.[1] ?? (specifier === '@domain' ? 'domain' : undefined);
  return lib ? firstFile([join(root, 'libs', lib, 'src', 'index.ts')]) : undefined;
}

const files = ['apps', 'libs', 'test'].flatMap((dir) => sourceFiles(join(root, dir)));
const graph = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map((i) => resolveImport(file, i.fileName)).filter(Boolean);
    return [file, [...new Set(targets)]];
  }),
);

// Tarjan's strongly connected components, iteratively (no recursion limit on deep chains).
const index = new Map();
const low = new Map();
const onStack = new Set();
const stack = [];
const cycles = [];
let counter = 0;
for (const start of graph.keys()) {
  if (index.has(start)) continue;
  const work = [[start, 0]];
  index.set(start, counter);
  low.set(start, counter++);
  stack.push(start);
  onStack.add(start);
  while (work.length > 0) {
    const frame = work[work.length - 1];
    const [node, i] = frame;
    const next = (graph.get(node) ?? [])[i];
    if (next !== undefined) {
      frame[1]++;
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        index.set(next, counter);
        low.set(next, counter++);
        stack.push(next);
        onStack.add(next);
        work.push([next, 0]);
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)));
      }
      continue;
    }
    work.pop();
    if (work.length > 0) {
      const parent = work[work.length - 1][0];
      low.set(parent, Math.min(low.get(parent), low.get(node)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node).includes(node)) cycles.push(component);
    }
  }
}

/** One concrete loop through a component, for the message: a → b → … → a. */
function loopThrough(component) {
  const members = new Set(component);
  const first = component[0];
  const previous = new Map([[first, null]]);
  const queue = [first];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of graph.get(node)) {
      if (next === first) {
        const path = [];
        for (let at = node; at !== null; at = previous.get(at)) path.unshift(at);
        return [...path, first];
      }
      if (members.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return component;
}

if (cycles.length > 0) {
  for (const component of cycles) {
    const loop = loopThrough(component).map((file) => relative(root, file));
    console.error(`Import cycle (${component.length} files): ${loop.join(' → ')}`);
  }
  console.error(
    `${cycles.length} import cycle(s): move what both sides need into one of them or a third file.`,
  );
  process.exit(1);
}
console.log(`No import cycles among ${files.length} files.`);
