import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { ACCOUNT_ROLES, MAXIMUM_PASSWORD_LENGTH } from '@ia/accounts/domain';

export class SignInDto {
  @ApiProperty({ example: 'zhang.wei', description: '用户名 / user name' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'Xiangjiang-river7', description: '密码 / password' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAXIMUM_PASSWORD_LENGTH * 4)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty({ example: 'Kp7d-Xm3q-9Rtw-Hb2e', description: '当前密码（首次登录时为一次性密码）/ the current password' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAXIMUM_PASSWORD_LENGTH * 4)
  currentPassword!: string;

  @ApiProperty({ example: 'Xiangjiang-river7', description: '新密码：至少 10 位，含三类字符 / at least 10 characters of three kinds' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAXIMUM_PASSWORD_LENGTH * 4)
  newPassword!: string;
}

export class SwitchRoleDto {
  @ApiProperty({ example: 'leader', enum: ACCOUNT_ROLES, description: '切换到的角色 / the role to act in' })
  @IsIn(ACCOUNT_ROLES)
  role!: string;
}

export const SESSION_VIEW_EXAMPLE = {
  user: { id: 'zhang.wei', username: 'zhang.wei', displayName: '张伟' },
  role: 'promoter',
  roles: ['promoter', 'leader'],
  parks: ['xiangxiang-edz'],
  mustChangePassword: false,
  expiresAt: '2026-03-02T02:30:00.000Z',
};
