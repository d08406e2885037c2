import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class OidcLoginQueryString {
  @ApiPropertyOptional({ example: '/leads', description: '登录后返回的页面（仅限本站路径）/ where to go afterwards, a path of this site' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  returnTo?: string;
}

/** What the provider puts on the redirect back: a code and the state, or an error. */
export class OidcCallbackQueryString {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  code?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(512)
  state?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(256)
  error?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  error_description?: string;

  @ApiPropertyOptional({ description: 'RFC 9207 issuer identification' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  iss?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  session_state?: string;
}
