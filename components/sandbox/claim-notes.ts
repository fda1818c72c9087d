/** One line per JWT header field or claim the sandbox issues, for the decoded tables. */
export const CLAIM_NOTES: Record<string, string> = {
  alg: "Signing algorithm. The server ignores what the token asks for and accepts only its pinned list, so “none” or a swapped algorithm is refused.",
  typ: "Media type of the token.",
  kid: "Key id: which server key signed it.",
  iss: "Issuer: who made the token. The server checks that it is itself.",
  aud: "Audience: whom the token is for, so a token minted for another service is refused here.",
  sub: "Subject: whom the token is about — the name you logged in as.",
  iat: "Issued at: when the server signed it.",
  nbf: "Not before: refused until this time.",
  exp: "Expires: refused after this time. The verifier requires it.",
  jti: "JWT ID: unique per token. The revocation fix keys its deny list on it.",
  data: "Your key/value data, readable by anyone who holds the token.",
};
