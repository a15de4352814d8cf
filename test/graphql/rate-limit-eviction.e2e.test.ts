import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startServiceProcess, type TestService } from '../support/service';

const LIMIT = 5;
/**
 * Other callers in all: half of them verified subjects (one token each), half anonymous addresses. More than
 * the 5,000 callers @fastify/rate-limit's own store keeps, so a limiter that evicts the oldest is caught.
 */
const OTHERS = 6_000;
/** Requests in flight at once while the others are sent. */
const IN_FLIGHT = 16;
/** What sending a thousand of the others may take at most on a busy machine (a few ms a request is usual). */
const MS_PER_THOUSAND = 4000;
const BODY = JSON.stringify({ query: '{ __typename }' });

/** One request from `localAddress` (on Linux all of 127.0.0.0/8 reaches the loopback), as a caller at that address sends it. */
function postFrom(service: TestService, localAddress: string, token?: string): Promise<{ status: number; retryAfter: number }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      service.url,
      {
        method: 'POST',
        localAddress,
        agent: false,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode!, retryAfter: Number(response.headers['retry-after'] ?? 0) }));
      },
    );
    request.on('error', reject);
    request.end(BODY);
  });
}

/** 127.0.x.y for x, y from 1: distinct addresses, none of them the test's own 127.0.0.1. */
const otherAddress = (i: number) => `127.${1 + Math.floor(i / 250)}.${1 + (i % 250)}.1`;

/** Runs `send` for 0 … count-1, IN_FLIGHT at a time; the statuses seen, with how many times each. */
async function flood(count: number, send: (i: number) => Promise<{ status: number }>): Promise<Record<number, number>> {
  const seen: Record<number, number> = {};
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const { status } = await send(i);
      seen[status] = (seen[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return seen;
}

/** Spends the budget of the caller at 127.0.0.1 in a window with at least `needMs` left; answers the refusal. */
async function limitTheTestsOwnAddress(service: TestService, needMs: number): Promise<{ status: number; retryAfter: number }> {
  for (;;) {
    let answer = await postFrom(service, '127.0.0.1');
    for (let i = 0; i < LIMIT && answer.status !== 429; i += 1) answer = await postFrom(service, '127.0.0.1');
    expect(answer.status).toBe(429);
    // Windows aligned on the clock (PostgreSQL's) may be about to end: then wait for the next one.
    if (answer.retryAfter * 1000 > needMs) return answer;
    await new Promise((resolve) => setTimeout(resolve, answer.retryAfter * 1000 + 500));
  }
}

/**
 * The caller at 127.0.0.1 is limited, then the others send a request each, in `rounds` rounds that
 * each fit in one window of the limited caller's; after each round it is still refused.
 */
async function expectStillLimitedAfterOthers(service: TestService, rounds: number): Promise<void> {
  const tokens = await Promise.all(
    Array.from({ length: OTHERS / 2 }, (_, i) => service.token(`nguoi-khac-${i}`, { role: 'AUDITOR' as never })),
  );
  const perRound = OTHERS / 2 / rounds;
  for (let round = 0; round < rounds; round += 1) {
    // Room for the round's requests and the second of margin the check below keeps before the window's end.
    const refused = await limitTheTestsOwnAddress(service, (MS_PER_THOUSAND * 2 * perRound) / 1000 + 1000);
    const started = Date.now();
    const from = round * perRound;
    const bySubject = await flood(perRound, (i) => postFrom(service, '127.0.0.1', tokens[from + i]));
    const byAddress = await flood(perRound, (i) => postFrom(service, otherAddress(from + i)));
    // Each of the others is within its own budget: answered (the anonymous ones told to sign in), none refused.
    expect({ bySubject, byAddress }).toEqual({ bySubject: { 200: perRound }, byAddress: { 401: perRound } });
    // Else the window has ended and the caller may rightly send again: this machine is too slow to tell.
    expect(Date.now() - started).toBeLessThan(refused.retryAfter * 1000 - 1000);
    const again = await postFrom(service, '127.0.0.1');
    expect(again.status).toBe(429);
  }
}

// Thousands of requests within one window of the limited caller: the service in a process of its own, so
// the callers' work does not slow its answers.
describe('a limited caller stays limited however many other callers send requests', () => {
  it(`in memory: the address at 429 is still refused after ${OTHERS} other subjects and addresses sent requests`, async () => {
    const service = await startServiceProcess({ THIDUA_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
    try {
      await expectStillLimitedAfterOthers(service, 1);
    } finally {
      await service.stop();
    }
  }, 180_000);

  describe('on PostgreSQL (counts in a table shared by the replicas)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-rate-eviction-'));
    let database: TestDatabase;
    afterAll(async () => {
      await database?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('the address at 429 is still refused while as many other callers send requests, a fifth in each window', async () => {
      database = await createTestDatabase();
      const service = await startServiceProcess({
        THIDUA_STORE: database.url,
        THIDUA_DATA_DIR: dir,
        THIDUA_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      });
      try {
        await expectStillLimitedAfterOthers(service, 5);
      } finally {
        await service.stop();
      }
    }, 240_000);
  });
});
