import { describe, expect, it } from '@jest/globals';
import { EXIT_BAD_INPUT, EXIT_OK, runCli, type CliIo } from '../cli.js';
import type { ScheduleResult } from '../types.js';
import { validateSchedule } from '../validator/validate-schedule.js';
import { buildInstance } from './factories.js';

interface FakeIo extends CliIo {
  out: string;
  err: string;
}

function fakeIo(files: Record<string, string>, stdin = ''): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    readFile: (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return files[path];
    },
    readStdin: async () => stdin,
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
  };
  return io;
}

const instance = buildInstance({ tables: [1, 1], meetings: ['p1-p2', 'p1-p3', 'p2-p3'] });

describe('runCli', () => {
  it('writes the schedule of an instance file as JSON and exits 0', async () => {
    const io = fakeIo({ 'edition.json': JSON.stringify(instance) });
    expect(await runCli(['edition.json'], io)).toBe(EXIT_OK);
    const result = JSON.parse(io.out) as ScheduleResult;
    expect(validateSchedule(instance, result)).toEqual([]);
    expect(result.stats.placedCount).toBe(2);
    expect(io.err).toBe('');
  });

  it('reads the instance from stdin when given "-"', async () => {
    const io = fakeIo({}, JSON.stringify(instance));
    expect(await runCli(['-'], io)).toBe(EXIT_OK);
    expect((JSON.parse(io.out) as ScheduleResult).assignments).toHaveLength(2);
  });

  it('exits 2 with a named error on a bad instance', async () => {
    const bad = { ...instance, meetings: [{ id: 'm1', a: 'p1', b: 'p1' }] };
    const io = fakeIo({ 'bad.json': JSON.stringify(bad) });
    expect(await runCli(['bad.json'], io)).toBe(EXIT_BAD_INPUT);
    expect(io.err).toBe('InvalidInstanceError: meeting "m1": is a meeting of participant "p1" with itself\n');
    expect(io.out).toBe('');
  });

  it('lists every problem when an instance has several', async () => {
    const bad = { slots: [{ id: 's1', tables: -2 }], participants: [{ id: 'p1' }], meetings: [{ id: 'm1', a: 'p1', b: 'p9' }] };
    const io = fakeIo({ 'bad.json': JSON.stringify(bad) });
    expect(await runCli(['bad.json'], io)).toBe(EXIT_BAD_INPUT);
    expect(io.err).toContain('  - slot "s1": tables must be a non-negative integer, got -2\n');
    expect(io.err).toContain('  - meeting "m1": b names unknown participant "p9"\n');
  });

  it('exits 2 on text that is not JSON', async () => {
    const io = fakeIo({ 'broken.json': '{"slots": [' });
    expect(await runCli(['broken.json'], io)).toBe(EXIT_BAD_INPUT);
    expect(io.err).toMatch(/^InvalidInstanceError: instance: not valid JSON/);
  });

  it('exits 2 when the file cannot be read or no file is named', async () => {
    const missing = fakeIo({});
    expect(await runCli(['missing.json'], missing)).toBe(EXIT_BAD_INPUT);
    expect(missing.err).toMatch(/^InputError: cannot read "missing.json"/);
    const none = fakeIo({});
    expect(await runCli([], none)).toBe(EXIT_BAD_INPUT);
    expect(none.err).toMatch(/^usage:/);
  });
});
