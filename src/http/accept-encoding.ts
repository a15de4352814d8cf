/** The encodings answers are kept in besides their plain bytes, best first. */
export const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * The best kept encoding a caller's Accept-Encoding allows (`q=0` refuses one; `*` allows any), or
 * undefined for the plain bytes.
 */
export function preferredEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...parameters] = part.split(';').map((s) => s.trim());
    const q = parameters.map((p) => /^q=([\d.]+)$/.exec(p)).find(Boolean);
    if (name) weights.set(name, q ? Number(q[1]) : 1);
  }
  return ENCODINGS.find((encoding) => (weights.get(encoding) ?? weights.get('*') ?? 0) > 0);
}
