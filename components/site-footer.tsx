export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 py-8 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <p>
          Session Lab teaches from primary sources: RFC 6265bis, MDN, the OWASP cheat sheets and vendors&rsquo; own
          documentation. Each lesson links the sources it relies on.
        </p>
      </div>
    </footer>
  );
}
