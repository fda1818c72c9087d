/** Button looks shared by every quiz form. */
export const primaryButton =
  "inline-flex items-center justify-center gap-2 rounded-md bg-sky-700 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-sky-800 disabled:cursor-wait disabled:opacity-70 dark:bg-sky-400 dark:text-slate-950 dark:hover:bg-sky-300";

export const secondaryButton =
  "inline-flex items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-5 py-2.5 font-semibold text-slate-800 hover:bg-slate-50 disabled:cursor-wait disabled:opacity-70 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

/** `q-<id>`: the anchor a notice links to and the id results reuse. */
export const questionAnchor = (id: string) => `q-${id}`;

export const smallButton =
  "min-h-11 rounded-md border border-slate-300 px-3 text-sm font-semibold hover:bg-slate-50 disabled:opacity-70 dark:border-slate-600 dark:hover:bg-slate-800";
