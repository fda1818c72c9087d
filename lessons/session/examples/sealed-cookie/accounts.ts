import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

/** The user store the lesson's route handler logs in against (not shown in the lesson). */
type Account = { id: string; salt: Buffer; hash: Buffer };

const accounts = new Map<string, Account>();

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, 32, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function addAccount(id: string, email: string, password: string): Promise<void> {
  const salt = randomBytes(16);
  accounts.set(email.toLowerCase(), { id, salt, hash: await derive(password, salt) });
}

/** The account's id when the password matches; undefined otherwise (unknown email included). */
export async function checkPassword(email: string, password: string): Promise<{ id: string } | undefined> {
  const account = accounts.get(email.toLowerCase());
  // Derive a key even for unknown emails, so timing does not reveal which emails exist.
  const hash = await derive(password, account?.salt ?? randomBytes(16));
  return account && timingSafeEqual(hash, account.hash) ? { id: account.id } : undefined;
}
