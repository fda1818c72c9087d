import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
const page = await ctx.newPage();
await page.goto("http://localhost:3293/lessons/cookie-based-sessions", { waitUntil: "networkidle" });
await page.locator('[id^="lab-"]').first().scrollIntoViewIfNeeded();
await page.waitForTimeout(3000);
console.log("scrollWidth", await page.evaluate("document.documentElement.scrollWidth"));
const found = await page.evaluate(`(() => {
  const clipped = (el) => { for (let p = el.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o !== "visible") return true; } return false; };
  const out = [];
  for (const el of Array.from(document.querySelectorAll("body *"))) {
    const r = el.getBoundingClientRect();
    if (r.right > window.innerWidth + 1 && !clipped(el)) out.push([Math.round(r.right), el.tagName + "." + String(el.className).slice(0, 90) + " w=" + Math.round(r.width) + " id=" + el.id + " text=" + (el.textContent || "").slice(0, 50)]);
  }
  out.sort((a, b) => b[0] - a[0]);
  return out.slice(0, 10).map(([r, s]) => r + " " + s);
})()`);
console.log(found.join("\n"));
await browser.close();
