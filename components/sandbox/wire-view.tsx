import { cookieValue } from "@/app/_lib/http/cookie-syntax";
import type { Wire } from "@/app/_lib/sandbox/contract";
import { CodeBox } from "./code-box";
import { tokenizeCookieHeader, tokenizeSetCookie, type Token, type TokenKind } from "./header-tokens";

const tone: Record<TokenKind, string> = {
  // Names stay whole; long values break anywhere, so a 4 kB seal wraps inside its box.
  name: "whitespace-nowrap font-semibold text-sky-800 dark:text-sky-300",
  value: "break-all text-slate-800 dark:text-slate-200",
  punct: "text-slate-600 dark:text-slate-400",
  "attr-name": "font-semibold text-violet-800 dark:text-violet-300",
  "attr-value": "break-all text-emerald-800 dark:text-emerald-300",
};

const box =
  "rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-[13px] leading-6 [overflow-wrap:anywhere] dark:border-slate-700 dark:bg-slate-900";

export function Tokens({ tokens }: { tokens: Token[] }) {
  return tokens.map((token, index) => (
    <span key={index} className={tone[token.kind]}>
      {token.text}
    </span>
  ));
}

function CookieLine({ header, redacted, copyLabel }: { header: string | null; redacted: string[]; copyLabel: string }) {
  if (header === null) return <p className={`${box} font-sans text-slate-700 dark:text-slate-300`}>No Cookie header: the browser held no cookie for this site.</p>;
  return (
    <div>
      <CodeBox text={header} label="Cookie header" copyLabel={copyLabel}>
        <span className="font-semibold text-slate-700 dark:text-slate-300">Cookie: </span>
        <Tokens tokens={tokenizeCookieHeader(header)} />
      </CodeBox>
      {redacted.length > 0 && (
        <p className="mt-1 text-xs leading-5 text-slate-600 dark:text-slate-400">
          The server replaced the values of your other cookies ({redacted.join(", ")}) with “…” before reporting them.
        </p>
      )}
    </div>
  );
}

/**
 * "The wire" for one action: the Cookie header the request carried, the Set-Cookie headers
 * of the response with every attribute explained, and what the browser sent back next.
 */
export function WireView({ wire, echo, cookieName }: { wire: Wire; echo?: Wire; cookieName: string }) {
  return (
    <ol className="grid gap-5">
      <li>
        <h4 className="text-sm font-semibold">1. Your request carried</h4>
        <div className="mt-1">
          <CookieLine header={wire.cookieHeader} redacted={wire.redactedCookies} copyLabel="Copy the Cookie header your request carried" />
        </div>
      </li>
      <li>
        <h4 className="text-sm font-semibold">2. The server answered with</h4>
        {wire.setCookie.length === 0 ? (
          <p className={`mt-1 ${box} font-sans text-slate-700 dark:text-slate-300`}>
            {cookieValue(wire.cookieHeader, cookieName) !== null
              ? "No Set-Cookie header: the browser keeps the cookie it already has, unchanged."
              : "No Set-Cookie header: the browser had no cookie of this kind, and still has none."}
          </p>
        ) : (
          wire.setCookie.map((cookie, index) => (
            <div key={index} className="mt-1">
              <CodeBox text={cookie.header} label={`Set-Cookie header for ${cookie.name}`} copyLabel={`Copy the Set-Cookie header for ${cookie.name}`}>
                <span className="font-semibold text-slate-700 dark:text-slate-300">Set-Cookie: </span>
                <Tokens tokens={tokenizeSetCookie(cookie.header)} />
              </CodeBox>
              <dl className="mt-2 grid gap-x-4 gap-y-1.5 text-sm leading-6 sm:grid-cols-[max-content_1fr]">
                {cookie.prefix && cookie.prefixExplanation && (
                  <div className="contents">
                    <dt className="font-mono font-semibold text-sky-800 dark:text-sky-300">{cookie.prefix}</dt>
                    <dd className="text-slate-700 dark:text-slate-300">{cookie.prefixExplanation}</dd>
                  </div>
                )}
                {cookie.attributes.map((attribute) => (
                  <div key={attribute.name} className="contents">
                    <dt className="font-mono font-semibold text-violet-800 dark:text-violet-300">{attribute.name}</dt>
                    <dd className="text-slate-700 dark:text-slate-300">{attribute.explanation}</dd>
                  </div>
                ))}
                <div className="contents">
                  <dt className="font-semibold">Lifetime</dt>
                  <dd className="text-slate-700 dark:text-slate-300">{cookie.lifetime}</dd>
                </div>
              </dl>
            </div>
          ))
        )}
      </li>
      {echo && (
        <li>
          <h4 className="text-sm font-semibold">3. On the next request the browser sent back</h4>
          <div className="mt-1">
            <CookieLine header={echo.cookieHeader} redacted={echo.redactedCookies} copyLabel="Copy the Cookie header the browser sent back" />
          </div>
          <p className="mt-1 text-sm leading-6 text-slate-600 dark:text-slate-400">
            {echoNote(wire, echo, cookieName)}
          </p>
        </li>
      )}
    </ol>
  );
}

function echoNote(wire: Wire, echo: Wire, cookieName: string): string {
  const set = wire.setCookie.find((cookie) => cookie.name === cookieName);
  const sent = cookieValue(echo.cookieHeader, cookieName) !== null;
  if (set?.deletes) {
    return sent
      ? "The browser still sent the cookie, although the server asked it to delete it."
      : "The browser obeyed Max-Age=0 and deleted the cookie: the next request carries no session cookie.";
  }
  if (set) {
    return sent
      ? "The browser stored the new cookie and returns only its name and value: attributes never travel back, so the server cannot tell who set a cookie or when it expires."
      : "The browser refused to store the cookie — for example because it broke a rule of its prefix or was too big.";
  }
  return sent ? "Nothing changed, so the browser sent the same cookie again." : "There is still no session cookie to send.";
}
