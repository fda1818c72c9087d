import { SANDBOX_COOKIE_NAMES, SERVER_IDLE_TIMEOUT_MS } from "@/app/_lib/sandbox/contract";
import { serializeSandboxCookie } from "@/app/_lib/sandbox/cookies/set-cookie";

export type Preset = { id: string; label: string; url: string; lines: string };

/** Ready-made inputs. The sandbox preset is built by the sandbox's own serializer, so it is what it sends. */
export const PRESETS: Preset[] = [
  {
    id: "framework-defaults",
    label: "Framework defaults",
    url: "https://www.example.com/login",
    lines: [
      "iron=Fe26.2*1*abc; Max-Age=1209540; Path=/; HttpOnly; Secure; SameSite=Lax",
      "connect.sid=s%3Aabc.def; Path=/; HttpOnly",
      "sessionid=abc; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax",
    ].join("\n"),
  },
  {
    id: "sandbox",
    label: "This site's sandbox cookies",
    url: "https://session-lab.example/api/sandbox/login",
    lines: [
      serializeSandboxCookie(SANDBOX_COOKIE_NAMES.sealed, "Fe26.2*1*sealed"),
      serializeSandboxCookie(SANDBOX_COOKIE_NAMES.server, "k3Jq9X", SERVER_IDLE_TIMEOUT_MS / 1000),
      serializeSandboxCookie(SANDBOX_COOKIE_NAMES.jwt, "eyJhbGciOiJIUzI1NiJ9.e30.sig"),
    ].join("\n"),
  },
  {
    id: "prefix-mistakes",
    label: "Prefix mistakes",
    url: "https://www.example.com/account/settings",
    lines: ["__Host-sid=abc; Secure", "__Host-sid=abc; Secure; Path=/; Domain=example.com", "__Secure-sid=abc; Path=/", "__Http-sid=abc; Secure"].join("\n"),
  },
  {
    id: "where-browsers-differ",
    label: "Where browsers differ",
    url: "http://localhost/",
    lines: ["sid=abc; Secure; Path=/", "sid2=abc; SameSite=None", "sid3=abc; Max-Age=+60", "__Http-sid=abc; HttpOnly"].join("\n"),
  },
  {
    id: "tossing",
    label: "Cookie tossing from a sibling",
    url: "https://evil.example.com/",
    lines: ["sid=attacker; Domain=example.com; Path=/account", "__Host-sid=attacker; Secure; Path=/; Domain=example.com"].join("\n"),
  },
  {
    id: "deleting",
    label: "Deleting a cookie",
    url: "https://www.example.com/logout",
    lines: ["sid=abc; Path=/", "sid=; Max-Age=0; Path=/"].join("\n"),
  },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
