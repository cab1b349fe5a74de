import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  username: string;

  @ApiProperty({ example: 'correct horse battery staple', maxLength: 1000, format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  password: string;
}
