import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ACCOUNT_ROLES, type AccountRole } from '@ia/accounts/domain';

const PARK_ID = /^[A-Za-z0-9_-]{1,64}$/;
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/;

export class ReasonDto {
  @ApiPropertyOptional({ example: '岗位调整', description: '原因 / reason, kept with the fact' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reason?: string;
}

export class DisableAccountDto {
  @ApiProperty({ example: '已调离园区', description: '停用原因 / why the account is disabled' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reason!: string;
}

export class SetRolesDto extends ReasonDto {
  @ApiProperty({
    example: ['promoter', 'leader'],
    enum: ACCOUNT_ROLES,
    isArray: true,
    description: '全部角色 / every role the account is to hold',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ACCOUNT_ROLES.length)
  @IsIn(ACCOUNT_ROLES, { each: true })
  roles!: AccountRole[];
}

export class SetParksDto extends ReasonDto {
  @ApiProperty({ example: ['xiangxiang-edz'], description: '全部园区；空表示全县 / every park; empty means the whole county' })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(PARK_ID, { each: true })
  parks!: string[];
}

export class CreateAccountDto extends SetRolesDto {
  @ApiProperty({ example: 'zhang.wei', description: '用户名：拼音或工号 / user name: letters, digits, dots, dashes, underscores' })
  @IsString()
  @Matches(USERNAME)
  username!: string;

  @ApiProperty({ example: '张伟', description: '姓名 / display name' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  displayName!: string;

  @ApiProperty({ example: ['xiangxiang-edz'], description: '园区；空表示全县 / parks; empty means the whole county' })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(PARK_ID, { each: true })
  parks!: string[];
}

/** Query strings arrive as text. */
export class ListAccountsQueryString {
  @ApiPropertyOptional({ example: '张', description: '按用户名或姓名检索 / search user names and display names' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  search?: string;

  @ApiPropertyOptional({ enum: ACCOUNT_ROLES, description: '角色 / holding this role' })
  @IsOptional()
  @IsIn(ACCOUNT_ROLES)
  role?: AccountRole;

  @ApiPropertyOptional({ enum: ['enabled', 'disabled'], description: '状态 / status' })
  @IsOptional()
  @IsIn(['enabled', 'disabled'])
  status?: 'enabled' | 'disabled';

  @ApiPropertyOptional({ example: 'xiangxiang-edz', description: '园区 / working for this park' })
  @IsOptional()
  @Matches(PARK_ID)
  parkId?: string;

  @ApiPropertyOptional({ example: '1', description: '页码，从 1 开始 / page, from 1' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,5}$/)
  page?: string;

  @ApiPropertyOptional({ example: '20', description: '每页条数（最多 100）/ page size, at most 100' })
  @IsOptional()
  @Matches(/^([1-9]|[1-9]\d|100)$/)
  pageSize?: string;
}

export class HistoryQueryString {
  @ApiPropertyOptional({ enum: ['administration', 'sign-in'], description: '只看授权变更或只看登录 / only grants or only sign-ins' })
  @IsOptional()
  @IsIn(['administration', 'sign-in'])
  kind?: 'administration' | 'sign-in';

  @ApiPropertyOptional({ example: '1' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,5}$/)
  page?: string;

  @ApiPropertyOptional({ example: '50' })
  @IsOptional()
  @Matches(/^([1-9]|[1-9]\d|100)$/)
  pageSize?: string;
}
