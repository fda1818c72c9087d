import { defineQuiz, type QuizSource } from "../quiz-schema";

const source = (label: string, href: string): QuizSource => ({ label, href });

const kafkaCode = "https://github.com/apache/kafka/blob/1eb7644349cb07139d6a3c1ad1986979647cac99/streams/src/main/java/org/apache/kafka/streams/kstream/internals/";
const kafkaTests = "https://github.com/apache/kafka/blob/1eb7644349cb07139d6a3c1ad1986979647cac99/streams/src/test/java/org/apache/kafka/streams/kstream/internals/";

/** The primary sources the session-windows quiz cites, one per passage. */
const s = {
  flinkSessions: source("Flink docs: Session Windows", "https://nightlies.apache.org/flink/flink-docs-stable/docs/dev/datastream/operators/windows/#session-windows"),
  flinkAssigners: source("Flink docs: Window Assigners", "https://nightlies.apache.org/flink/flink-docs-stable/docs/dev/datastream/operators/windows/#window-assigners"),
  flinkLateness: source("Flink docs: Allowed Lateness", "https://nightlies.apache.org/flink/flink-docs-stable/docs/dev/datastream/operators/windows/#allowed-lateness"),
  flinkTime: source("Flink docs: Event Time and Watermarks", "https://nightlies.apache.org/flink/flink-docs-stable/docs/concepts/time/#event-time-and-watermarks"),
  flinkTimeWindow: source(
    "Flink source: TimeWindow.intersects at 04f7e95",
    "https://github.com/apache/flink/blob/04f7e950f37edac58c4c9f099f5f4cd57a071163/flink-streaming-java/src/main/java/org/apache/flink/streaming/api/windowing/windows/TimeWindow.java",
  ),
  flinkTest: source(
    "Flink test: EventTimeSessionWindowsTest at 036179f",
    "https://github.com/apache/flink/blob/036179f840938f9c4b1ba133ef12ce11dd36cbf6/flink-streaming-java/src/test/java/org/apache/flink/streaming/runtime/operators/windowing/EventTimeSessionWindowsTest.java",
  ),
  beamWindow: source(
    "Beam source: IntervalWindow.isDisjoint at 1b367c3",
    "https://github.com/apache/beam/blob/1b367c35f2efbc6c2652896cd1ced6825e79d31c/sdks/java/core/src/main/java/org/apache/beam/sdk/transforms/windowing/IntervalWindow.java",
  ),
  beamTest: source(
    "Beam test: SessionsTest.testSimple at 0393a79",
    "https://github.com/apache/beam/blob/0393a7917318baaa1e580259a74bff2c1dcbe6b8/sdks/java/core/src/test/java/org/apache/beam/sdk/transforms/windowing/SessionsTest.java",
  ),
  kafkaAggregate: source("Kafka source: KStreamSessionWindowAggregate at 1eb7644", `${kafkaCode}KStreamSessionWindowAggregate.java`),
  kafkaTest: source("Kafka test: KStreamSessionWindowAggregateProcessorTest at 1eb7644", `${kafkaTests}KStreamSessionWindowAggregateProcessorTest.java`),
  kafkaDocs: source("Kafka Streams DSL: Session Windows", "https://kafka.apache.org/documentation/streams/developer-guide/dsl-api.html#session-windows"),
  kafkaFinal: source("Kafka Streams DSL: Window Final Results", "https://kafka.apache.org/documentation/streams/developer-guide/dsl-api.html#window-final-results"),
  spark: source("Spark API: pyspark.sql.functions.session_window", "https://spark.apache.org/docs/latest/api/python/reference/pyspark.sql/api/pyspark.sql.functions.session_window.html"),
  ga4: source("Google Analytics Help: About Analytics sessions", "https://support.google.com/analytics/answer/9191807"),
  adobe: source("Adobe Analytics docs: Visits", "https://experienceleague.adobe.com/en/docs/analytics/components/metrics/visits"),
};

/**
 * The quiz that closes the "session-windows" lesson. Question ids are stored in learners' cookies:
 * never rename one, add a new one instead.
 */
