import type { ScorecardErrorCode } from '../../src/scorecard/domain/errors';
import fs from 'node:fs';
import path from 'node:path';
import { errorCodesMarkdown } from '../../src/graphql/error-codes-markdown';
import { DomainError } from '../../src/kernel/domain-error';
import { ERROR_CODES } from '../../src/graphql/error-codes';
import { projectRoot } from '../../src/project-root';

/** Upper-snake literals in the source that are not codes the API answers with, and why. */
const NOT_API_CODES: Record<string, string[]> = {
  'enum values and relation kinds': [
    'CLUSTER_OFFICER',
    'UNIT_OFFICER',
    'VICE_CHAIR',
    'SUPREME_DEPARTMENT',
    'PROVINCIAL_DEPARTMENT',
    'FEWER_PENALTIES',
    'MORE_STANDARD_POINTS',
    'SHARED_RANK',
    'NEWEST_FIRST',
    'OLDEST_FIRST',
    'CHAIR_OF',
    'VICE_CHAIR_OF',
    'MEMBER_OF',
    'ORGANIZER_OF',
    'PARENT_UNIT',
    'SIGNING_CEREMONY',
    'MID_YEAR_REVIEW',
    'YEAR_END_REVIEW',
    'RATING_MEETING',
    'COUNCIL_SESSION',
    'CLUSTER_YEAR',
    'DECISION_DRAFTED',
    'NOT_APPLICABLE',
    'NOT_ON_RECORD',
    'UNIT_HEAD',
    'PROVINCIAL_CHIEF',
    'PROSECUTOR_GENERAL',
    'PRIME_MINISTER',
  ],
  'legal instruments the award catalogue cites': ['LAW_06_2022', 'DECREE_98_2023', 'DECREE_91_2017'],
  "document kinds' abbreviations (KH: Kế hoạch, ...)": ['KH', 'CT', 'HD', 'TT', 'NQ', 'TB', 'BC', 'QC'],
  "Node's system error codes": ['EEXIST', 'EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL'],
  'environment variables': [
    'THIDUA_CHECKPOINT_EVERY',
    'THIDUA_CHECKPOINT_FEEDS_ANONYMOUS',
    'THIDUA_CHECKPOINT_FEEDS_PER_ADDRESS',
    'THIDUA_CHECKPOINT_FEEDS_PER_CALLER',
    'THIDUA_CHECKPOINT_WITHIN_SECONDS',
    'THIDUA_DEBUG_ERRORS',
    'THIDUA_FULL_VERIFICATION_EVERY_SECONDS',
    'THIDUA_INTROSPECTION',
    'THIDUA_JWT_MAX_LIFETIME_MINUTES',
    'THIDUA_POSTGRES_TIMEOUT_MS',
    'THIDUA_RATE_LIMIT_PER_MINUTE',
    'THIDUA_DRAIN_SECONDS',
    'THIDUA_SHED_EVENT_LOOP_DELAY_MS',
    'THIDUA_SHED_HEAP_MB',
    'THIDUA_WS_INIT_TIMEOUT_MS',
    'THIDUA_WS_MAX_BUFFERED_BYTES',
    'THIDUA_WS_MAX_CONNECTIONS',
    'THIDUA_WS_MAX_HELD_REFUSALS',
    'THIDUA_WS_MAX_HELD_REFUSALS_PER_ADDRESS',
    'THIDUA_WS_MAX_SUBSCRIPTIONS',
    'THIDUA_WS_MAX_UNAUTHENTICATED',
    'THIDUA_WS_MAX_UNAUTHENTICATED_PER_ADDRESS',
    'THIDUA_WS_REFUSAL_HOLD_MS',
  ],
  "libraries' codes the service translates into its own": [
    'ERR_JOSE_ALG_NOT_ALLOWED',
    'ERR_JWKS_INVALID',
    'ERR_JWKS_NO_MATCHING_KEY',
    'ERR_JWKS_TIMEOUT',
    'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    'ERR_JWT_CLAIM_VALIDATION_FAILED',
    'ERR_JWT_EXPIRED',
    'FST_ERR_CTP_BODY_TOO_LARGE',
    'FST_ERR_CTP_EMPTY_JSON_BODY',
    'FST_ERR_CTP_INVALID_JSON_BODY',
    'FST_ERR_CTP_INVALID_MEDIA_TYPE',
    'SQLITE_FULL',
  ],
  'internal codes mapped to a listed one before they leave': [
    'WRONG_EXPECTED_REVISION',
    'CALLER_BUSY',
    'TOKEN_ISSUED_IN_FUTURE',
    'TOKEN_LIFETIME_TOO_LONG',
  ],
  'audit findings, reported in their own fields': [
    'CHAIN_BROKEN',
    'HASH_MISMATCH',
    'MISSING_EVENT',
    'OUT_OF_ORDER',
    'PREVIOUS_HASH_MISMATCH',
  ],
};

