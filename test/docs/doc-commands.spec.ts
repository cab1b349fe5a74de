/**
 * The README and docs/ stay walkable: every command they name exists, every link leads somewhere,
 * every configuration variable is one the source reads.
 *
 * Conventions checked here:
 * - ```bash blocks are runnable from a checkout (npm, node, docker); examples that need a running
 *   service and a token (curl) go in ```sh blocks.
 * - every `npm …` command, in a bash block or in inline code anywhere, names an npm command or a
 *   package.json script; `npm run cli -- <command>` names a command of apps/cli (read from its
 *   nest-commander decorators) and only options that command declares.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const README_MAX_LINES = 250;
/** npm's own commands that the docs may use; anything else must be a script of package.json. */
const NPM_OWN_COMMANDS = new Set(['ci', 'install']);
/** npm runs these scripts without `run`. */
const NPM_SCRIPT_SHORTHANDS = new Set(['test', 'start', 'stop', 'restart']);
/** Programs a runnable (bash) block may call. */
const RUNNABLE_PROGRAMS = new Set(['npm', 'node', 'docker']);
/** commander adds `help` to every program by itself; it has no decorator of its own. */
const COMMANDER_BUILT_IN = new Set(['help']);
const UPPER_SNAKE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;

interface Doc {
  /** Path from the repository root, with forward slashes. */
  path: string;
  text: string;
}

interface Block {
  lang: string;
  body: string;
  line: number;
}

interface CliCommand {
  name: string;
  options: Set<string>;
}

function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

function loadDocs(): Doc[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs].map((path) => ({ path, text: read(path) }));
}

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .map((path) => `${dir}/${path.split(sep).join('/')}`)
    .filter((path) => keep(path) && statSync(join(ROOT, path)).isFile());
}

// ---------------------------------------------------------------- markdown

/** Fenced code blocks, with their info string and the line they open on (1-based). */
export function fencedBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let open: { fence: string; lang: string; line: number; body: string[] } | undefined;
  lines.forEach((line, index) => {
    const fence = /^\s*(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (open) {
      if (fence && fence[1].startsWith(open.fence) && fence[2] === '') {
        blocks.push({ lang: open.lang, body: open.body.join('\n'), line: open.line });
        open = undefined;
      } else {
        open.body.push(line);
      }
    } else if (fence) {
      open = { fence: fence[1], lang: fence[2].toLowerCase(), line: index + 1, body: [] };
    }
  });
  return blocks;
}

/** The text outside fenced blocks (each block replaced by an empty line, so line numbers hold). */
function prose(text: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const match = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (match && match[1].startsWith(fence)) fence = undefined;
      out.push('');
    } else if (match) {
      fence = match[1];
      out.push('');
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}

/** Inline code spans of the prose (a span may wrap over one line break, as prettier leaves them). */
function inlineCode(text: string): string[] {
  return [...prose(text).matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\s*\n\s*/g, ' '));
}

/** GitHub's heading anchor: lower case, punctuation dropped, each space a hyphen. */
export function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of prose(text).split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const base = slug(heading[1]);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    for (const id of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id[1]);
  }
  return anchors;
}

