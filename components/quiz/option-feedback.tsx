import type { OptionFeedback } from "@/app/_lib/quiz/grade";
import type { PublicQuestion } from "@/app/_lib/quiz/public-quiz";
import { InlineText } from "@/components/inline-text";
import { CheckIcon, CrossIcon, MissedIcon } from "./icons";
import { textLink } from "@/components/text-link";

type Verdict = "chosen-right" | "missed" | "chosen-wrong" | "left-wrong" | "right";

/**
 * What one option was for the learner. "missed" (right, not chosen) has its own icon, words and a
 * dashed border, so it never looks like a right option the learner chose, with or without colour.
 */
function verdictOf(f: OptionFeedback, chosenKnown: boolean): Verdict {
  if (!chosenKnown) return f.correct ? "right" : "left-wrong";
  if (f.correct) return f.chosen ? "chosen-right" : "missed";
  return f.chosen ? "chosen-wrong" : "left-wrong";
}

const look: Record<Verdict, { box: string; label: string; text: string }> = {
  "chosen-right": { box: "border-emerald-200 bg-emerald-50 dark:border-emerald-900 dark:bg-emerald-950/40", label: "Correct · you chose it", text: "text-emerald-800 dark:text-emerald-300" },
  right: { box: "border-emerald-200 bg-emerald-50 dark:border-emerald-900 dark:bg-emerald-950/40", label: "Correct", text: "text-emerald-800 dark:text-emerald-300" },
  missed: { box: "border-2 border-dashed border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40", label: "Correct · you missed this", text: "text-amber-900 dark:text-amber-200" },
  "chosen-wrong": { box: "border-rose-200 bg-rose-50 dark:border-rose-900 dark:bg-rose-950/40", label: "Incorrect · you chose it", text: "text-rose-700 dark:text-rose-300" },
  "left-wrong": { box: "border-slate-200 dark:border-slate-800", label: "Incorrect", text: "text-slate-600 dark:text-slate-400" },
};

function Icon({ verdict }: { verdict: Verdict }) {
  if (verdict === "missed") return <MissedIcon className="mt-0.5 text-amber-700 dark:text-amber-300" />;
  if (verdict === "chosen-right" || verdict === "right") return <CheckIcon className="mt-0.5 text-emerald-700 dark:text-emerald-400" />;
  return <CrossIcon className={`mt-0.5 ${verdict === "chosen-wrong" ? "text-rose-700 dark:text-rose-400" : "text-slate-500 dark:text-slate-400"}`} />;
}

/** Every option of a checked question, in the order it was asked, with what it was and why. */
export function OptionFeedbackList({ question, feedback, chosenKnown }: { question: PublicQuestion; feedback: OptionFeedback[]; chosenKnown: boolean }) {
  const byId = new Map(feedback.map((f) => [f.id, f]));
  return (
    <ul className="mt-4 space-y-3">
      {question.options.map((option) => {
        const f = byId.get(option.id);
        if (!f) return null;
        const verdict = verdictOf(f, chosenKnown);
        const { box, label, text } = look[verdict];
        return (
          <li key={option.id} data-verdict={verdict} className={`flex gap-3 rounded-md border px-3 py-3 ${box}`}>
            <Icon verdict={verdict} />
            <div className="min-w-0">
              <p className="leading-6 font-medium">
                <InlineText text={option.text} />
              </p>
              <p className={`mt-1 text-sm font-semibold ${text}`}>{label}</p>
              <p className="mt-1 text-sm leading-6 text-slate-700 dark:text-slate-300">
                <InlineText text={f.explanation} /> <span className="whitespace-nowrap">Source:</span>{" "}
                <a href={f.source.href} className={textLink}>
                  {f.source.label}
                </a>
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
