import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { ErrorBody, DevicesRequest, FixationRequest, LbConfigureRequest, LbNodeRequest, LbSendRequest, SandboxKind, TamperRequest } from "../../app/_lib/sandbox/contract";
import { endpoints, endpointUrl, type CallInput, type EndpointName, type ResponseOf } from "../../app/_lib/sandbox/endpoints";
import { checkedContext } from "./contract-check";

export type Answer<T> = { response: APIResponse; status: number; body: T; setCookies: string[] };

type Endpoints = typeof endpoints;
/** A 2xx body, or the ErrorBody of a refusal: tests look at `status` to know which. */
type Reply<N extends EndpointName> = ResponseOf<Endpoints[N]> & Partial<ErrorBody>;

/**
 * The sandbox API as a learner's browser uses it: one cookie jar, same-origin JSON requests, URLs
 * and methods from the endpoint table, and every answer checked against the table's schemas.
 */
export class SandboxApi {
  /** The browser's request context; every sandbox answer through it, hand-made or not, is checked against the table. */
  readonly request: APIRequestContext;

  constructor(request: APIRequestContext) {
    this.request = checkedContext(request);
  }

  private async answer<T>(response: APIResponse): Promise<Answer<T>> {
    const setCookies = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value);
    const text = await response.text();
    return { response, status: response.status(), body: (text ? JSON.parse(text) : null) as T, setCookies };
  }

  /** One endpoint of the table, by name. */
  async call<N extends EndpointName>(name: N, input: CallInput<Endpoints[N]>): Promise<Answer<Reply<N>>> {
    const { method } = endpoints[name];
    const url = endpointUrl(endpoints[name], input);
    const body: unknown = input.body;
    const response = await this.request.fetch(url, { method, ...(body === undefined ? {} : { data: body }) });
    return this.answer<Reply<N>>(response);
  }

  /** A hand-made POST (a field the schema refuses, a path outside the table); still checked when the path is in the table. */
  post<T = Reply<"read">>(path: string, data: unknown = {}): Promise<Answer<T>> {
    return this.request.post(path, { data }).then((r) => this.answer<T>(r));
  }

  /** A hand-made GET, e.g. with a query string or extra headers. */
  get<T = Reply<"read">>(path: string, headers?: Record<string, string>): Promise<Answer<T>> {
    return this.request.get(path, { headers }).then((r) => this.answer<T>(r));
  }

  read(kind: SandboxKind) {
    return this.call("read", { kind });
  }

  login(kind: SandboxKind, name: string) {
    return this.call("login", { kind, body: { name } });
  }

  put(kind: SandboxKind, key: string, value: string) {
    return this.call("putData", { kind, body: { key, value } });
  }

  remove(kind: SandboxKind, key: string) {
    return this.call("removeData", { kind, body: { key } });
  }

  regenerate(kind: SandboxKind) {
    return this.call("regenerate", { kind, body: {} });
  }

  logout(kind: SandboxKind) {
    return this.call("logout", { kind, body: {} });
  }

  tamper(kind: SandboxKind, where: TamperRequest["where"] = "payload") {
    return this.call("tamper", { kind, body: { where } });
  }

  replay(kind: SandboxKind, revocationCheck: boolean) {
    return this.call("replay", { kind, body: { revocationCheck } });
  }

  fixation(body: FixationRequest) {
    return this.call("fixation", { body });
  }

  devices(body: DevicesRequest) {
    return this.call("devices", { body });
  }

  lbRead() {
    return this.call("lbRead", {});
  }

  lbConfigure(body: LbConfigureRequest) {
    return this.call("lbConfigure", { body });
  }

  lbSend(client: LbSendRequest["client"]) {
    return this.call("lbRequest", { body: { client } });
  }

  lbNode(node: number, action: LbNodeRequest["action"]) {
    return this.call("lbNode", { body: { node, action } });
  }

  /** The value of a cookie in this jar, or undefined. */
  async cookie(name: string): Promise<string | undefined> {
    return (await this.request.storageState()).cookies.find((c) => c.name === name)?.value;
  }
}
