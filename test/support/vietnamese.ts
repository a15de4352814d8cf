/** Vietnamese letters with diacritics: a message without any is not Vietnamese. */
export const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** Words the libraries' English messages are made of. */
export const ENGLISH = /\b(must|cannot|expected|found|required|provided|exceeded|limit of|not allowed|Syntax Error|Value is|seconds|Route|blocked|operations?)\b/i;
