import { stripVTControlCharacters } from 'node:util';

/**
 * Which commands "verify" the work (run the project's tests), and how many
 * tests passed according to the command's output. Pure functions.
 */

/**
 * Default verify patterns. A pattern is a word sequence that must appear at
 * the command position of one segment of the command line (after env
 * assignments and runner prefixes like `npx`, `python -m`, `bundle exec`),
 * or a `/regular expression/` matched against the segment's text.
 */
export const DEFAULT_VERIFY_PATTERNS: readonly string[] = [
  'npm test',
  'npm t',
  'npm run test',
  'pnpm test',
  'pnpm run test',
  'yarn test',
  'yarn run test',
  'bun test',
  'bun run test',
  'deno test',
  'node --test',
  'vitest',
  'jest',
  'mocha',
  'ava',
  'playwright test',
  'pytest',
  'py.test',
  'unittest',
  'tox',
  'nox',
  'go test',
  'cargo test',
  'cargo nextest',
  'make test',
  'make check',
  'mvn test',
  'mvn verify',
  'gradle test',
  'gradlew test',
  'dotnet test',
  'rspec',
  'rake test',
  'rails test',
  'phpunit',
  'pest',
  'mix test',
  'ctest',
  'swift test',
];

/** Words that run the next word as a program: `npx vitest`, `python -m pytest`, `bundle exec rspec`. */
const RUNNER_PREFIXES: readonly string[][] = [
  ['npx'],
  ['bunx'],
  ['pnpx'],
  ['npm', 'exec'],
  ['pnpm', 'exec'],
  ['pnpm', 'dlx'],
  ['yarn', 'exec'],
  ['yarn', 'dlx'],
  ['yarn'],
  ['pnpm'],
  ['python', '-m'],
  ['python3', '-m'],
  ['py', '-m'],
  ['uv', 'run'],
  ['poetry', 'run'],
  ['pipenv', 'run'],
  ['hatch', 'run'],
  ['bundle', 'exec'],
  ['time'],
  ['env'],
  ['nice'],
  ['sudo'],
  ['xvfb-run'],
];

/** Shell words of a command line, split into segments at `&&`, `||`, `;`, `|` and newlines. */
export function splitCommandLine(commandLine: string): string[][] {
  const segments: string[][] = [];
  let words: string[] = [];
  let word = '';
  let hasWord = false;
  let quote: '"' | "'" | null = null;
  const endWord = () => {
    if (hasWord) words.push(word);
    word = '';
    hasWord = false;
  };
  const endSegment = () => {
    endWord();
    if (words.length > 0) segments.push(words);
    words = [];
  };
  for (let i = 0; i < commandLine.length; i += 1) {
    const char = commandLine[i]!;
    if (quote) {
      if (char === quote) quote = null;
      else if (char === '\\' && quote === '"' && i + 1 < commandLine.length) word += commandLine[++i];
      else word += char;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      hasWord = true;
    } else if (char === '\\' && i + 1 < commandLine.length) {
      word += commandLine[++i];
      hasWord = true;
    } else if (char === ' ' || char === '\t') {
      endWord();
    } else if (char === ';' || char === '\n' || char === '|' || char === '&') {
      // `&&`, `||`, `|`, `;`, `&`: each starts a new command.
      if ((char === '|' || char === '&') && commandLine[i + 1] === char) i += 1;
      endSegment();
    } else {
      word += char;
      hasWord = true;
    }
  }
  endSegment();
  return segments;
}

/** The word as a program name: `./node_modules/.bin/vitest` → `vitest`. */
function programName(word: string): string {
  if (word.startsWith('-') || !word.includes('/')) return word.toLowerCase();
  return word.slice(word.lastIndexOf('/') + 1).toLowerCase();
}

function wordMatches(actual: string, expected: string): boolean {
  // `npm run test:unit` counts as `npm run test`.
  return actual === expected || actual.startsWith(`${expected}:`);
}

/** Positions in a segment where a program name can stand. */
function commandPositions(words: string[]): number[] {
  let position = 0;
  while (position < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[position]!)) position += 1;
  const positions = [position];
  for (let guard = 0; guard < 8; guard += 1) {
    const prefix = RUNNER_PREFIXES.find((candidate) =>
      candidate.every((part, offset) => programName(words[position + offset] ?? '') === part),
    );
    if (!prefix) break;
    position += prefix.length;
    while (position < words.length && (words[position]!.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[position]!))) {
      position += 1;
    }
    positions.push(position);
  }
  return positions;
}

