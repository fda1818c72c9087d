import type { APIRequestContext, APIResponse } from "@playwright/test";
import type {
  ErrorBody,
  FixationRequest,
  FixationResult,
  LbConfigureRequest,
  LbView,
  ReplayResult,
  SandboxKind,
  SandboxView,
  TamperResult,
} from "../../app/_lib/sandbox/contract";

export type Answer<T> = { response: APIResponse; status: number; body: T; setCookies: string[] };

/** The sandbox API as a learner's browser uses it: one cookie jar, same-origin JSON requests. */
export class SandboxApi {
  constructor(readonly request: APIRequestContext) {}

  private async answer<T>(response: APIResponse): Promise<Answer<T>> {
    const setCookies = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value);
    const text = await response.text();
    return { response, status: response.status(), body: (text ? JSON.parse(text) : null) as T, setCookies };
  }

  post<T = SandboxView>(path: string, data: unknown = {}): Promise<Answer<T>> {
    return this.request.post(path, { data }).then((r) => this.answer<T>(r));
  }

  get<T = SandboxView>(path: string, headers?: Record<string, string>): Promise<Answer<T>> {
    return this.request.get(path, { headers }).then((r) => this.answer<T>(r));
  }

  read(kind: SandboxKind) {
    return this.get<SandboxView>(`/api/sandbox/${kind}`);
  }

  login(kind: SandboxKind, name: string) {
    return this.post<SandboxView>(`/api/sandbox/${kind}/login`, { name });
  }

  put(kind: SandboxKind, key: string, value: string) {
    return this.post<SandboxView & ErrorBody>(`/api/sandbox/${kind}/data`, { key, value });
  }

  remove(kind: SandboxKind, key: string) {
    return this.request.delete(`/api/sandbox/${kind}/data`, { data: { key } }).then((r) => this.answer<SandboxView & ErrorBody>(r));
  }

  regenerate(kind: SandboxKind) {
    return this.post<SandboxView>(`/api/sandbox/${kind}/regenerate`);
  }

  logout(kind: SandboxKind) {
    return this.post<SandboxView>(`/api/sandbox/${kind}/logout`);
  }

  tamper(kind: SandboxKind, where: "payload" | "signature" | "alg-none" = "payload") {
    return this.post<TamperResult>(`/api/sandbox/${kind}/tamper`, { where });
  }

  replay(kind: SandboxKind, revocationCheck: boolean) {
    return this.post<ReplayResult>(`/api/sandbox/${kind}/replay`, { revocationCheck });
  }

  fixation(body: FixationRequest) {
    return this.post<FixationResult>("/api/sandbox/server/fixation", body);
  }

  lbConfigure(body: LbConfigureRequest) {
    return this.post<LbView>("/api/sandbox/lb/configure", body);
  }

  lbSend(client: "you" | "ana" | "ben" | "chen") {
    return this.post<LbView>("/api/sandbox/lb/request", { client });
  }

  lbNode(node: number, action: "kill" | "revive") {
    return this.post<LbView>("/api/sandbox/lb/node", { node, action });
  }

  /** The value of a cookie in this jar, or undefined. */
  async cookie(name: string): Promise<string | undefined> {
    return (await this.request.storageState()).cookies.find((c) => c.name === name)?.value;
  }
}
