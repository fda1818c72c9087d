import { useId, type ReactNode } from "react";

/**
 * A data table with a caption. Lessons write <thead>/<tbody> as JSX inside it (MDX here has no GFM
 * pipe tables); the styles reach the cells from here. Tables of three or more columns keep a minimum
 * width and scroll sideways on phones; `narrow` ones (two columns of prose) just wrap.
 */
export function Table({ caption, narrow = false, children }: { caption: string; narrow?: boolean; children: ReactNode }) {
  const id = useId();
  if (!caption) throw new Error("<Table> needs a caption that says what the table compares");
  return (
    <div
      role="region"
      aria-labelledby={id}
      tabIndex={0}
      className="my-8 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700"
    >
      <table className={`w-full ${narrow ? "" : "min-w-[36rem]"} border-collapse text-left text-sm leading-6 [&_code]:text-[0.8125rem] [&_td]:border-t [&_td]:border-slate-200 [&_td]:px-3 [&_td]:py-2.5 [&_td]:align-top dark:[&_td]:border-slate-700 [&_th]:px-3 [&_th]:py-2.5 [&_th]:align-top [&_th]:font-semibold [&_thead_th]:bg-slate-100 [&_thead_th]:text-slate-900 dark:[&_thead_th]:bg-slate-800 dark:[&_thead_th]:text-slate-50 [&_tbody_th]:border-t [&_tbody_th]:border-slate-200 [&_tbody_th]:bg-slate-50 dark:[&_tbody_th]:border-slate-700 dark:[&_tbody_th]:bg-slate-900`}>
        <caption id={id} className="caption-top border-b border-slate-200 px-3 py-2.5 text-left text-sm font-semibold text-slate-700 dark:border-slate-700 dark:text-slate-300">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
