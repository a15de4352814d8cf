import type { ApiErrorCode } from './error-codes';

/**
 * The one place where English messages written by the libraries (graphql-js, graphql-scalars,
 * class-validator, graphql-armor, Apollo Server, Fastify) become Vietnamese a person can act on.
 * The stable English code stays beside the message in `extensions.code`; a rule with a code
 * replaces the library's generic one with a precise one (a token-limit parse error is
 * TOO_MANY_TOKENS, not GRAPHQL_PARSE_FAILED).
 */

interface Where {
  line: number;
  column: number;
}

type Rule = [pattern: RegExp, vietnamese: (match: RegExpExecArray, where?: Where) => string, code?: ApiErrorCode];

const q = (value: string) => `"${value}"`;

/** Why a value was refused: the tail of a coercion error, or a class-validator constraint. */
const REASONS: Rule[] = [
  [/^Value is not a valid LocalDate: (.*)$/s, (m) => `${q(m[1])} không phải ngày hợp lệ; ghi theo dạng YYYY-MM-DD, ví dụ 2022-02-22`],
  [/^DateTime cannot represent .*$/s, () => 'không phải thời điểm hợp lệ; ghi theo ISO 8601 có múi giờ, ví dụ 2023-02-24T08:00:00+07:00'],
  [/^(?:Safe)?Int cannot represent non-integer value: (.*)$/s, (m) => `phải là số nguyên, nhận được ${m[1]}`],
  [/^(?:Safe)?Int cannot represent (?:non 32-bit signed|unsafe) integer value: (.*)$/s, (m) => `số ${m[1]} vượt quá giới hạn số nguyên`],
  [/^Float cannot represent non numeric value: (.*)$/s, (m) => `phải là số, nhận được ${m[1]}`],
  [/^String cannot represent a non string value: (.*)$/s, (m) => `phải là chuỗi ký tự, nhận được ${m[1]}`],
  [/^Boolean cannot represent a non boolean value: (.*)$/s, (m) => `phải là true hoặc false, nhận được ${m[1]}`],
  [/^ID cannot represent (?:a non-string and non-integer )?value: (.*)$/s, (m) => `phải là mã (chuỗi ký tự), nhận được ${m[1]}`],
  [/^JSON(?:Object)? cannot represent .*$/s, () => 'không phải giá trị JSON hợp lệ'],
  [/^Value "(.*)" does not exist in "(\w+)" enum\..*$/s, (m) => `giá trị ${q(m[1])} không thuộc danh sách ${m[2]}`],
  [
    /^Enum "(\w+)" cannot represent non-(?:enum|string) value: (.*?)\.?(?: Did you mean.*)?$/s,
    (m) => `giá trị ${m[2]} không thuộc danh sách ${m[1]}`,
  ],
  [/^Value is not (?:a )?(\w+): (.*)$/s, (m) => `phải là ${m[1] === 'string' ? 'chuỗi ký tự' : m[1]}, nhận được ${m[2]}`],
  [/^Expected type "([^"]+)" to be an object\.$/, (m) => `phải là một đối tượng kiểu ${m[1]}`],
  [/^Expected type "([^"]+)"\. (.*)$/s, (m) => `cần kiểu ${m[1]}: ${reason(m[2])}`],
  [/^Expected type "([^"]+)"\.?$/, (m) => `cần kiểu ${m[1]}`],
  [/^Field "(\w+)" of required type "([^"]+)" was not provided\.$/, (m) => `thiếu trường bắt buộc ${q(m[1])} (kiểu ${m[2]})`],
  [/^Field "(\w+)" is not defined by type "(\w+)"\..*$/s, (m) => `kiểu ${m[2]} không có trường ${q(m[1])}`],
  [/^Expected non-nullable type "([^"]+)" not to be null\.$/, (m) => `không được để trống (kiểu ${m[1]})`],
  [/^(\S+) must not be less than (\S+)$/, (m) => `${q(m[1])} không được nhỏ hơn ${m[2]}`],
  [/^(\S+) must not be greater than (\S+)$/, (m) => `${q(m[1])} không được lớn hơn ${m[2]}`],
  [/^(\S+) must be one of the following values: (.*)$/, (m) => `${q(m[1])} phải là một trong các giá trị: ${m[2]}`],
  [/^(\S+) must be an integer number$/, (m) => `${q(m[1])} phải là số nguyên`],
  [/^(\S+) must be a number conforming to the specified constraints$/, (m) => `${q(m[1])} phải là số`],
  [/^(\S+) must be a boolean value$/, (m) => `${q(m[1])} phải là true hoặc false`],
  [/^(\S+) must be an array$/, (m) => `${q(m[1])} phải là một danh sách`],
  [/^(\S+) must contain at least (\d+) elements?$/, (m) => `${q(m[1])} phải có ít nhất ${m[2]} phần tử`],
  [/^(\S+) must contain no more than (\d+) elements?$/, (m) => `${q(m[1])} có tối đa ${m[2]} phần tử`],
  [/^(\S+) must be longer than or equal to (\d+) characters$/, (m) => `${q(m[1])} phải dài ít nhất ${m[2]} ký tự`],
  [/^(\S+) must be shorter than or equal to (\d+) characters$/, (m) => `${q(m[1])} dài tối đa ${m[2]} ký tự`],
  [/^nested property (\S+) must be either object or array$/, (m) => `${q(m[1])} phải là đối tượng hoặc danh sách`],
  [/^property (\S+) should not exist$/, (m) => `không có trường ${q(m[1])}`],
];

