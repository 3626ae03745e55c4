import { describe, expect, it } from 'vitest';
import { DEFAULT_VERIFY_PATTERNS, invalidPatternReason, isVerifyCommand, parseTestSummary, splitCommandLine, stripAnsi } from './cli-verify-fns.js';

describe('splitCommandLine', () => {
  it.each([
    ['npm test', [['npm', 'test']]],
    ['npm ci && npm test', [['npm', 'ci'], ['npm', 'test']]],
    ['a || b; c | d & e', [['a'], ['b'], ['c'], ['d'], ['e']]],
    [`echo "a && b" 'c;d'`, [['echo', 'a && b', 'c;d']]],
    ['echo a\\ b', [['echo', 'a b']]],
    ['echo ""', [['echo', '']]],
    ['  ', []],
    ['line1\nline2', [['line1'], ['line2']]],
  ])('%j', (input, expected) => {
    expect(splitCommandLine(input)).toEqual(expected);
  });
});

describe('isVerifyCommand with the default patterns', () => {
  it.each([
    [['npm', 'test'], true],
    [['npm', 't'], true],
    [['npm', 'run', 'test'], true],
    [['npm', 'run', 'test:unit'], true],
    [['npm', 'run', 'build'], false],
    [['npm', 'install'], false],
    [['npm', 'install', 'jest'], false],
    [['yarn', 'add', '-D', 'vitest'], false],
    [['pnpm', 'vitest', 'run'], true],
    [['npx', 'vitest', 'run'], true],
    [['npx', '--yes', 'jest'], true],
    [['./node_modules/.bin/jest', '--ci'], true],
    [['vitest'], true],
    [['grep', 'jest', 'package.json'], false],
    [['cat', 'pytest.ini'], false],
    [['pytest', '-q'], true],
    [['python3', '-m', 'pytest', 'tests/'], true],
    [['python', '-m', 'unittest', 'discover'], true],
    [['uv', 'run', 'pytest'], true],
    [['pip', 'install', 'pytest'], false],
    [['go', 'test', './...'], true],
    [['go', 'build', './...'], false],
    [['cargo', 'test'], true],
    [['cargo', 'build'], false],
    [['make', 'test'], true],
    [['make'], false],
    [['./gradlew', 'test'], true],
    [['bundle', 'exec', 'rspec'], true],
    [['dotnet', 'test'], true],
    [['node', '--test'], true],
    [['node', 'server.js'], false],
    [['CI=1 npm test'], true],
    [['env', 'CI=1', 'npm', 'test'], true],
    [['npm ci && npm test'], true],
    [['npm run lint; npm run build'], false],
    [['echo "npm test"'], false],
    [['time go test ./...'], true],
    [[], false],
  ])('%j → %s', (argv, expected) => {
    expect(isVerifyCommand(argv)).toBe(expected);
  });

  it('the defaults cover the runners named in the docs', () => {
    for (const pattern of ['npm test', 'pytest', 'go test', 'cargo test', 'vitest', 'jest', 'make test']) {
      expect(DEFAULT_VERIFY_PATTERNS).toContain(pattern);
    }
  });
});

describe('isVerifyCommand with configured patterns', () => {
  it.each([
    [['./scripts/check.sh'], ['check.sh'], true],
    [['./scripts/check.sh'], ['npm test'], false],
    [['npm', 'test'], ['just test'], false],
    [['just', 'test'], ['just test'], true],
    [['bash', 'run-tests.sh', '--fast'], ['/run-tests\\.sh/'], true],
    [['bash', 'build.sh'], ['/run-tests\\.sh/'], false],
    [['npm', 'test'], ['/[/'], false],
    [['npm', 'test'], ['', '  '], false],
    [['NPM', 'TEST'], ['npm test'], true],
  ])('%j with %j → %s', (argv, patterns, expected) => {
    expect(isVerifyCommand(argv, patterns)).toBe(expected);
  });
});

describe('invalidPatternReason', () => {
  it.each([
    ['npm test', null],
    ['/ok.*/i', null],
    ['', 'the pattern is empty'],
    ['/[/', expect.stringContaining('not a valid regular expression')],
  ])('%j', (pattern, expected) => {
    expect(invalidPatternReason(pattern)).toEqual(expected);
  });
});

