import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export class ChangeInspectionExpertDto {
  @ApiProperty({ description: 'Staff id of the new fixed expert: an active engineer' })
  @IsString()
  @Matches(/\S/, { message: 'expertId must not be blank' })
  @MaxLength(200)
  expertId: string;

  @ApiProperty({ description: 'Why the expert changes', example: 'Workload', maxLength: 4000 })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(4000)
  reason: string;
}
