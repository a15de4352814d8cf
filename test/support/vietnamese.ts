/** Vietnamese letters with diacritics: a message without any is not Vietnamese. */
export const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** Words the libraries' English messages are made of. */
export const ENGLISH =
  /\b(must|cannot|expected|found|required|provided|exceeded|limit of|not allowed|Syntax Error|Value is|seconds|Route|blocked|operations?)\b/i;

/**
 * The words of a message that are the service's own: what the caller sent and the message echoes
 * back (a quoted name, the value after "nhận được") is the caller's text, in whatever language.
 */
export const ownWords = (message: string) => message.replace(/nhận được .*$/s, '').replace(/"(?:[^"\\]|\\.)*"/g, '""');