describe('parseTestSummary', () => {
  it.each([
    ['vitest all passing', ' Test Files  2 passed (2)\n      Tests  7 passed (7)\n   Start at  10:00:00', { passed: 7, total: 7, format: 'vitest' }],
    ['vitest with failures', ' Test Files  1 failed | 1 passed (2)\n      Tests  2 failed | 5 passed (7)', { passed: 5, total: 7, format: 'vitest' }],
    ['vitest with skipped', '      Tests  3 passed | 1 skipped (4)', { passed: 3, total: 3, format: 'vitest' }],
    ['vitest with colours', '\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[31m1 failed\u001b[39m\u001b[22m\u001b[2m | \u001b[22m\u001b[1m\u001b[32m3 passed\u001b[39m\u001b[22m\u001b[90m (4)\u001b[39m', { passed: 3, total: 4, format: 'vitest' }],
    ['jest', 'Test Suites: 1 failed, 1 passed, 2 total\nTests:       1 failed, 2 skipped, 3 passed, 6 total\nSnapshots:   0 total', { passed: 3, total: 4, format: 'jest' }],
    ['jest all passing', 'Tests:       12 passed, 12 total', { passed: 12, total: 12, format: 'jest' }],
    ['pytest', '============ 2 failed, 3 passed, 1 skipped in 0.12s ============', { passed: 3, total: 5, format: 'pytest' }],
    ['pytest quiet', '.....\n5 passed in 0.01s', { passed: 5, total: 5, format: 'pytest' }],
    ['pytest with errors and warnings', '=== 1 failed, 1 passed, 1 warning, 2 errors in 1.50s (0:00:01) ===', { passed: 1, total: 4, format: 'pytest' }],
    ['pytest no tests', '=== no tests ran in 0.01s ===', null],
    ['mocha', '  3 passing (12ms)\n  1 pending\n  2 failing', { passed: 3, total: 5, format: 'mocha' }],
    ['node --test spec reporter', 'ℹ tests 4\nℹ suites 0\nℹ pass 3\nℹ fail 1\nℹ cancelled 0', { passed: 3, total: 4, format: 'node-test' }],
    ['node --test tap', '# tests 2\n# pass 2\n# fail 0', { passed: 2, total: 2, format: 'node-test' }],
    ['cargo, two binaries', 'test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out\ntest result: FAILED. 1 passed; 2 failed; 0 ignored;', { passed: 4, total: 6, format: 'cargo' }],
    ['go verbose', '=== RUN   TestA\n--- PASS: TestA (0.00s)\n=== RUN   TestB\n--- FAIL: TestB (0.00s)\n    --- PASS: TestB/sub (0.00s)\nFAIL\nFAIL\texample.com/x\t0.01s', { passed: 2, total: 3, format: 'go' }],
    ['go packages', 'ok  \texample.com/a\t0.01s\n--- FAIL: TestB (0.00s)\nFAIL\nFAIL\texample.com/b\t0.02s\nok  \texample.com/c\t(cached)', { passed: 2, total: 3, format: 'go' }],
    ['go build failure', 'FAIL\texample.com/b [build failed]', { passed: 0, total: 1, format: 'go' }],
    ['rspec', '10 examples, 2 failures, 1 pending', { passed: 7, total: 9, format: 'rspec' }],
    ['rspec one example', '1 example, 0 failures', { passed: 1, total: 1, format: 'rspec' }],
    ['phpunit ok', 'OK (5 tests, 10 assertions)', { passed: 5, total: 5, format: 'phpunit' }],
    ['phpunit failures', 'Tests: 6, Assertions: 8, Errors: 1, Failures: 1, Skipped: 1.', { passed: 3, total: 5, format: 'phpunit' }],
    ['dotnet', 'Failed!  - Failed:     1, Passed:     4, Skipped:     0, Total:     5, Duration: 1 s', { passed: 4, total: 5, format: 'dotnet' }],
    ['ctest', '80% tests passed, 1 tests failed out of 5', { passed: 4, total: 5, format: 'ctest' }],
    ['maven totals come last', 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.1 s\nResults:\nTests run: 6, Failures: 1, Errors: 1, Skipped: 1', { passed: 3, total: 5, format: 'maven' }],
    ['unittest ok', 'Ran 4 tests in 0.001s\n\nOK', { passed: 4, total: 4, format: 'unittest' }],
    ['unittest failed', 'Ran 5 tests in 0.002s\n\nFAILED (failures=1, errors=1, skipped=1)', { passed: 2, total: 4, format: 'unittest' }],
    ['windows line endings', 'Tests:       1 failed, 1 passed, 2 total\r\n', { passed: 1, total: 2, format: 'jest' }],
    ['no summary', 'Compiling...\nDone in 2s', null],
    ['empty output', '', null],
    ['zero tests', 'Tests:       0 total', null],
  ])('%s', (_name, output, expected) => {
    expect(parseTestSummary(output)).toEqual(expected);
  });

  it('strips colour codes', () => {
    expect(stripAnsi('\u001b[32mok\u001b[0m\r\n')).toBe('ok\n');
  });
});
