/**
 * Policy validation (§3): unknown JSON → PolicyDoc, or every issue with its JSON path.
 * PLACEHOLDER: issue #3 replaces this with the JSON-Schema (ajv) structural check plus the
 * cross-field rules. Keep the signature.
 */
import type { FieldIssue } from '../errors.js';
import type { PolicyDoc } from './types.js';

export type PolicyValidation = { ok: true; doc: PolicyDoc } | { ok: false; issues: FieldIssue[] };

export function validatePolicy(json: unknown): PolicyValidation {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, issues: [{ code: 'policy.type', field: '$', value: null, message: '$: a policy must be a JSON object' }] };
  }
  return { ok: true, doc: json as PolicyDoc };
}
