import { createOrganiserSchema, loginSchema, logoutSchema, refreshSchema, registerSchema, updateMeSchema } from '@serumpun/shared';
import { createZodDto } from '../../common/zod-dto.js';

export class RegisterDto extends createZodDto(registerSchema) {}
export class LoginDto extends createZodDto(loginSchema) {}
export class RefreshDto extends createZodDto(refreshSchema) {}
export class LogoutDto extends createZodDto(logoutSchema) {}
export class CreateOrganiserDto extends createZodDto(createOrganiserSchema) {}
export class UpdateMeDto extends createZodDto(updateMeSchema) {}