/** Markdown links of the prose: [text](target). */
function links(text: string): { target: string; line: number }[] {
  const found: { target: string; line: number }[] = [];
  prose(text)
    .split('\n')
    .forEach((line, index) => {
      const withoutCode = line.replace(/`[^`]*`/g, '');
      for (const m of withoutCode.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        found.push({ target: m[1], line: index + 1 });
      }
    });
  return found;
}

// ---------------------------------------------------------------- shell

/** Splits a command line into words, honouring quotes; stops at a comment. */
export function words(command: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: string | undefined;
  let started = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      started = true;
    } else if (/\s/.test(c)) {
      if (started) out.push(current);
      current = '';
      started = false;
    } else if (c === '#' && !started) {
      break;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) out.push(current);
  return out;
}

/** The simple commands of a shell text: continuations joined, split at && || ; and |, env assignments dropped. */
export function shellCommands(body: string): string[][] {
  const commands: string[][] = [];
  for (const line of body.replace(/\\\n/g, ' ').split('\n')) {
    let command: string[] = [];
    for (const word of words(line)) {
      if (['&&', '||', ';', '|'].includes(word)) {
        commands.push(command);
        command = [];
      } else {
        command.push(word);
      }
    }
    commands.push(command);
  }
  return commands
    .map((command) => {
      let start = 0;
      while (start < command.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(command[start])) start++;
      return command.slice(start);
    })
    .filter((command) => command.length > 0);
}

function isPlaceholder(word: string): boolean {
  return /^[<[]/.test(word) || word.includes('…') || word === '...';
}

// ---------------------------------------------------------------- the project's facts

function packageScripts(): Set<string> {
  const pkg = JSON.parse(read('package.json')) as { scripts?: Record<string, string> };
  return new Set(Object.keys(pkg.scripts ?? {}));
}

/** The operator CLI's commands, read from the @Command decorators of apps/cli/src, with the options each declares. */
export function cliCommandsIn(sources: readonly string[]): Map<string, CliCommand> {
  const commands = new Map<string, CliCommand>();
  for (const source of sources) {
    const names = [...source.matchAll(/@Command\(\s*\{[^}]*?\bname:\s*['"]([^'"]+)['"]/gs)].map((m) => m[1]);
    const options = new Set(
      [...source.matchAll(/@Option\(\s*\{[^}]*?\bflags:\s*['"]([^'"]+)['"]/gs)].flatMap((m) =>
        m[1].split(/[\s,|]+/).filter((flag) => flag.startsWith('-')),
      ),
    );
    for (const name of names) commands.set(name, { name, options });
  }
  return commands;
}

function cliCommands(): Map<string, CliCommand> {
  const files = filesUnder('apps/cli/src', (path) => path.endsWith('.ts') && !path.endsWith('.spec.ts'));
  return cliCommandsIn(files.map(read));
}

function sourceText(dirs: readonly string[], keep: (path: string) => boolean): string {
  return dirs
    .flatMap((dir) => filesUnder(dir, keep))
    .map(read)
    .join('\n');
}

function gitIgnored(): string[] {
  return read('.gitignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

// ---------------------------------------------------------------- the checks

interface Facts {
  scripts: Set<string>;
  cli: Map<string, CliCommand>;
  exists: (path: string) => boolean;
}

/** Problems with one npm command line (its words, `npm` first). */
export function checkNpm(command: readonly string[], facts: Facts): string[] {
  const rest = command.slice(1);
  const dashDash = rest.indexOf('--');
  const own = dashDash === -1 ? rest : rest.slice(0, dashDash);
  const args = dashDash === -1 ? [] : rest.slice(dashDash + 1);
  const positional = own.filter((word) => !word.startsWith('-'));
  const [verb, scriptArg] = positional;
  const shown = command.join(' ');
  if (verb === undefined) return [`\`${shown}\`: no npm command`];
  if (NPM_OWN_COMMANDS.has(verb)) return [];
  let script: string;
  if (verb === 'run' || verb === 'run-script') {
    if (scriptArg === undefined) return [`\`${shown}\`: npm run without a script`];
    script = scriptArg;
  } else if (NPM_SCRIPT_SHORTHANDS.has(verb)) {
    script = verb;
  } else {
    return [`\`${shown}\`: npm has no command "${verb}" (a script is run with \`npm run ${verb}\`)`];
  }
  if (!facts.scripts.has(script)) return [`\`${shown}\`: package.json has no script "${script}"`];
  if (script === 'cli') return checkCli(args, shown, facts);
  if (script === 'test') {
    return args
      .filter((arg) => !arg.startsWith('-') && !isPlaceholder(arg))
      .filter((path) => !facts.exists(path))
      .map((path) => `\`${shown}\`: no such path to test: ${path}`);
  }
  return [];
}

function checkCli(args: readonly string[], shown: string, facts: Facts): string[] {
  const [name, ...rest] = args;
  if (name === undefined || isPlaceholder(name)) return [];
  if (COMMANDER_BUILT_IN.has(name)) {
    const about = rest.find((arg) => !isPlaceholder(arg));
    return about === undefined || facts.cli.has(about)
      ? []
      : [`\`${shown}\`: the CLI has no command "${about}" to show help for`];
  }
  const command = facts.cli.get(name);
  if (!command) {
    return [`\`${shown}\`: the CLI has no command "${name}" (it has: ${[...facts.cli.keys()].join(', ')})`];
  }
  return rest
    .filter((arg) => arg.startsWith('-') && !['--help', '-h'].includes(arg))
    .filter((flag) => !command.options.has(flag.split('=')[0]))
    .map((flag) => `\`${shown}\`: the CLI command "${name}" has no option ${flag}`);
}

/** Problems with the commands of one document: runnable blocks and inline npm commands. */
export function checkCommands(doc: Doc, facts: Facts): string[] {
  const problems: string[] = [];
  for (const block of fencedBlocks(doc.text)) {
    const runnable = block.lang === 'bash';
    const shell = runnable || ['sh', 'shell', 'console'].includes(block.lang);
    if (!shell) continue;
    for (const command of shellCommands(block.body)) {
      const where = `${doc.path}:${block.line}`;
      if (runnable && !RUNNABLE_PROGRAMS.has(command[0])) {
        problems.push(
          `${where}: \`${command.join(' ')}\` in a bash block (runnable from a checkout); ` +
            'put examples that need a running service in an sh block',
        );
      }
      if (command[0] === 'npm') problems.push(...checkNpm(command, facts).map((p) => `${where}: ${p}`));
      if (command[0] === 'docker') {
        const file = command[command.indexOf('-f') + 1];
        if (command.includes('-f') && file && !facts.exists(file)) {
          problems.push(`${where}: no compose file ${file}`);
        }
      }
    }
  }
  for (const span of inlineCode(doc.text)) {
    for (const command of shellCommands(span)) {
      // A lone `npm` in prose names the tool, not a command.
      if (command[0] === 'npm' && command.length > 1)
        problems.push(...checkNpm(command, facts).map((p) => `${doc.path}: ${p}`));
    }
  }
  return problems;
}

/** Problems with the relative links of one document (files and anchors). */
export function checkLinks(
  doc: Doc,
  exists: (path: string) => boolean,
  anchorsIn: (path: string) => Set<string>,
): string[] {
  const problems: string[] = [];
  for (const { target, line } of links(doc.text)) {
    if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // http:, https:, mailto:
    const where = `${doc.path}:${line}`;
    const [file, anchor] = target.split('#', 2);
    if (file.startsWith('/')) {
      problems.push(`${where}: ${target} is absolute; link relative to the document`);
      continue;
    }
    const path =
      file === ''
        ? doc.path
        : relative(ROOT, resolve(ROOT, dirname(doc.path), file))
            .split(sep)
            .join('/');
    if (path.startsWith('..')) {
      problems.push(`${where}: ${target} leaves the repository`);
    } else if (!exists(path)) {
      problems.push(`${where}: ${target} points at ${path}, which does not exist`);
    } else if (
      anchor !== undefined &&
      path.endsWith('.md') &&
      !anchorsIn(path).has(decodeURIComponent(anchor))
    ) {
      problems.push(`${where}: ${target}: ${path} has no heading or anchor "${anchor}"`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- the suite

const docs = loadDocs();
const exists = (path: string): boolean => existsSync(join(ROOT, path));
const facts: Facts = { scripts: packageScripts(), cli: cliCommands(), exists };
const anchorsIn = (path: string): Set<string> => anchorsOf(read(path));

describe('the README', () => {
  const readme = read('README.md');

  it(`has at most ${README_MAX_LINES} lines`, () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it('has a "Quick start" whose runnable block starts the service and runs the whole test suite', () => {
    const start = readme.search(/^## Quick start\s*$/m);
    expect(start).toBeGreaterThanOrEqual(0);
    const section = readme.slice(start).split(/^## (?!Quick start)/m)[0];
    const commands = fencedBlocks(section)
      .filter((block) => block.lang === 'bash')
      .flatMap((block) => shellCommands(block.body))
      .map((command) => command.join(' '));
    expect(commands).toEqual(expect.arrayContaining(['npm start', 'npm test']));
  });

  it('links every file of docs/', () => {
    const linked = new Set(links(readme).map(({ target }) => target.split('#')[0]));
    const missing = docs.filter((doc) => doc.path.startsWith('docs/') && !linked.has(doc.path));
    expect(missing.map((doc) => doc.path)).toEqual([]);
  });
});

describe('the commands in the README and docs/', () => {
  it('finds the CLI commands in apps/cli/src', () => {
    expect([...facts.cli.keys()].length).toBeGreaterThan(0);
  });

  it.each(docs.map((doc) => [doc.path, doc] as const))(
    '%s names only npm scripts and CLI commands that exist',
    (_path, doc) => {
      expect(checkCommands(doc, facts)).toEqual([]);
    },
  );

  it('docs/operations.md documents every command of the operator CLI', () => {
    const operations = read('docs/operations.md');
    const documented = new Set(
      inlineCode(operations)
        .flatMap(shellCommands)
        .filter((command) => command[0] === 'npm' && command.includes('cli'))
        .map((command) => command[command.indexOf('--') + 1]),
    );
    for (const line of operations.split('\n')) {
      const row = /^\|\s*`([a-z][\w-]*)[^`]*`\s*\|/.exec(line);
      if (row) documented.add(row[1]);
    }
    expect([...facts.cli.keys()].filter((name) => !documented.has(name))).toEqual([]);
  });
});

describe('the links in the README and docs/', () => {
  it.each(docs.map((doc) => [doc.path, doc] as const))(
    '%s links only to files and headings that exist',
    (_path, doc) => {
      expect(checkLinks(doc, exists, anchorsIn)).toEqual([]);
    },
  );

  it.each(docs.map((doc) => [doc.path, doc] as const))(
    '%s names in inline code only repository paths that exist',
    (_path, doc) => {
      const ignored = gitIgnored();
      const missing = inlineCode(doc.text)
        .filter((span) => /^(apps|libs|test|docker|docs|\.ci)\/[\w./-]*$/.test(span))
        .filter((path) => !exists(path) && !ignored.includes(path));
      expect(missing).toEqual([]);
    },
  );
});

describe('the environment variables in the README and docs/', () => {
  const appSource = sourceText(
    ['apps', 'libs'],
    (path) => path.endsWith('.ts') && !path.endsWith('.spec.ts'),
  );
  // Every source, test, compose file and script, but not this test (its own examples prove nothing).
  const anySource = sourceText(
    ['apps', 'libs', 'test', 'docker', '.ci'],
    (path) => /\.(ts|tsx|js|yml)$|(^|\/)(run|Dockerfile)$/.test(path) && !path.startsWith('test/docs/'),
  );
  const operations = read('docs/operations.md');
  /** Rows of operations.md's tables whose first cell is a variable: the configuration it presents. */
  const configured = [...operations.matchAll(/^\|\s*`([A-Z][A-Z0-9_]+)`\s*\|/gm)].map((m) => m[1]);

  it('docs/operations.md presents configuration variables', () => {
    expect(configured).toEqual(expect.arrayContaining(['PORT', 'DATA_DIR']));
  });

  it('every configuration variable of docs/operations.md is read by the source of apps/ or libs/', () => {
    expect(configured.filter((name) => !new RegExp(`\\b${name}\\b`).test(appSource))).toEqual([]);
  });

  it('every variable the service validates at start is in the configuration of docs/operations.md', () => {
    const validated = [
      ...read('libs/service-config/src/app-config.ts').matchAll(/^\s+([A-Z][A-Z0-9_]+)[?!]?:/gm),
    ].map((m) => m[1]);
    expect(validated.length).toBeGreaterThan(0);
    expect(validated.filter((name) => !configured.includes(name))).toEqual([]);
  });

  it.each(docs.map((doc) => [doc.path, doc] as const))(
    '%s names only variables that the source or the tests use',
    (_path, doc) => {
      const named = [...new Set(doc.text.match(UPPER_SNAKE) ?? [])];
      expect(named.filter((name) => !new RegExp(`\\b${name}\\b`).test(anySource))).toEqual([]);
    },
  );
});

describe('the checks themselves', () => {
  const fakeFacts: Facts = {
    scripts: new Set(['test', 'start', 'cli', 'demo']),
    cli: cliCommandsIn([
      "@Command({ name: 'verify-bundle', arguments: '<file>' }) class A {} @Option({ flags: '--head <hash>' })",
      "@Command({\n  name: 'rebuild',\n  arguments: '[name]',\n})",
    ]),
    exists: (path) => ['docs/api.md', 'libs/event-store'].includes(path),
  };
  const problems = (text: string): string[] => checkCommands({ path: 'x.md', text }, fakeFacts);

  it('reads command names and options from nest-commander decorators', () => {
    expect([...fakeFacts.cli.keys()]).toEqual(['verify-bundle', 'rebuild']);
    expect([...fakeFacts.cli.get('verify-bundle')!.options]).toEqual(['--head']);
  });

  it('accepts commands that exist', () => {
    const text = [
      '```bash',
      'npm ci && npm start      # starts',
      'DATA_DIR=/tmp/x npm run --silent cli -- verify-bundle b.json --head <hash>',
      "EVENTSTORE_CONNECTION_STRING='esdb://x?tls=false' npm test -- libs/event-store",
      '```',
      'Run `npm run demo`, or `npm run cli -- help [command]`, or `npm run cli -- <command>`.',
    ].join('\n');
    expect(problems(text)).toEqual([]);
  });

  it('names a script, a CLI command or an option that does not exist', () => {
    const text = [
      '```bash',
      'npm run dmeo',
      'npm bench',
      'npm run cli -- rebuil tickets',
      'npm run cli -- verify-bundle b.json --hed x',
      'npm test -- libs/no-such-lib',
      'curl localhost:3000/health',
      '```',
      'Then `npm run cli -- verfiy`.',
    ].join('\n');
    expect(problems(text)).toEqual([
      'x.md:1: `npm run dmeo`: package.json has no script "dmeo"',
      'x.md:1: `npm bench`: npm has no command "bench" (a script is run with `npm run bench`)',
      'x.md:1: `npm run cli -- rebuil tickets`: the CLI has no command "rebuil" (it has: verify-bundle, rebuild)',
      'x.md:1: `npm run cli -- verify-bundle b.json --hed x`: the CLI command "verify-bundle" has no option --hed',
      'x.md:1: `npm test -- libs/no-such-lib`: no such path to test: libs/no-such-lib',
      'x.md:1: `curl localhost:3000/health` in a bash block (runnable from a checkout); put examples that need a running service in an sh block',
      'x.md: `npm run cli -- verfiy`: the CLI has no command "verfiy" (it has: verify-bundle, rebuild)',
    ]);
  });

  it('names a link to a missing file or heading', () => {
    const doc = {
      path: 'docs/x.md',
      text: '# Top\n\n[a](api.md) [b](apii.md) [c](#top) [d](#nowhere) [e](https://x.org)\n',
    };
    const fakeExists = (path: string): boolean => ['docs/api.md', 'docs/x.md'].includes(path);
    expect(checkLinks(doc, fakeExists, () => anchorsOf(doc.text))).toEqual([
      'docs/x.md:3: apii.md points at docs/apii.md, which does not exist',
      'docs/x.md:3: #nowhere: docs/x.md has no heading or anchor "nowhere"',
    ]);
  });

  it('makes GitHub anchors', () => {
    expect(slug('Operator CLI: `npm run cli -- <command>`')).toBe('operator-cli-npm-run-cli----command');
    expect(slug('Knowledge base (知识库)')).toBe('knowledge-base-知识库');
    expect(slug("Missed periods: the watchman's warnings")).toBe('missed-periods-the-watchmans-warnings');
  });
});
