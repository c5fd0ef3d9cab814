#!/usr/bin/env node
// `npm run schedule -- instance.json`: reads an instance (a file, or "-" for stdin), writes the
// result JSON to stdout. A bad instance exits with code 2 and an InvalidInstanceError on stderr
// that names the offending item. runCli is pure over its `io` so tests need no child process.
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { InvalidInstanceError } from './instance/invalid-instance-error.js';
import { solveSchedule } from './solve-schedule.js';

export interface CliIo {
  readFile(path: string): string;
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

const USAGE = 'usage: serumpun-schedule <instance.json | ->\n  writes the schedule as JSON to stdout; exit 2 on a bad instance\n';

export async function runCli(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (args.length !== 1) {
    io.stderr(USAGE);
    return EXIT_BAD_INPUT;
  }
  const [source] = args;
  let text: string;
  try {
    text = source === '-' ? await io.readStdin() : io.readFile(source);
  } catch (error) {
    io.stderr(`InputError: cannot read "${source}": ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new InvalidInstanceError([{ item: 'instance', message: `not valid JSON (${(error as Error).message})` }]);
    }
    io.stdout(`${JSON.stringify(solveSchedule(raw), null, 2)}\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof InvalidInstanceError) {
      const details = error.issues.length > 1 ? error.issues.map((issue) => `  - ${issue.item}: ${issue.message}\n`).join('') : '';
      io.stderr(`${error.name}: ${error.message}\n${details}`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`${(error as Error).stack ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

const nodeIo: CliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readAll(process.stdin),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  runCli(process.argv.slice(2), nodeIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = EXIT_FAILURE;
    },
  );
}
