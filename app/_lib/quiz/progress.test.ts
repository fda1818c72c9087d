import { describe, expect, it } from "vitest";
import { getIronSession, type CookieStore } from "iron-session";
import { randomBytes } from "node:crypto";
import { courseMap } from "@/content/course-map";
import { MAX_ID_LENGTH, MAX_QUESTIONS } from "@/content/quiz-schema";
import { learnerCookieOptions, type LearnerSession, type LessonProgress } from "@/app/_lib/session/learner-cookie";
import type { Grade } from "./grade";
import { sessionQuiz } from "@/content/quizzes/session";
import { clearProgress, MAX_ATTEMPTS, nextProgress, previousAttempt, readAllProgress, readProgress, writeProgress } from "./progress";
import { decodeLessonProgress, encodeLessonProgress, quizFingerprint } from "./progress-codec";
import { encodeReview } from "./review-codec";
import { REVIEW_SIZE } from "./review";

const sessionIds = sessionQuiz.questions.map((q) => q.id);

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
    const graded: Grade = { ...grade(1, ["b"], 2), results: [{ id: "a", correct: true, options: [option("x", false), option("y", true)], section: "http-forgets-you" }] };
    const progress = nextProgress(undefined, graded, now, ["a", "b"]);
    expect(progress.chosen).toBe("C.");
    expect(readProgress({ progress: { session: progress } }, "session")?.chosen).toBe("C.");
    expect(readProgress({ progress: { session: { ...progress, chosen: "<script>" } } }, "session")).toBeUndefined();
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
  it("reads the first format (one JSON object per lesson), dropping missed ids the quiz no longer has", () => {
    const saved = nextProgress(undefined, grade(9, [sessionIds[2]!, "gone"]), now);
    expect(readProgress({ progress: { session: saved } }, "session")).toEqual({ ...saved, missed: [sessionIds[2]] });
  });

  it("writes the compact format, moves the first format over, and reads back what it wrote", () => {
    const session: LearnerSession = { progress: { session: nextProgress(undefined, grade(9, [sessionIds[0]!]), now) } };
    const latest = nextProgress(undefined, grade(12, [sessionIds[1]!, sessionIds[14]!], sessionIds.length), now, sessionIds);
    writeProgress(session, "session", latest);
    expect(session.progress).toBeUndefined();
    expect(session.lessons?.session).toMatch(/^v2~/);
    expect(readProgress(session, "session")).toEqual(latest);
    expect(readAllProgress(session, ["session", "not-a-lesson"])).toEqual({ session: latest });
  });

  it("keeps the score but not the per-question detail when the quiz's questions changed", () => {
    const latest = nextProgress(undefined, grade(2, ["b"], 3), now);
    const encoded = encodeLessonProgress(latest, ["a", "b", "c"]);
    expect(decodeLessonProgress(encoded, ["a", "b", "c"])).toEqual(latest);
    expect(decodeLessonProgress(encoded, ["a", "x", "c"])).toEqual({ ...latest, missed: [], quizChanged: true });
    expect(quizFingerprint(["a", "b", "c"])).not.toBe(quizFingerprint(["a", "c", "b"]));
  });

  it("reset clears both formats", () => {
    const session: LearnerSession = { lessons: { session: "v2~1~1~1~1~0~abcd~A~" }, progress: {} };
    clearProgress(session);
    expect(session).toEqual({});
  });

  it("reads any other version, a broken string or a wrong type as no progress, without throwing", () => {
    for (const bad of ["v1~1~2~1~1~0~abcd~A~", "v2~z~1~1~1~0~abcd~A~", "v2~1~1", "v2~1~1~1~1~0~abcd~A~<x>", 42, null, {}, "v2~" + "1~".repeat(300)]) {
      expect(decodeLessonProgress(bad, ["a"]), String(bad)).toBeUndefined();
    }
    expect(readProgress({ lessons: { session: "garbage" } }, "session")).toBeUndefined();
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
  it("stays under 1 kB with the fullest possible progress for six lessons and the review (issue 16)", async () => {
    // Worst case per entry: the largest quiz the schema allows, every question missed and chosen,
    // every number at its widest; slugs as long as the course's longest, and at least seven entries.
    const ids = Array.from({ length: MAX_QUESTIONS }, (_, i) => `q${i}`.padEnd(MAX_ID_LENGTH, "x"));
    const fullest: LessonProgress = {
      score: MAX_QUESTIONS,
      total: MAX_QUESTIONS,
      missed: ids,
      best: MAX_QUESTIONS,
      attempts: MAX_ATTEMPTS,
      updatedAt: "2286-11-20T17:46:39.000Z",
      chosen: "_".repeat(MAX_QUESTIONS),
    };
    const longest = Math.max(...courseMap.map((l) => l.slug.length), "cookie-based-sessions".length);
    const entries = Math.max(courseMap.length, 6);
    const slugs = Array.from({ length: entries }, (_, i) => `${i}`.padEnd(longest, "s"));
    const lessons = Object.fromEntries(slugs.map((slug) => [slug, encodeLessonProgress(fullest, ids)]));
    // The review: the most questions it asks, every one with every option chosen, at the latest time.
    const course = slugs.map((slug) => ({ slug, questionIds: ids }));
    const refs = Array.from({ length: REVIEW_SIZE }, (_, i) => ({ slug: slugs[i % slugs.length]!, questionId: ids[MAX_QUESTIONS - 1 - i]! }));
    const review = encodeReview({ at: Date.parse("2286-11-20T17:46:39.000Z"), refs, chosen: "_".repeat(REVIEW_SIZE) }, course);
    expect(review).toBeDefined();
    const header = await setCookieFor({ lessons, review });
    const cookie = header.split(";")[0]!;
    const bytes = new TextEncoder().encode(cookie).length;
    expect(bytes, `the fullest learner cookie is ${bytes} bytes`).toBeLessThan(1024);
  });
});