/** Whole messages: GraphQL validation and parsing, graphql-armor limits, Apollo Server's HTTP refusals. */
const MESSAGES: Rule[] = [
  [
    /Document contains more that (\d+) tokens/,
    (m) => `Truy vấn quá dài: vượt giới hạn ${m[1]} token; hãy tách thành các truy vấn nhỏ hơn.`,
    'TOO_MANY_TOKENS',
  ],
  [
    /Token limit of (\d+) exceeded/,
    (m) => `Truy vấn quá dài: vượt giới hạn ${m[1]} token; hãy tách thành các truy vấn nhỏ hơn.`,
    'TOO_MANY_TOKENS',
  ],
  [
    /Query depth limit of (\d+) exceeded, found (\d+)/,
    (m) => `Truy vấn lồng quá sâu: ${m[2]} tầng, tối đa ${m[1]} tầng.`,
    'QUERY_TOO_DEEP',
  ],
  [
    /Aliases limit of (\d+) exceeded, found (\d+)/,
    (m) => `Truy vấn dùng quá nhiều bí danh (alias): ${m[2]}, tối đa ${m[1]}.`,
    'TOO_MANY_ALIASES',
  ],
  [
    /Directives limit of (\d+) exceeded, found (\d+)/,
    (m) => `Truy vấn dùng quá nhiều chỉ thị (directive): ${m[2]}, tối đa ${m[1]}.`,
    'TOO_MANY_DIRECTIVES',
  ],
  [
    /^Syntax Error: /,
    (_m, where) =>
      `Truy vấn GraphQL sai cú pháp${where ? ` ở dòng ${where.line}, cột ${where.column}` : ''}: kiểm tra dấu ngoặc, tên trường và dấu nháy.`,
  ],
  [
    /^Field "(\w+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided\.$/,
    (m) => `Thiếu tham số bắt buộc ${q(m[2])} (kiểu ${m[3]}) của trường ${q(m[1])}.`,
  ],
  [/^Cannot query field "(\w+)" on type "(\w+)"\./, (m) => `Kiểu ${m[2]} không có trường ${q(m[1])}.`],
  [/^Unknown argument "(\w+)" on field "([\w.]+)"\./, (m) => `Trường ${q(m[2])} không có tham số ${q(m[1])}.`],
  [/^Unknown type "(\w+)"\./, (m) => `Không có kiểu ${q(m[1])}.`],
  [/^Unknown fragment "(\w+)"\.$/, (m) => `Không có fragment ${q(m[1])}.`],
  [/^Unknown operation named "(.*)"\.$/s, (m) => `Không có thao tác tên ${q(m[1])} trong truy vấn.`],
  [/^Must provide operation name if query contains multiple operations\.$/, () => 'Truy vấn có nhiều thao tác: cần ghi rõ operationName.'],
  [/^This anonymous operation must be the only defined operation\.$/, () => 'Thao tác không tên phải là thao tác duy nhất trong truy vấn.'],
  [
    /^Field "(\w+)" of type "([^"]+)" must have a selection of subfields\./,
    (m) => `Trường ${q(m[1])} (kiểu ${m[2]}) cần chọn các trường con, ví dụ ${m[1]} { ... }.`,
  ],
  [
    /^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields\.$/,
    (m) => `Trường ${q(m[1])} (kiểu ${m[2]}) không có trường con để chọn.`,
  ],
  [/^Variable "\$(\w+)" is never used(?: in operation "\w+")?\.$/, (m) => `Biến $${m[1]} được khai báo nhưng không được dùng.`],
  [/^Variable "\$(\w+)" is not defined(?: by operation "\w+")?\.$/, (m) => `Biến $${m[1]} chưa được khai báo.`],
  [/^Variable "\$(\w+)" of required type "([^"]+)" was not provided\.$/, (m) => `Thiếu biến bắt buộc $${m[1]} (kiểu ${m[2]}).`],
  [/^Variable "\$(\w+)" of non-null type "([^"]+)" must not be null\.$/, (m) => `Biến $${m[1]} (kiểu ${m[2]}) không được để null.`],
  [
    /^Variable "\$(\w+)" of type "([^"]+)" used in position expecting type "([^"]+)"\.$/,
    (m) => `Biến $${m[1]} có kiểu ${m[2]} nhưng chỗ dùng cần kiểu ${m[3]}.`,
  ],
  [
    /^Variable "\$(\w+)" got invalid value (.*?)(?: at "([\w.[\]]+)")?; (?=Expected|Field|Value|Enum|\w+ cannot|[a-z])(.*)$/s,
    (m) => `Biến $${m[1]} có giá trị không hợp lệ${m[3] ? ` ở ${q(m[3])}` : ''}: ${reason(m[4])}.`,
  ],
  [/^Expected value of type "([^"]+)", found (.*?); (.*)$/s, (m) => `Giá trị ${m[2]} không hợp lệ cho kiểu ${m[1]}: ${reason(m[3])}.`],
  [/^Expected value of type "([^"]+)", found (.*)\.$/s, (m) => `Giá trị ${m[2]} không đúng kiểu ${m[1]}.`],
  [/introspection is not allowed/i, () => 'Máy chủ này không cho phép truy vấn cấu trúc lược đồ (introspection).'],
  [
    /^GET requests only support query operations, not (\w+) operations$/,
    (m) => `Yêu cầu GET chỉ được đọc dữ liệu; thao tác ${m[1]} phải gửi bằng POST.`,
    'MUTATION_REQUIRES_POST',
  ],
  [/^Operation batching disabled\.$/, () => 'Mỗi yêu cầu chỉ được chứa một thao tác GraphQL; hãy gửi từng thao tác riêng.'],
  [
    /non-empty `query`|GraphQL queries must be strings|POST body missing/,
    () => 'Yêu cầu cần một truy vấn GraphQL: gửi JSON {"query": "..."} với Content-Type: application/json.',
  ],
  [
    /^`(\w+)` in a POST body (?:should be provided as|must be) an? (\w+)/,
    (m) => `Trường ${q(m[1])} trong thân yêu cầu phải là ${m[2] === 'string' ? 'chuỗi ký tự' : 'một đối tượng JSON'}.`,
  ],
  [/^GET requests may not have a content-type header/, () => 'Yêu cầu GET không được có Content-Type khác application/json.'],
  [/^Apollo Server supports only GET\/POST requests\.$/, () => 'Chỉ nhận yêu cầu GET hoặc POST.'],
];

