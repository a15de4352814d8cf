import { IsEmpty, ValidateIf } from 'class-validator';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { parsePartialDate, precisionOf, vietnamesePartialDate } from '../kernel/partial-date';

/** How precisely a date is known, as the API shows it to every slice whose records may leave the day out. */
export enum DatePrecisionGql {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  DAY = 'DAY',
}

registerEnumType(DatePrecisionGql, { name: 'DatePrecision', description: 'Ngày được nêu đến năm, đến tháng, hay đến ngày.' });

@ObjectType('PartialDate', {
  description:
    'Một ngày như hồ sơ nêu: đến năm, đến tháng hoặc đến ngày, không bao giờ thêm phần không được nêu. `iso` là "2020", "2020-02" hoặc "2020-02-14".',
})
export class PartialDateGql {
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true }) month!: number | null;
  @Field(() => Int, { nullable: true }) day!: number | null;
  @Field(() => DatePrecisionGql) precision!: DatePrecisionGql;
  @Field({ description: 'Cách ghi trên bản in: "14/02/2020", "tháng 02/2020", "năm 2020"' }) text!: string;
  @Field({ description: 'Dạng ISO theo độ chính xác: "2020", "2020-02", "2020-02-14"' }) iso!: string;

  static of(iso: string | null): PartialDateGql | null {
    if (iso === null) return null;
    const date = parsePartialDate(iso);
    return date ? { ...date, precision: precisionOf(date) as DatePrecisionGql, text: vietnamesePartialDate(date), iso } : null;
  }
}

/** The date when it is known to the day, for the fields typed as full dates; null otherwise. */
export const fullDate = (iso: string | null): string | null => (iso !== null && iso.length === 10 ? iso : null);

/**
 * For the full-date field of a pair whose other field (`partial`) takes a year or a month: the two
 * cannot both be given, so no record holds two dates.
 */
export function NotWithPartial(partial: string): PropertyDecorator {
  return (target, key) => {
    ValidateIf((input: Record<string, unknown>) => input[partial] != null)(target, key);
    IsEmpty({ message: `chỉ nêu một trong $property (ngày đầy đủ) hoặc ${partial} (năm, tháng)` })(target, key);
  };
}
