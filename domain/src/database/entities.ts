import { AuditChainHead, AuditEvent } from '../audit/audit-event.entity.js';
import { Organization } from '../org/organization.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Person } from '../org/person.entity.js';
import { Position } from '../org/position.entity.js';
import { RoleGrant } from '../org/role-grant.entity.js';

/** Every entity, listed explicitly: no folder discovery. */
export const ENTITIES = [
  Organization,
  OrgUnit,
  Position,
  Person,
  RoleGrant,
  AuditEvent,
  AuditChainHead,
] as const;