function compilePattern(pattern: string): ((segment: string[]) => boolean) | null {
  const trimmed = pattern.trim();
  if (!trimmed) return null;
  const regex = /^\/(.+)\/([a-z]*)$/.exec(trimmed);
  if (regex) {
    let compiled: RegExp;
    try {
      compiled = new RegExp(regex[1]!, regex[2]!.replace(/[gy]/g, ''));
    } catch {
      return null;
    }
    return (segment) => compiled.test(segment.join(' '));
  }
  const expected = trimmed.split(/\s+/).map((word) => word.toLowerCase());
  return (segment) => {
    const names = segment.map(programName);
    return commandPositions(segment).some((start) =>
      expected.every((word, offset) => names[start + offset] !== undefined && wordMatches(names[start + offset]!, word)),
    );
  };
}

/** Why a pattern cannot be used, or null when it is fine (for `assay verify add`). */
export function invalidPatternReason(pattern: string): string | null {
  if (!pattern.trim()) return 'the pattern is empty';
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern.trim());
  if (regex) {
    try {
      new RegExp(regex[1]!, regex[2]!);
    } catch (error) {
      return `not a valid regular expression: ${(error as Error).message}`;
    }
  }
  return null;
}

/** True when any segment of the command line runs the project's tests. */
export function isVerifyCommand(argv: readonly string[], patterns: readonly string[] = DEFAULT_VERIFY_PATTERNS): boolean {
  // One argument is a shell command line (`assay run -- "npm test && npm run lint"`);
  // several are an argv that is run as is.
  const segments = argv.length === 1 ? splitCommandLine(argv[0]!) : [argv.map(String)];
  const matchers = patterns.map(compilePattern).filter((matcher): matcher is (segment: string[]) => boolean => matcher !== null);
  return segments.some((segment) => matchers.some((matches) => matches(segment)));
}

export interface TestSummary {
  passed: number;
  /** Tests that ran: passed + failed (skipped and pending tests are not counted). */
  total: number;
  /** Which output format the numbers came from. */
  format: string;
}

/** Terminal output as text: colour and cursor sequences removed (Node's own stripper), line ends normalised. */
export function stripAnsi(text: string): string {
  return stripVTControlCharacters(text).replace(/\r\n?/g, '\n');
}

function count(text: string, pattern: RegExp): number | null {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : null;
}

function lastMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let last: RegExpExecArray | null = null;
  for (let match = global.exec(text); match; match = global.exec(text)) last = match;
  return last;
}

type Counts = { passed: number; failed: number } | null;

