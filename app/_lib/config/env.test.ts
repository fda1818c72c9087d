import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("accepts an empty environment: every variable has a default", () => {
    expect(parseEnv({})).toEqual({});
  });

  it("treats an empty or blank value as unset", () => {
    expect(parseEnv({ REDIS_URL: "", SANDBOX_RATE_LIMIT: "  " })).toEqual({});
  });

  it("parses the rate limit into numbers, and keeps 'off'", () => {
    expect(parseEnv({ SANDBOX_RATE_LIMIT: "20 / 2.5" }).SANDBOX_RATE_LIMIT).toEqual({ burst: 20, perSecond: 2.5 });
    expect(parseEnv({ SANDBOX_RATE_LIMIT: "off" }).SANDBOX_RATE_LIMIT).toBe("off");
  });

  it.each(["fast", "0/10", "10/0", "10", "-1/5"])("refuses the rate limit %j with the expected form", (value) => {
    expect(() => parseEnv({ SANDBOX_RATE_LIMIT: value })).toThrow(/SANDBOX_RATE_LIMIT: .*burst\/perSecond/);
  });

  it("refuses a Redis URL of another scheme, naming the variable", () => {
    expect(() => parseEnv({ REDIS_URL: "http://127.0.0.1:6379" })).toThrow(/REDIS_URL: must be a redis:\/\//);
    expect(parseEnv({ REDIS_URL: "redis://127.0.0.1:6379" }).REDIS_URL).toBe("redis://127.0.0.1:6379");
  });

  it("lists every bad variable in one error, not only the first", () => {
    try {
      parseEnv({ REDIS_URL: "nope", REDIS_PREFIX: "has space", SANDBOX_RATE_LIMIT: "x" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain("REDIS_URL:");
      expect(message).toContain("REDIS_PREFIX:");
      expect(message).toContain("SANDBOX_RATE_LIMIT:");
    }
  });

  it("takes TRUST_PROXY as a count of proxies and refuses anything else", () => {
    expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(() => parseEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY: must be a whole number of proxies/);
    expect(() => parseEnv({ TRUST_PROXY: "11" })).toThrow(/TRUST_PROXY/);
  });

  it("takes SITE_ORIGIN as a bare origin only", () => {
    expect(parseEnv({ SITE_ORIGIN: "https://sessions.example" }).SITE_ORIGIN).toBe("https://sessions.example");
    expect(() => parseEnv({ SITE_ORIGIN: "https://sessions.example/app" })).toThrow(/SITE_ORIGIN: must be an origin only/);
    expect(() => parseEnv({ SITE_ORIGIN: "ftp://x.example" })).toThrow(/SITE_ORIGIN: must be an origin such as/);
  });
});
