import { ApiProperty } from '@nestjs/swagger';
import { Matches, ValidateBy, type ValidationOptions } from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MAX_SERVICE_PLAN_MONTHS = 120;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** `to` is not before `from` and at most MAX_SERVICE_PLAN_MONTHS months of range in all. */
function IsMonthRangeEnd(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMonthRangeEnd',
      validator: {
        validate: (value, args) => {
          const from = (args?.object as { from?: unknown }).from;
          if (typeof value !== 'string' || typeof from !== 'string' || !MONTH.test(from)) return true;
          const span = monthIndex(value) - monthIndex(from);
          return span >= 0 && span < MAX_SERVICE_PLAN_MONTHS;
        },
        defaultMessage: () =>
          `to must not be before from, and at most ${MAX_SERVICE_PLAN_MONTHS} months in all`,
      },
    },
    options,
  );
}

export class ServicePlanQueryDto {
  @ApiProperty({ description: "First month 'YYYY-MM' (contract's zone)", example: '2026-01' })
  @Matches(MONTH, { message: 'from must be a month YYYY-MM' })
  from: string;

  @ApiProperty({
    description: `Last month 'YYYY-MM', inclusive; at most ${MAX_SERVICE_PLAN_MONTHS} months in all`,
    example: '2026-12',
  })
  @Matches(MONTH, { message: 'to must be a month YYYY-MM' })
  @IsMonthRangeEnd()
  to: string;
}
