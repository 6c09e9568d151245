/**
 * Stable error codes sent by the API in problem+json bodies (`code`).
 * The web app translates them (`errors.<code>` in the i18n resources); the server sends no UI text.
 */
export const errorCodes = [
  'unauthenticated',
  'forbidden',
  'not_found',
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'origin_mismatch',
  'invalid_credentials',
  'too_many_attempts',
  'password_too_short',
  'username_taken',
  'last_admin',
  'conflict',
  'unknown_method',
  'unit_not_in_scope',
  'note_edit_window_closed',
  'not_note_author',
  'already_identified',
  'cpr_not_allowed_for_unidentified',
  'not_supported_by_method',
  'course_not_active',
  'phase_transition_not_allowed',
  'end_reason_not_allowed',
  'status_backwards',
  'referral_closed',
  'no_valid_consent',
  'consent_withdrawn',
  'already_decided',
  'no_social_mentor',
  'no_collaboration_agreement',
  'not_screened_in_target_group',
  'already_screened',
  'request_not_open',
  'pickup_before_decision',
  'step_not_reached',
  'not_a_stay',
  'housing_required',
  'name_taken',
  'stale_version',
  'instrument_in_use',
  'goal_closed',
  'device_locked',
  'already_debriefed',
  'already_agreed',
  'already_answered',
  'motivation_closed',
  'already_advised',
  'not_advised',
  'already_withdrawn',
  'action_done',
  'already_followed_up',
  'theory_exists',
  'internal_error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** Field-level validation issue codes (the `errors[].code` of a validation_failed problem). */
export const fieldIssueCodes = [
  'required',
  'invalid_type',
  'too_long',
  'too_short',
  'too_big',
  'too_small',
  'invalid_format',
  'invalid_value',
  'unknown_field',
  'invalid_cpr',
  'in_future',
  'before_course_start',
  'before_attempt',
  'before_start',
  'before_request',
  'before_pickup',
  'invalid',
  'not_applicable',
  'not_a_team_member',
  'abstinence_not_wanted',
  'not_in_unit',
  'not_a_peer',
  'external_needed',
  'before_episode',
  'before_from',
  'duplicate',
  'unknown_element',
  'self_link',
  'indicator_bound_twice',
] as const;

export type FieldIssueCode = (typeof fieldIssueCodes)[number];

export type FieldIssue = { path: string; code: FieldIssueCode };

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldIssue[];
};
