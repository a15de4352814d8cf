import { Matches } from 'class-validator';
/** Caller-chosen ids: stable slugs or UUIDs, safe inside stream names and URLs. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const ID_MESSAGE = '$property phải là mã gồm chữ không dấu, số, ".", "_" hoặc "-" (tối đa 100 ký tự)';
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
export const NAME = { message: '$property phải dài từ $constraint1 đến $constraint2 ký tự' };
export const TEXT = NAME;
export const YEAR = { message: `$property phải là năm từ ${MIN_YEAR} đến ${MAX_YEAR}` };
/** A date as a report gives it: a year, a year and month, or a full date. */
export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const PARTIAL_DATE_MESSAGE = { message: '$property phải là năm ("2020"), năm và tháng ("2020-02") hoặc ngày ("2020-02-14")' };

/** A caller-chosen id, validated as ID_PATTERN says. */
export const id = () => Matches(ID_PATTERN, { message: ID_MESSAGE });
/** For a text that must say something: a reason, grounds, a source. */
export const NOT_BLANK = { message: '$property không được chỉ gồm khoảng trắng' };
