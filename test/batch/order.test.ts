/**
 * The batch runner's order-keeping, as units: the writer puts results that come in any order out
 * in input order, stops at a gap, and the window lets the other workers go on behind one slow
 * document until its byte bound, not only a fixed number of documents.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Window } from '../../src/batch/flow.js';
import type { TaskResult } from '../../src/batch/protocol.js';
import { OrderedWriter } from '../../src/batch/writer.js';

function result(seq: number): TaskResult {
  return { type: 'result', seq, id: `d${seq}`, line: JSON.stringify({ id: `d${seq}` }), outcome: 'ok', quotes: 0, speakers: 0, language: 'da' };
}

function collect(): { sink: PassThrough; text: () => string } {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  return { sink, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('OrderedWriter', () => {
  it('writes results that arrive in any order in input order, and says so for each as it goes out', async () => {
    const { sink, text } = collect();
    const written: number[] = [];
    const writer = new OrderedWriter(sink, (r) => written.push(r.seq));
    for (const seq of [3, 1, 0, 4, 2]) writer.put(seq, result(seq), 10);
    await writer.finish(5);
    expect(written).toEqual([0, 1, 2, 3, 4]);
    expect(text()).toBe([0, 1, 2, 3, 4].map((i) => `{"id":"d${i}"}\n`).join(''));
  });

  it('writes nothing past a document given up by a stop, so the output stays a prefix', async () => {
    const { sink, text } = collect();
    const writer = new OrderedWriter(sink, () => undefined);
    writer.put(0, result(0), 10);
    writer.put(2, result(2), 10);
    writer.skip(1);
    writer.put(3, result(3), 10);
    await writer.finish(4);
    expect(text()).toBe('{"id":"d0"}\n');
  });
});

describe('Window', () => {
  it('lets documents be read behind one that is not done until the byte bound, then waits', async () => {
    // Room for 2 documents in flight, 100 bytes between reading and writing.
    const window = new Window(2, 100);
    expect(await window.acquire(10)).toBe(true); // the slow one: never finished here
    let admitted = 1;
    // Each next one is done at once but cannot be written (the slow one is before it).
    for (;;) {
      const got = await Promise.race([window.acquire(10), new Promise<'waiting'>((r) => setTimeout(() => r('waiting'), 20))]);
      if (got === 'waiting') break;
      admitted++;
      window.finished();
    }
    // Far more than 2 documents: the count bounds only documents not yet done.
    expect(admitted).toBe(10);
    // The slow one finishes and everything is written: the reader goes on.
    window.finished();
    for (let i = 0; i < admitted; i++) window.release(10);
    expect(await window.acquire(10)).toBe(true);
  });

  it('bounds the documents not yet done by number', async () => {
    const window = new Window(2, 1_000_000);
    expect(await window.acquire(1)).toBe(true);
    expect(await window.acquire(1)).toBe(true);
    const third = window.acquire(1);
    const early = await Promise.race([third, new Promise<'waiting'>((r) => setTimeout(() => r('waiting'), 20))]);
    expect(early).toBe('waiting');
    window.finished();
    expect(await third).toBe(true);
  });
});
