import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Batch, ResponseRecord } from '@npskit/core';

/**
 * How the test receiver answers one POST:
 * - a status (with optional headers/body); 2xx stores the records, anything else does not;
 * - 'hang': never answers (the client's timeout must fire);
 * - 'drop': destroys the connection without storing;
 * - 'drop-after-store': stores the records, then destroys the connection (the client must retry; the upsert absorbs it).
 */
export type Answer =
  | { status: number; headers?: Record<string, string>; body?: string; delayMs?: number }
  | 'hang'
  | 'drop'
  | 'drop-after-store';

/** One POST as the receiver saw it. */
export interface Received {
  n: number;
  at: number;
  contentType: string | undefined;
  headers: IncomingMessage['headers'];
  bytes: number;
  batch: Batch | undefined;
  answer: Answer;
}

/** A real HTTP receiver on localhost that does the receiver's one duty: upsert by id, keep the highest revision. */
export interface Receiver {
  url: string;
  requests: Received[];
  /** id → record at the highest revision stored. */
  records: Map<string, ResponseRecord>;
  /** Chooses the answer of each POST (default: 200). */
  answer: (request: Omit<Received, 'answer'>) => Answer;
  /** CORS preflights (OPTIONS requests) received. */
  preflights: number;
  /** Origin of the server, e.g. `http://127.0.0.1:1234`. */
  origin: string;
  close(): Promise<void>;
}

/** Options of the test receiver. */
export interface ReceiverOptions {
  /** Answer with CORS headers (any origin, the Authorization header). */
  cors?: boolean;
  /** Files served on GET, by path. */
  files?: Record<string, { type: string; body: string }>;
}

export async function startReceiver(options: ReceiverOptions = {}): Promise<Receiver> {
  const cors: Record<string, string> = options.cors
    ? {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type, authorization',
      }
    : {};
  const sockets = new Set<import('node:net').Socket>();
  const receiver: Receiver = {
    url: '',
    origin: '',
    preflights: 0,
    requests: [],
    records: new Map(),
    answer: () => ({ status: 200 }),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const store = (batch: Batch | undefined) => {
    for (const record of batch?.records ?? []) {
      const known = receiver.records.get(record.id);
      if (!known || record.revision > known.revision) receiver.records.set(record.id, record);
    }
  };
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'OPTIONS') {
      receiver.preflights++;
      response.writeHead(204, cors).end();
      return;
    }
    if (request.method === 'GET') {
      const file = options.files?.[new URL(request.url ?? '/', receiver.origin).pathname];
      response.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' }).end(file?.body ?? '');
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    let batch: Batch | undefined;
    try {
      batch = JSON.parse(raw.toString('utf8')) as Batch;
    } catch {}
    const seen = {
      n: receiver.requests.length + 1,
      at: Date.now(),
      contentType: request.headers['content-type'],
      headers: request.headers,
      bytes: raw.length,
      batch,
    };
    const answer = batch?.protocol === 1 ? receiver.answer(seen) : { status: 400, body: 'not a batch' };
    receiver.requests.push({ ...seen, answer });
    if (answer === 'hang') return;
    if (answer === 'drop' || answer === 'drop-after-store') {
      if (answer === 'drop-after-store') store(batch);
      request.socket.destroy();
      return;
    }
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (answer.status >= 200 && answer.status < 300) store(batch);
    response.writeHead(answer.status, { ...cors, ...answer.headers }).end(answer.body ?? '');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receiver.url = `${receiver.origin}/collect`;
  return receiver;
}

/** The ids of every record the receiver saw in POST bodies, in order (duplicates included). */
export function postedIds(receiver: Receiver): string[] {
  return receiver.requests.flatMap((request) => request.batch?.records.map((record) => record.id) ?? []);
}
