import type { SessionUser } from '../session';
import zh from '../i18n/zh';

/** The roles' Chinese words, as some display names begin with them (the seed's 「选举指导员 王芳」). */
const CHINESE_ROLE = new RegExp(`^(${Object.values(zh.wuye.role).join('|')})\\s+`);

/** The app bar's name for the person: the role in the reader's language, then the name (a role word in the name is dropped). */
export function identityName(user: Pick<SessionUser, 'displayName' | 'role'>, translate: (key: string, options?: Record<string, unknown>) => string): string {
  const name = user.displayName.replace(CHINESE_ROLE, '').trim() || user.displayName;
  const role = translate(`wuye.role.${user.role}`, { _: '' });
  return role ? `${role} ${name}` : name;
}