const root = projectRoot();
const sources = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(relative) : entry.name.endsWith('.ts') ? [relative] : [];
  });
const SOURCE = [...sources('src'), ...sources('projections')].map((file) => ({
  file,
  text: fs.readFileSync(path.join(root, file), 'utf8'),
}));
const listed = new Set<string>(ERROR_CODES.map((entry) => entry.code));
const excluded = new Set(Object.values(NOT_API_CODES).flat());

/** Where each literal of this shape occurs, as `file: CODE`, for those neither listed nor excluded. */
const unlisted = (pattern: RegExp) =>
  SOURCE.flatMap(({ file, text }) =>
    [...text.matchAll(pattern)]
      .map((match) => match[1])
      .filter((code) => !listed.has(code) && !excluded.has(code))
      .map((code) => `${file}: ${code}`),
  );

describe('the one list of error codes (src/graphql/error-codes.ts)', () => {
  it('lists each code once', () => {
    const codes = ERROR_CODES.map((entry) => entry.code);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });

  it('lists every upper-snake literal of the source that is not known to be something else', () => {
    expect(unlisted(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)).toEqual([]);
  });

  it('lists every code the source assigns, compares or throws, one-word codes too', () => {
    expect(unlisted(/\bcode\s*(?:[:=]|[!=]==)\s*'([A-Z][A-Z0-9_]*)'/g)).toEqual([]);
    expect(unlisted(/new (?:DomainError|SheetError)\(\s*'([A-Z][A-Z0-9_]*)'/g)).toEqual([]);
  });

  it('lists no code the source never answers with', () => {
    const everything = SOURCE.filter(({ file }) => !/^src\/domain\/.*errors\.ts$|error-codes\.ts$/.test(file))
      .map(({ text }) => text)
      .join('\n');
    expect([...listed].filter((code) => !new RegExp(`\\b${code}\\b`).test(everything))).toEqual([]);
  });

  it('gives each code an English meaning and a Vietnamese message', () => {
    const vietnamese = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
    expect(ERROR_CODES.filter((entry) => !/^[A-Z]/.test(entry.meaning) || !vietnamese.test(entry.message)).map((e) => e.code)).toEqual([]);
  });

  it('is what docs/error-codes.md says (npm run docs:errors)', () => {
    expect(fs.readFileSync(path.join(root, 'docs', 'error-codes.md'), 'utf8')).toBe(errorCodesMarkdown());
  });

  it('refuses a misspelt domain code at the type check, as each slice throws its codes', () => {
    // @ts-expect-error 'SCORE_OUT_OF_RANGE' is not a code: the scorecard's is POINTS_OUT_OF_RANGE.
    const misspelt = new DomainError<ScorecardErrorCode>('SCORE_OUT_OF_RANGE', 'Điểm ngoài khoảng.');
    expect(misspelt.code).toBe('SCORE_OUT_OF_RANGE');
  });
});
