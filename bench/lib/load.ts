import autocannon from 'autocannon';

export const CONNECTIONS = 50;
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

export interface LoadFigures {
  reqPerSec: number;
  /** Mean latency, ms (finer than the whole-millisecond percentiles, so ratios of it mean something). */
  mean: number;
  p50: number;
  p99: number;
  /** Answers that were not 2xx, and connection errors. */
  failures: number;
  requests: number;
}

export interface Load {
  url: string;
  token?: string;
  /** A fixed GraphQL body, or each request's body and token (commands must differ). */
  body: string | (() => { body: string; token: string });
  seconds?: number;
  /** More request headers (If-None-Match for revalidations). */
  headers?: Record<string, string>;
  /** Statuses counted as answers besides 2xx (304 for revalidations). */
  expectStatus?: number;
}

/** autocannon at 50 connections on loopback; latencies in milliseconds. */
export async function load({ url, token, body, seconds = SECONDS, headers: extra = {}, expectStatus }: Load): Promise<LoadFigures> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
  if (token) headers.authorization = `Bearer ${token}`;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers,
    ...(typeof body === 'string'
      ? { body }
      : {
          requests: [
            {
              setupRequest: (request) => {
                const next = body();
                return { ...request, body: next.body, headers: { ...request.headers, authorization: `Bearer ${next.token}` } };
              },
            },
          ],
        }),
  });
  return {
    reqPerSec: Math.round(result.requests.average),
    mean: result.latency.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures:
      result.non2xx -
      (expectStatus ? (result.statusCodeStats?.[String(expectStatus) as '200']?.count ?? 0) : 0) +
      result.errors +
      result.timeouts,
    requests: result.requests.total,
  };
}

export type Measured = LoadFigures & { cpuUsPerRequest: number };

/**
 * A load with the CPU time the server spent per answered request: on a machine shared with other
 * work, requests/s follow whatever else runs, while the server's own CPU per request does not.
 */
export async function measured(server: { url: string; cpuMs(): number }, options: Omit<Load, 'url'>): Promise<Measured> {
  const before = server.cpuMs();
  const figures = await load({ url: server.url, ...options });
  return { ...figures, cpuUsPerRequest: ((server.cpuMs() - before) * 1000) / Math.max(1, figures.requests) };
}

/**
 * One request, checked: a benchmark of answers that are errors would measure the wrong thing.
 * Waits out load shedding (503 OVERLOADED) left by the previous load, for up to a minute.
 */
export async function ask(
  url: string,
  token: string | undefined,
  body: string,
): Promise<{ bytes: number; data: unknown; etag: string | null }> {
  for (const deadline = Date.now() + 60_000; ; await new Promise((resolve) => setTimeout(resolve, 250))) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    const text = await response.text();
    const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown };
    if (response.status === 503 && Date.now() < deadline) continue;
    if (!response.ok || parsed.errors) throw new Error(`the benchmark's request failed: ${text.slice(0, 500)}`);
    return { bytes: Buffer.byteLength(text), data: parsed.data, etag: response.headers.get('etag') };
  }
}
