import { AuditEvent } from '../audit/audit-event.entity';
import { AccessToken } from '../auth/access-token.entity';
import { User } from '../auth/user.entity';
import { Estate } from '../estates/estate.entity';
import { Firm } from '../firms/firm.entity';
import { Community } from '../geography/community.entity';
import { District } from '../geography/district.entity';
import { Subdistrict } from '../geography/subdistrict.entity';
import { Project } from '../projects/project.entity';

export const ENTITIES = [District, Subdistrict, Community, Estate, User, AccessToken, Firm, Project, AuditEvent];
