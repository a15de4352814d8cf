import fs from 'node:fs';
import { SignJWT, createRemoteJWKSet, importJWK, importSPKI, jwtVerify, type JWK, type JWTVerifyGetKey } from 'jose';
import type { Actor } from '../kernel/actor';
import type { AuthConfig } from '../config';
import { actorFromClaims, type ThiduaClaims } from './claims';
import { localKey, type CryptoKey } from './local-key';

/** The token was missing, malformed, expired, or not ours; `reason` says which, when a client can act on it. */
export class AuthenticationFailed extends Error {
  readonly code = 'UNAUTHENTICATED';
  constructor(
    why: string,
    readonly reason?: 'TOKEN_ISSUED_IN_FUTURE' | 'TOKEN_LIFETIME_TOO_LONG',
  ) {
    super(`Chưa xác thực: ${why}. Gửi kèm header "Authorization: Bearer <token>" hợp lệ.`);
    this.name = 'AuthenticationFailed';
  }
}

/** How far ahead of this server's clock an issuer's clock may run. */
export const CLOCK_SKEW_SECONDS = 60;

/**
 * A stolen token is useful until it expires: tokens issued "later" than now, or living longer
 * than the configured maximum, are refused even when correctly signed.
 */
function checkLifetime(payload: { iat?: number; exp?: number }, maxLifetimeSeconds: number, now = Date.now() / 1000): void {
  const issuedAt = payload.iat ?? now;
  if (issuedAt > now + CLOCK_SKEW_SECONDS)
    throw new AuthenticationFailed(
      'token ghi thời điểm cấp (iat) ở tương lai; kiểm tra đồng hồ của nơi cấp token',
      'TOKEN_ISSUED_IN_FUTURE',
    );
  const lifetime = (payload.exp ?? Infinity) - issuedAt;
  if (lifetime > maxLifetimeSeconds)
    throw new AuthenticationFailed(
      `token có thời hạn ${Math.round(lifetime / 60)} phút, vượt mức tối đa ${Math.round(maxLifetimeSeconds / 60)} phút; hãy xin token có thời hạn ngắn hơn`,
      'TOKEN_LIFETIME_TOO_LONG',
    );
}

/** A verified token: the caller it names, and when it stops being valid (its `exp`, in ms since the epoch). */
export interface VerifiedToken {
  actor: Actor;
  expiresAt: number;
}

export type Verifier = (token: string) => Promise<VerifiedToken>;

/** What jose's refusal means for the person holding the token, by jose's stable error code. */
function why(error: unknown): string {
  const { code, claim } = error as { code?: string; claim?: string };
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'token đã hết hạn; lấy token mới';
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return 'chữ ký của token không khớp khóa của máy chủ';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return `thông tin "${claim ?? '?'}" trong token không đúng hoặc thiếu`;
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'thuật toán ký của token không được chấp nhận';
    case 'ERR_JWKS_TIMEOUT':
    case 'ERR_JWKS_INVALID':
      return 'chưa lấy được khóa xác thực từ máy chủ cấp token; thử lại sau';
    default:
      return 'token sai định dạng';
  }
}

async function keyFileVerifierKey(file: string, algorithm: string): Promise<CryptoKey> {
  const text = fs.readFileSync(file, 'utf8').trim();
  return (text.startsWith('{') ? importJWK(JSON.parse(text) as JWK, algorithm) : importSPKI(text, algorithm)) as Promise<CryptoKey>;
}

const VERIFIED_TOKENS_KEPT = 10_000;

/** Builds the verifier once: issuer, audience, algorithms and keys are pinned by configuration. */
export async function createVerifier(config: AuthConfig): Promise<Verifier> {
  let key: CryptoKey | JWTVerifyGetKey;
  switch (config.keys.kind) {
    case 'jwks':
      key = createRemoteJWKSet(config.keys.url);
      break;
    case 'public-key-file':
      key = await keyFileVerifierKey(config.keys.file, config.algorithms[0]);
      break;
    case 'local':
      key = (await localKey(config.keys.file)).publicKey;
      break;
  }
  // A client sends the same token with every request until it expires: verifying its signature
  // once (an asynchronous WebCrypto job) and remembering the actor until `exp` saves that work on
  // every later request. Keyed by the exact token text, so nothing unverified is ever answered.
  const verified = new Map<string, VerifiedToken>();
  return async (token) => {
    const known = verified.get(token);
    if (known && Date.now() < known.expiresAt) return known;
    if (known) verified.delete(token);
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, key as CryptoKey, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.algorithms,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw new AuthenticationFailed(`token không hợp lệ: ${why(error)}`);
    }
    checkLifetime(payload, config.maxLifetimeSeconds);
    let actor: Actor;
    try {
      actor = actorFromClaims(payload);
    } catch (error) {
      throw new AuthenticationFailed((error as Error).message);
    }
    const answer = { actor, expiresAt: (payload.exp as number) * 1000 };
    verified.set(token, answer);
    if (verified.size > VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
    return answer;
  };
}

/** Mints a token with the local development key (the `npm run token` command and the tests). */
export async function signLocalToken(
  config: AuthConfig,
  subject: string,
  claims: ThiduaClaims,
  expiresIn = '8h',
  /** Seconds since the epoch; now unless given (tests mint tokens from a wrong clock with it). */
  issuedAt?: number,
): Promise<string> {
  if (config.keys.kind !== 'local') throw new Error('Only the local development key can mint tokens here');
  const key = await localKey(config.keys.file);
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid })
    .setSubject(subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresIn)
    .sign(key.privateKey);
}
