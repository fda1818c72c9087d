import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { splitInlineScripts, sumPageJs } from "./page-weight";
import { flightScript, nextPage } from "./test-fixtures";

const main = "console.log('main');".repeat(50);
const extra = "export const x = 1;".repeat(20);
const gz = (s: string) => gzipSync(s).byteLength;

describe("sumPageJs", () => {
  const html = nextPage({
    head: '<script src="/_next/static/chunks/extra.js" async=""></script><script src="/_next/static/chunks/main.js"></script>',
    flight: ['0:{"P":null}\n', '1:["$","p",null,{"children":"Hello"}]\n'],
  });
  const bodies = new Map([
    ["/_next/static/chunks/main.js", main],
    ["/_next/static/chunks/extra.js", extra],
    ["/_next/static/chunks/polyfills.js", "x".repeat(100_000)],
  ]);
  const js = sumPageJs(html, bodies);

  it("adds each loaded file once, gzipped on its own, and leaves noModule polyfills out", () => {
    expect(js.jsFiles.map((f) => f.url)).toEqual(["/_next/static/chunks/main.js", "/_next/static/chunks/extra.js"]);
    expect(js.jsFilesTotal).toEqual({ raw: main.length + extra.length, gzip: gz(main) + gz(extra) });
  });

  it("splits inline scripts into code and RSC payload and adds both to the total", () => {
    expect(js.inlineCode.raw).toBe('try{var t=localStorage.getItem("theme")}catch(e){}'.length);
    expect(js.rscPayload.raw).toBeGreaterThan(40);
    expect(js.jsCode.raw).toBe(js.jsFilesTotal.raw + js.inlineCode.raw);
    expect(js.jsTotal.raw).toBe(js.jsCode.raw + js.rscPayload.raw);
    expect(js.jsTotal.gzip).toBe(js.jsFilesTotal.gzip + js.inlineCode.gzip + js.rscPayload.gzip);
  });

  it("refuses to guess a file it was not given", () => {
    expect(() => sumPageJs(html, new Map())).toThrow(/no body for script/);
  });
});

describe("splitInlineScripts", () => {
  it("counts Next's bootstrap push as payload and JSON-LD as neither", () => {
    const inline = [
      { type: null, body: "(self.__next_f=self.__next_f||[]).push([0])" },
      { type: null, body: flightScript("a").replace(/<\/?script>/g, "") },
      { type: "application/ld+json", body: '{"@type":"Course"}' },
      { type: "text/javascript", body: "var a=1" },
    ];
    const { code, payload } = splitInlineScripts(inline);
    expect(code.raw).toBe("var a=1".length);
    expect(payload.raw).toBe(inline[0]!.body.length + inline[1]!.body.length);
  });
});
