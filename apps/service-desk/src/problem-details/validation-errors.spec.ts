import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested, validateSync } from 'class-validator';
import { fieldErrorsOf } from './validation-errors.js';

class Part {
  @IsInt()
  @Min(1)
  count!: number;
}

class Visit {
  @IsString()
  engineer!: string;

  @ValidateNested({ each: true })
  @Type(() => Part)
  parts!: Part[];
}

class Report {
  @ValidateNested()
  @Type(() => Visit)
  visit!: Visit;
}

const errorsFor = (plain: object) => fieldErrorsOf(validateSync(plainToInstance(Report, plain)));

describe('fieldErrorsOf', () => {
  it('names a nested field by its dotted path', () => {
    expect(errorsFor({ visit: { engineer: 7, parts: [] } })).toEqual([
      { field: 'visit.engineer', message: 'visit.engineer must be a string' },
    ]);
  });

  it('names an array item by its index, and gives one entry per broken rule', () => {
    expect(
      errorsFor({ visit: { engineer: 'Engineer A', parts: [{ count: 2 }, { count: 'many' }] } }),
    ).toEqual([
      { field: 'visit.parts[1].count', message: 'visit.parts[1].count must not be less than 1' },
      { field: 'visit.parts[1].count', message: 'visit.parts[1].count must be an integer number' },
    ]);
  });

  it('is empty when nothing is wrong', () => {
    expect(errorsFor({ visit: { engineer: 'Engineer A', parts: [{ count: 1 }] } })).toEqual([]);
  });
});
