/** Exit codes of the command line: documented in `--help` and docs/extending.md. */
export const EXIT = {
  /** Every record is valid, or the command succeeded. */
  ok: 0,
  /** `validate` found invalid records. */
  invalid: 1,
  /** Bad arguments, or input that cannot be read or parsed at all. */
  unusable: 2,
} as const;
