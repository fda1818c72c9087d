import Link from "next/link";
import { courseMap } from "@/content/course-map";

export default function HomePage() {
  return (
    <div>
      <h1 className="text-3xl font-bold">Session Lab</h1>
      <ol id="lessons">
        {courseMap.map((lesson) => (
          <li key={lesson.slug}>
            <Link href={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