/** Output formats, most specific first; the first that recognises the output wins. */
const PARSERS: Array<{ format: string; parse(text: string): Counts }> = [
  {
    format: 'vitest',
    parse(text) {
      const line = lastMatch(text, /^\s*Tests\s+(.*\d+ (?:passed|failed).*?)\s+\(\d+\)\s*$/m);
      if (!line) return null;
      return { passed: count(line[1]!, /(\d+) passed/) ?? 0, failed: count(line[1]!, /(\d+) failed/) ?? 0 };
    },
  },
  {
    format: 'jest',
    parse(text) {
      const line = lastMatch(text, /^Tests:\s+(.*\d+ total)\s*$/m);
      if (!line) return null;
      return { passed: count(line[1]!, /(\d+) passed/) ?? 0, failed: count(line[1]!, /(\d+) failed/) ?? 0 };
    },
  },
  {
    format: 'pytest',
    parse(text) {
      const line = lastMatch(
        text,
        /^=*\s*((?:\d+ (?:passed|failed|errors?|skipped|xfailed|xpassed|warnings?|deselected|rerun)(?:, )?)+) in [\d.]+s/m,
      );
      if (!line) return null;
      const summary = line[1]!;
      const passed = (count(summary, /(\d+) passed/) ?? 0) + (count(summary, /(\d+) xpassed/) ?? 0);
      const failed = (count(summary, /(\d+) failed/) ?? 0) + (count(summary, /(\d+) errors?/) ?? 0);
      return { passed, failed };
    },
  },
  {
    format: 'mocha',
    parse(text) {
      const passed = count(text, /^\s*(\d+) passing\b/m);
      if (passed === null) return null;
      return { passed, failed: count(text, /^\s*(\d+) failing\b/m) ?? 0 };
    },
  },
  {
    format: 'node-test',
    parse(text) {
      const passed = lastMatch(text, /^(?:#|ℹ)\s*pass (\d+)\s*$/m);
      const failed = lastMatch(text, /^(?:#|ℹ)\s*fail (\d+)\s*$/m);
      if (!passed && !failed) return null;
      return { passed: Number(passed?.[1] ?? 0), failed: Number(failed?.[1] ?? 0) };
    },
  },
  {
    format: 'cargo',
    parse(text) {
      const lines = [...text.matchAll(/^test result: \w+\. (\d+) passed; (\d+) failed;/gm)];
      if (lines.length === 0) return null;
      return lines.reduce((sum, line) => ({ passed: sum.passed + Number(line[1]), failed: sum.failed + Number(line[2]) }), {
        passed: 0,
        failed: 0,
      });
    },
  },
  {
    format: 'go',
    parse(text) {
      if (/^=== RUN\s/m.test(text)) {
        // Verbose output: one line per test (subtests included).
        return {
          passed: [...text.matchAll(/^\s*--- PASS: /gm)].length,
          failed: [...text.matchAll(/^\s*--- FAIL: /gm)].length,
        };
      }
      // Default output names only packages: count packages.
      const passed = [...text.matchAll(/^ok\s+\S+/gm)].length;
      const failed = [...text.matchAll(/^FAIL\s+\S+\s+[\d.]+s\s*$|^FAIL\s+\S+\s+\[(?:build|setup) failed\]/gm)].length;
      if (passed + failed === 0) return null;
      return { passed, failed };
    },
  },
  {
    format: 'rspec',
    parse(text) {
      const line = lastMatch(text, /^(\d+) examples?, (\d+) failures?(?:, (\d+) pending)?/m);
      if (!line) return null;
      const examples = Number(line[1]);
      const failed = Number(line[2]);
      const pending = Number(line[3] ?? 0);
      return { passed: examples - failed - pending, failed };
    },
  },
  {
    format: 'phpunit',
    parse(text) {
      const ok = lastMatch(text, /^OK \((\d+) tests?, /m);
      if (ok) return { passed: Number(ok[1]), failed: 0 };
      const line = lastMatch(text, /^Tests: (\d+), Assertions: \d+(.*)$/m);
      if (!line) return null;
      const rest = line[2]!;
      const failed = (count(rest, /Failures: (\d+)/) ?? 0) + (count(rest, /Errors: (\d+)/) ?? 0);
      const notRun = (count(rest, /Skipped: (\d+)/) ?? 0) + (count(rest, /Incomplete: (\d+)/) ?? 0);
      return { passed: Number(line[1]) - failed - notRun, failed };
    },
  },
  {
    format: 'dotnet',
    parse(text) {
      const lines = [...text.matchAll(/(?:Passed|Failed)!\s+-\s+Failed:\s+(\d+),\s+Passed:\s+(\d+)/g)];
      if (lines.length === 0) return null;
      return lines.reduce((sum, line) => ({ passed: sum.passed + Number(line[2]), failed: sum.failed + Number(line[1]) }), {
        passed: 0,
        failed: 0,
      });
    },
  },
  {
    format: 'ctest',
    parse(text) {
      const line = lastMatch(text, /\d+% tests passed, (\d+) tests? failed out of (\d+)/);
      if (!line) return null;
      return { passed: Number(line[2]) - Number(line[1]), failed: Number(line[1]) };
    },
  },
  {
    format: 'maven',
    parse(text) {
      const line = lastMatch(text, /Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)/);
      if (!line) return null;
      const failed = Number(line[2]) + Number(line[3]);
      return { passed: Number(line[1]) - failed - Number(line[4]), failed };
    },
  },
  {
    format: 'unittest',
    parse(text) {
      const ran = lastMatch(text, /^Ran (\d+) tests? in /m);
      if (!ran) return null;
      const failedLine = lastMatch(text, /^FAILED \((.*)\)\s*$/m);
      const okLine = lastMatch(text, /^OK(?: \((.*)\))?\s*$/m);
      const details = failedLine?.[1] ?? okLine?.[1] ?? '';
      const failed = (count(details, /failures=(\d+)/) ?? 0) + (count(details, /errors=(\d+)/) ?? 0);
      const skipped = (count(details, /skipped=(\d+)/) ?? 0) + (count(details, /expected failures=(\d+)/) ?? 0);
      return { passed: Number(ran[1]) - failed - skipped, failed };
    },
  },
];

/** The passed/total counts a test runner printed, or null when the output has no summary we know. */
export function parseTestSummary(output: string): TestSummary | null {
  const text = stripAnsi(output);
  for (const parser of PARSERS) {
    const counts = parser.parse(text);
    if (!counts) continue;
    const passed = Math.max(0, counts.passed);
    const total = passed + Math.max(0, counts.failed);
    if (total === 0) return null;
    return { passed, total, format: parser.format };
  }
  return null;
}
