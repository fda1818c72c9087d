/**
 * A short list of secrets seen in documentation examples and defaults. A real attacker uses lists of
 * millions; if a token's secret is on a list this short, it falls in milliseconds (RFC 8725 §3.5).
 */
export const COMMON_SECRETS = [
  "secret",
  "your-256-bit-secret",
  "your-secret-key",
  "secretkey",
  "secret_key",
  "mysecret",
  "my-secret",
  "supersecret",
  "jwt_secret",
  "jwtsecret",
  "changeme",
  "change-me",
  "password",
  "123456",
  "shhhhh",
  "keyboard cat",
  "test",
  "key",
  "admin",
  "default",
] as const;