function apply(rules: Rule[], text: string, where?: Where): { message: string; code?: string } | null {
  for (const [pattern, vietnamese, code] of rules) {
    const match = pattern.exec(text);
    if (match) return { message: vietnamese(match, where), code };
  }
  return null;
}

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** One reason in Vietnamese; several class-validator reasons of one field come joined by "; ". */
export function reason(text: string): string {
  const known = apply(REASONS, text.trim())?.message;
  return known ?? (VIETNAMESE.test(text) ? text : 'giá trị không đúng kiểu hoặc không được phép');
}

/** Generic Vietnamese for a client error no rule knows, by its code. */
const BY_CODE: Readonly<Record<string, string>> = {
  GRAPHQL_PARSE_FAILED: 'Truy vấn GraphQL sai cú pháp.',
  GRAPHQL_VALIDATION_FAILED: 'Truy vấn GraphQL không hợp lệ với lược đồ.',
  BAD_USER_INPUT: 'Dữ liệu gửi lên không hợp lệ.',
  BAD_REQUEST: 'Yêu cầu không hợp lệ.',
} satisfies Partial<Record<ApiErrorCode, string>>;

/**
 * The message a person reads, and the code beside it. A library's English message is translated
 * (a bare reason, such as a scalar's refusal of a literal, as "Dữ liệu không hợp lệ: ..."); messages
 * already in Vietnamese (the domain's, the service's own) pass unchanged; an English message no rule
 * knows gets a generic Vietnamese one, the English kept in `detail` for the developer.
 */
export function vietnamese(message: string, code: string, where?: Where): { message: string; code: string; detail?: string } {
  const known = apply(MESSAGES, message, where);
  if (known) return { message: known.message, code: known.code ?? code };
  const refused = apply(REASONS, message);
  if (refused) return { message: `Dữ liệu không hợp lệ: ${refused.message}.`, code };
  if (VIETNAMESE.test(message)) return { message, code };
  return { message: BY_CODE[code] ?? 'Yêu cầu không hợp lệ.', code, detail: message };
}
