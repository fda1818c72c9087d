import { useState, type FormEvent } from "react";
import type { QuizState } from "@/app/_lib/quiz/quiz-state";

/**
 * With JavaScript, quiz forms post to /api/progress/[slug] and update in place. Preventing the
 * default also stops React from running the form's server action, which stays for no-JS visitors.
 * (Why not the action here too: see the POST handler in app/api/progress/[slug]/route.ts.)
 */
export function useQuizSubmit(slug: string, serverRendered: QuizState) {
  const [live, setLive] = useState<QuizState | null>(null);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const body = new FormData(event.currentTarget, submitter);
    setPending(true);
    setFailure(null);
    try {
      const response = await fetch(`/api/progress/${slug}`, { method: "POST", body, cache: "no-store" });
      const data = (await response.json()) as { state?: QuizState; error?: string };
      if (data.state) setLive(data.state);
      else setFailure(data.error ?? `The server answered ${response.status}. Try again.`);
    } catch {
      setFailure("Your answers could not be sent. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return { state: live ?? serverRendered, pending, failure, onSubmit };
}
