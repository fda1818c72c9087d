import { describe, expect, it } from "vitest";
import { getIronSession, type CookieStore } from "iron-session";
import { randomBytes } from "node:crypto";
import { courseMap } from "@/content/course-map";
import { MAX_ID_LENGTH, MAX_QUESTIONS } from "@/content/quiz-schema";
import { learnerCookieOptions, type LearnerSession, type LessonProgress } from "@/app/_lib/session/learner-cookie";
import type { Grade } from "./grade";
import { MAX_ATTEMPTS, nextProgress, previousAttempt, readProgress } from "./progress";

const now = new Date("2026-11-20T10:00:00.000Z");
const grade = (score: number, missed: string[], total = 10): Grade => ({ results: [], score, total, missed, retry: false });

describe("nextProgress", () => {
  it("starts a learner's first attempt", () => {
    expect(nextProgress(undefined, grade(7, ["a", "b", "c"]), now)).toEqual({
      score: 7,
      total: 10,
      missed: ["a", "b", "c"],
      best: 7,
      attempts: 1,
      updatedAt: "2026-11-20T10:00:00.000Z",
    });
  });

  it("keeps the options chosen when given the quiz's question ids, and reads them back", () => {
    const source = { label: "RFC 9110", href: "https://www.rfc-editor.org/rfc/rfc9110" };
    const option = (id: string, chosen: boolean) => ({ id, correct: true, chosen, explanation: "why", source });
    const graded: Grade = { ...grade(1, ["b"], 2), results: [{ id: "a", correct: true, options: [option("x", false), option("y", true)] }] };
    const progress = nextProgress(undefined, graded, now, ["a", "b"]);
    expect(progress.chosen).toBe("C.");
    expect(readProgress({ progress: { demo: progress } }, "demo")?.chosen).toBe("C.");
    expect(readProgress({ progress: { demo: { ...progress, chosen: "<script>" } } }, "demo")).toBeUndefined();
  });

  it("keeps the best score and counts attempts", () => {
    const first = nextProgress(undefined, grade(8, ["a", "b"]), now);
    const worse = nextProgress(first, grade(5, ["a", "b", "c", "d", "e"]), now);
    expect(worse).toMatchObject({ score: 5, best: 8, attempts: 2 });
  });

  it("restarts the best score when the quiz changed size, and caps the attempt count", () => {
    const old = { ...nextProgress(undefined, grade(9, ["a"]), now), attempts: MAX_ATTEMPTS };
    expect(nextProgress(old, grade(3, ["a"], 12), now)).toMatchObject({ best: 3, attempts: MAX_ATTEMPTS });
  });

  it("hands a retry only what grading needs", () => {
    expect(previousAttempt(nextProgress(undefined, grade(9, ["a"]), now))).toEqual({ total: 10, missed: ["a"] });
    expect(previousAttempt(undefined)).toBeUndefined();
  });
});

describe("readProgress", () => {
  it("returns saved progress for the lesson", () => {
    const saved = nextProgress(undefined, grade(9, ["a"]), now);
    expect(readProgress({ progress: { session: saved } }, "session")).toEqual(saved);
  });

  it("treats a missing lesson, an inherited key or an outdated shape as no progress", () => {
    expect(readProgress({}, "session")).toBeUndefined();
    expect(readProgress({ progress: {} }, "constructor")).toBeUndefined();
    const outdated = { progress: { session: { score: "9" } } } as unknown as LearnerSession;
    expect(readProgress(outdated, "session")).toBeUndefined();
  });
});

/** Seals a session exactly as the app does and returns the Set-Cookie header it would send. */
async function setCookieFor(data: LearnerSession): Promise<string> {
  const written: string[] = [];
  const store: CookieStore = {
    get: () => undefined,
    set: (name, value, options) => {
      const expires = new Date(now.getTime() + (options.maxAge ?? 0) * 1000).toUTCString();
      written.push(`${name}=${value}; Max-Age=${options.maxAge}; Expires=${expires}; Path=/; HttpOnly; Secure; SameSite=Lax`);
    },
  };
  const session = await getIronSession<LearnerSession>(store, learnerCookieOptions({ "1": randomBytes(32).toString("base64url") }));
  Object.assign(session, data);
  await session.save();
  expect(written).toHaveLength(1);
  return written[0]!;
}

describe("the learner cookie's size", () => {
  it("stays far under 4096 bytes with the fullest possible progress for every lesson in the course", async () => {
    // Worst case per lesson: the largest quiz the schema allows, every question missed,
    // ids at their longest, every number at its widest.
    const fullest: LessonProgress = {
      score: MAX_QUESTIONS,
      total: MAX_QUESTIONS,
      missed: Array.from({ length: MAX_QUESTIONS }, (_, i) => `q${i}`.padEnd(MAX_ID_LENGTH, "x")),
      best: MAX_QUESTIONS,
      attempts: MAX_ATTEMPTS,
      updatedAt: "+275760-09-13T00:00:00.000Z",
      chosen: "_".repeat(MAX_QUESTIONS),
    };
    const progress = Object.fromEntries(courseMap.map((lesson) => [lesson.slug, fullest]));
    const header = await setCookieFor({ progress });
    const bytes = new TextEncoder().encode(header).length;
    // Half the browser limit leaves room for more lessons; this fails first if the course outgrows it.
    expect(bytes, `the fullest learner cookie is ${bytes} bytes`).toBeLessThanOrEqual(2048);
  });
});