export const sessionWindowsQuiz = defineQuiz("content/quizzes/session-windows.ts", {
  slug: "session-windows",
  questions: [
    {
      id: "one-gap",
      kind: "single",
      terms: ["session-window", "inactivity-gap"],
      section: "where-the-engines-differ-exactly",
      hint: "Beam opens [t, t + gap) per event. Do [0, 10) and [10, 20) share any instant, or do they only meet?",
      lab: { href: "/lessons/session-windows#lab-session-windows", label: "the session-window timeline" },
      prompt: "A user clicks at 0, 10 and 20 seconds. You sessionize with a 10-second gap in Beam (`Sessions.withGapDuration`). How many sessions come out?",
      options: [
        {
          id: "three",
          text: "Three: [0, 10), [10, 20) and [20, 30)",
          correct: true,
          explanation:
            "Right. Each event opens [t, t + 10) and Beam merges only windows that overlap; [0, 10) and [10, 20) only touch. Beam's own test expects exactly this for events at 0 and 10.",
          source: s.beamTest,
        },
        {
          id: "one",
          text: "One: [0, 30)",
          correct: false,
          explanation: "That is Flink's answer, which merges windows that touch. Beam's IntervalWindow counts windows that only touch as disjoint (`!end.isAfter(other.start)`).",
          source: s.beamWindow,
        },
        {
          id: "one-incl",
          text: "One: [0, 20], inclusive",
          correct: false,
          explanation: "That is Kafka Streams' answer and notation: it merges a record into sessions ending at or after t − gap, and writes [first, last]. Beam writes [first, last + gap) and splits here.",
          source: s.kafkaAggregate,
        },
      ],
    },
    {
      id: "flink-touch",
      kind: "single",
      terms: ["session-window", "inactivity-gap"],
      section: "where-the-engines-differ-exactly",
      hint: "Look at the condition in TimeWindow.intersects: is it < or <=, and what does that mean for windows that meet at one point?",
      lab: { href: "/lessons/session-windows#lab-session-windows", label: "the session-window timeline" },
      prompt: "Flink's guide says the session operator merges windows \"if they are closer to each other than the defined gap\". What does Flink's code do with two events exactly one gap apart?",
      options: [
        {
          id: "merge",
          text: "Merges them: their windows [t, t + gap) and [t + gap, t + 2·gap) touch, and touching windows intersect",
          correct: true,
          explanation: "Right. `TimeWindow.intersects` is `start <= other.end && end >= other.start`, so touching windows merge; the guide's wording is looser than the code.",
          source: s.flinkTimeWindow,
        },
        {
          id: "split",
          text: "Keeps them apart, as the guide says",
          correct: false,
          explanation: "Flink's own test merges [0, 1), [1, 2) and [2, 3) into one window [0, 3): touching windows merge. Go by the code and its tests.",
          source: s.flinkTest,
        },
      ],
    },
    {
      id: "kafka-bounds",
      kind: "single",
      terms: ["session-window"],
      section: "where-the-engines-differ-exactly",
      hint: "Kafka builds a session from a point window [t, t] per record and widens it. Does it ever add the gap to the end?",
      prompt: "Kafka Streams reports a session with records at 0 and 5 (gap 300,000 ms). Which window does the output key carry?",
      options: [
        {
          id: "incl",
          text: "[0, 5]: the first and the last record, both inclusive",
          correct: true,
          explanation: "Right. Kafka's session windows start at the first record and end at the last; its test expects `SessionWindow(0, 5)` after records at 0 and 5.",
          source: s.kafkaTest,
        },
        {
          id: "plus-gap",
          text: "[0, 300005): last record plus the gap",
          correct: false,
          explanation: "That is how Flink, Beam and Spark write a session's end. Kafka's merged window is the span of its records' timestamps.",
          source: s.kafkaAggregate,
        },
      ],
    },
    {
      id: "tombstones",
      kind: "single",
      terms: ["tombstone", "session-window"],
      section: "a-late-event-can-merge-two-sessions",
      hint: "The merged session has a new window, so a new key. What must happen to the rows keyed by the old windows?",
      lab: { href: "/lessons/session-windows#lab-session-windows", label: "the session-window timeline" },
      prompt:
        "A Kafka Streams app counts clicks per session and writes the result to a topic. A late click joins two existing sessions of a user. What does the topic receive for that click (no record cache)?",
      options: [
        {
          id: "two-plus-one",
          text: "A null-valued record (tombstone) for each old session, then the merged session with the summed count",
          correct: true,
          explanation:
            "Right. On a merge the processor removes each merged session from its store and forwards a null for its key, then forwards the merged session. The test after records at 0 and 5 expects [0,0]=1, [0,0]=null, [0,5]=2.",
          source: s.kafkaTest,
        },
        {
          id: "just-merged",
          text: "Only the merged session: old rows are updated in place",
          correct: false,
          explanation: "The merged session has a different key (its window changed), so the old keys must be deleted explicitly, with tombstones.",
          source: s.kafkaAggregate,
        },
        {
          id: "nothing",
          text: "Nothing until the session closes",
          correct: false,
          explanation: "Only with `suppress(Suppressed.untilWindowCloses(...))`, which emits nothing for a window until it closes. By default results update continuously.",
          source: s.kafkaFinal,
        },
      ],
    },
    {
      id: "kafka-grace",
      kind: "single",
      terms: ["grace-period", "watermark"],
      section: "time-order-and-lateness",
      hint: "Stream time is not per key. Work out stream time − grace − gap after the record at 11, and compare it with the end of [0, 0].",
      prompt:
        "Kafka Streams, gap 10 ms, grace 0. Records arrive at 0 (key A), 11 (key B), then 0 (key C). What happens to the last one?",
      options: [
        {
          id: "dropped",
          text: "Dropped: stream time is 11, so sessions ending before 11 − 0 − 10 = 1 are closed, and [0, 0] ends at 0",
          correct: true,
          explanation:
            "Right. Stream time is the highest timestamp seen across keys; the close time is stream time − grace − gap. Kafka's test logs \"Skipping record for expired window … window=[0,0] expiration=[1] streamTime=[11]\".",
          source: s.kafkaTest,
        },
        {
          id: "kept",
          text: "Kept: key C has no sessions yet, so nothing of C can be late",
          correct: false,
          explanation: "Stream time is shared by all keys of the task, not kept per key. Key B's record moved it to 11.",
          source: s.kafkaAggregate,
        },
      ],
    },
    {
      id: "late-bridge",
      kind: "single",
      terms: ["session-window", "grace-period"],
      section: "a-late-event-can-merge-two-sessions",
      hint: "Which windows does [12, 22) meet? And has allowed lateness expired for [0, 15) at watermark 24?",
      lab: { href: "/lessons/session-windows#lab-session-windows", label: "the session-window timeline" },
      prompt:
        "Flink, gap 10 s, allowed lateness 30 s. A user's events at 0 and 5 form one window, 20 and 24 another. An event at 12 arrives last (watermark 24). What is the result?",
      options: [
        {
          id: "one",
          text: "One window [0, 34): the event at 12 overlaps both windows and they merge",
          correct: true,
          explanation:
            "Right. Its window [12, 22) intersects [0, 15) and [20, 34), so all three merge. The first window had already fired at watermark 24, but 30 s of lateness keeps its state, so the merge still happens.",
          source: s.flinkSessions,
        },
        {
          id: "dropped",
          text: "The event is dropped: it is behind the watermark",
          correct: false,
          explanation: "It is late, but allowed lateness keeps windows until the watermark passes their end plus the lateness; only then are late elements dropped.",
          source: s.flinkLateness,
        },
      ],
    },
    {
      id: "event-time",
      kind: "single",
      terms: ["event-time", "watermark"],
      section: "time-order-and-lateness",
      hint: "Think of when the taps happened and when they reached the processor. Which of the two should decide the session?",
      prompt: "A phone goes through a tunnel and sends an hour of taps at once. Why should sessions be computed in event time?",
      options: [
        {
          id: "happened",
          text: "Event time groups taps by when they happened; processing time would put the whole hour into one burst",
          correct: true,
          explanation: "Right. Event time is the time in the event; watermarks track its progress so windows can close even though events arrive out of order.",
          source: s.flinkTime,
        },
        {
          id: "faster",
          text: "Event time is faster to compute",
          correct: false,
          explanation: "It is slower if anything: the processor must wait for the watermark before results are final. It is chosen for correctness.",
          source: s.flinkTime,
        },
      ],
    },
    {
      id: "kinds",
      kind: "multi",
      terms: ["session-window"],
      section: "windows-tumbling-sliding-and-session",
      hint: "Check each kind for two things: can windows overlap, and is the size fixed in advance?",
      prompt: "Which statements about window kinds are true? Select all that apply.",
      options: [
        {
          id: "sliding",
          text: "A sliding window can hold the same event as another sliding window",
          correct: true,
          explanation: "Right: sliding windows overlap when the slide is smaller than the size, so an event belongs to several.",
          source: s.flinkAssigners,
        },
        {
          id: "per-key",
          text: "Session windows are tracked independently per key, and vary in length",
          correct: true,
          explanation: "Right: Kafka's guide says windows \"are tracked independently across keys\" and \"their window sizes vary\".",
          source: s.kafkaDocs,
        },
        {
          id: "fixed",
          text: "A session window has a fixed size set in advance",
          correct: false,
          explanation: "Only its gap is set. A session lasts as long as events keep coming closer together than the gap.",
          source: s.flinkSessions,
        },
      ],
    },
    {
      id: "spark",
      kind: "single",
      terms: ["session-window", "inactivity-gap"],
      section: "where-the-engines-differ-exactly",
      hint: "Spark describes the length of a session window as a sum of two things. Which two?",
      prompt: "In Spark Structured Streaming, where does a `session_window` end?",
      options: [
        {
          id: "plus-gap",
          text: "At the timestamp of the session's latest input plus the gap duration",
          correct: true,
          explanation: "Right: Spark defines a session window's length as \"the timestamp of latest input of the session + gap duration\", like Flink and Beam.",
          source: s.spark,
        },
        {
          id: "last",
          text: "At the latest input's timestamp",
          correct: false,
          explanation: "That is Kafka Streams' notation. Spark's session window extends to latest input + gap.",
          source: s.spark,
        },
      ],
    },
    {
      id: "ga4",
      kind: "single",
      terms: ["inactivity-gap"],
      section: "how-analytics-products-define-a-session",
      hint: "Two rules can end a session in some products: a pause, and a maximum length. Which of them does GA4 have?",
      prompt: "A reader keeps a GA4-tracked article open all afternoon and interacts every 20 minutes for 14 hours. How many sessions does GA4 count with default settings?",
      options: [
        {
          id: "one",
          text: "One: no pause reached 30 minutes, and GA4 sets no limit on a session's length",
          correct: true,
          explanation: "Right: \"By default, a session ends or times out after 30 minutes of user inactivity. There is no limit to how long a session can last.\"",
          source: s.ga4,
        },
        {
          id: "two",
          text: "Two: sessions end after 12 hours",
          correct: false,
          explanation: "That is Adobe Analytics' rule for visits (a new visit after 12 hours of activity). GA4 has no such cap.",
          source: s.adobe,
        },
      ],
    },
    {
      id: "adobe-edge",
      kind: "single",
      terms: ["inactivity-gap"],
      section: "how-analytics-products-define-a-session",
      hint: "Read Adobe's own sentence about inactivity closely: how much time must lapse between two hits before a new visit begins?",
      prompt: "In Adobe Analytics, two hits are exactly 30 minutes apart. One visit or two?",
      options: [
        {
          id: "one",
          text: "One: a new visit begins only if more than 30 minutes lapse between hits",
          correct: true,
          explanation: "Right: \"If more than 30 minutes lapse between hits, a new visit begins.\" Exactly 30 minutes stays in the visit, like exactly one gap in Kafka Streams and Flink.",
          source: s.adobe,
        },
        {
          id: "two",
          text: "Two: 30 minutes of inactivity ends the visit",
          correct: false,
          explanation: "Adobe's rule is strictly more than 30 minutes between hits; at exactly 30 the visit continues.",
          source: s.adobe,
        },
      ],
    },
  ],
});
