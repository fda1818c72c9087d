import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";

/** Body text, lists, links and inline code: the markdown elements every lesson uses. */

export const P = (props: ComponentPropsWithoutRef<"p">) => <p className="my-5 leading-7 sm:text-[1.0625rem] sm:leading-8" {...props} />;

export const Ul = (props: ComponentPropsWithoutRef<"ul">) => (
  <ul className="my-5 list-disc space-y-2 pl-6 leading-7 marker:text-slate-400 sm:text-[1.0625rem] sm:leading-8 [&_ul]:my-2" {...props} />
);

export const Ol = (props: ComponentPropsWithoutRef<"ol">) => (
  <ol className="my-5 list-decimal space-y-2 pl-6 leading-7 marker:text-slate-500 sm:text-[1.0625rem] sm:leading-8" {...props} />
);

export const Blockquote = (props: ComponentPropsWithoutRef<"blockquote">) => (
  <blockquote className="my-6 border-l-4 border-slate-300 pl-4 text-slate-700 italic dark:border-slate-600 dark:text-slate-300" {...props} />
);

export const Hr = () => <hr className="my-12 border-slate-200 dark:border-slate-800" />;

export const Strong = (props: ComponentPropsWithoutRef<"strong">) => (
  <strong className="font-semibold text-slate-900 dark:text-white" {...props} />
);

export const InlineCode = (props: ComponentPropsWithoutRef<"code">) => (
  <code
    className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[0.875em] break-words text-slate-900 dark:bg-slate-800 dark:text-slate-100"
    {...props}
  />
);

const linkClass =
  "font-medium text-sky-700 underline decoration-sky-700/40 underline-offset-2 hover:decoration-2 hover:decoration-sky-700 dark:text-sky-400 dark:decoration-sky-400/50 dark:hover:decoration-sky-400";

/** Site links go through next/link (prefetch, client navigation); others are plain anchors. */
export function A({ href = "", ...props }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/")) return <Link href={href} className={linkClass} {...props} />;
  return <a href={href} className={linkClass} {...props} />;
}
