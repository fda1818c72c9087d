import { defineQuiz, type QuizSource } from "../quiz-schema";

const source = (label: string, href: string): QuizSource => ({ label, href });

/** The primary sources the monotonic-reads quiz cites, one per passage. */
const s = {
  terry: source("Terry et al. 1994, §3: the four session guarantees", "https://doi.org/10.1109/PDIS.1994.331722"),
  jepsenRyw: source("Jepsen: Read Your Writes", "https://jepsen.io/consistency/models/read-your-writes"),
  jepsenMr: source("Jepsen: Monotonic Reads", "https://jepsen.io/consistency/models/monotonic-reads"),
  jepsenWfr: source("Jepsen: Writes Follow Reads", "https://jepsen.io/consistency/models/writes-follow-reads"),
  jepsenMw: source("Jepsen: Monotonic Writes", "https://jepsen.io/consistency/models/monotonic-writes"),
  jepsenMap: source("Jepsen: Consistency Models (the map)", "https://jepsen.io/consistency"),
  pgStreaming: source("PostgreSQL docs: Streaming Replication", "https://www.postgresql.org/docs/current/warm-standby.html#STREAMING-REPLICATION"),
  pgFunctions: source("PostgreSQL docs: System Administration Functions", "https://www.postgresql.org/docs/current/functions-admin.html"),
  pgWaitFor: source("PostgreSQL 19 docs: WAIT FOR", "https://www.postgresql.org/docs/19/sql-wait-for.html"),
  cosmosSession: source("Azure Cosmos DB: Consistency levels, Session", "https://learn.microsoft.com/en-us/azure/cosmos-db/consistency-levels#session-consistency"),
  cosmosSdk: source("Cosmos DB .NET SDK: ReadManyRequestOptions.SessionToken", "https://learn.microsoft.com/en-us/dotnet/api/microsoft.azure.cosmos.readmanyrequestoptions.sessiontoken"),
  mongoSpec: source("MongoDB causal consistency specification: Server Commands", "https://github.com/mongodb/specifications/blob/master/source/causal-consistency/causal-consistency.md#server-commands"),
  mongoConcerns: source("MongoDB: Causal Consistency and Read and Write Concerns", "https://www.mongodb.com/docs/manual/core/causal-consistency-read-write-concerns/"),
  dynamo: source("Amazon DynamoDB: Read consistency", "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html"),
};

/**
 * The quiz that closes the "monotonic-reads" lesson. Question ids are stored in learners' cookies:
 * never rename one, add a new one instead.
 */
export const monotonicReadsQuiz = defineQuiz("content/quizzes/monotonic-reads.ts", {
  slug: "monotonic-reads",
  questions: [
    {
      id: "vanish",
      kind: "single",
      terms: ["monotonic-reads", "session-guarantees", "replication-lag"],
      section: "the-four-session-guarantees",
      hint: "The user wrote nothing here; they only read, twice. Which guarantee is about two reads in a row?",
      lab: { href: "/lessons/monotonic-reads#lab-monotonic-reads", label: "the session-guarantee lab" },
      prompt:
        "A user reloads a post and sees their friend's new comment. They reload again and the comment is gone; a few seconds later it is back. Which guarantee broke?",
      options: [
        {
          id: "mr",
          text: "Monotonic reads",
          correct: true,
          explanation:
            "Right. The second read observed a state older than the first one had: reads went backwards, which is what monotonic reads forbids. The comment was someone else's, so read your writes is not involved.",
          source: s.jepsenMr,
        },
        {
          id: "ryw",
          text: "Read your writes",
          correct: false,
          explanation:
            "Read your writes is about the session's own writes. The comment was written by a friend, in another session, and read your writes \"does not apply to operations performed by different processes\".",
          source: s.jepsenRyw,
        },
        {
          id: "mw",
          text: "Monotonic writes",
          correct: false,
          explanation: "Monotonic writes orders one session's own writes. This user wrote nothing; two of their reads disagreed.",
          source: s.jepsenMw,
        },
        {
          id: "none",
          text: "None: replicas converge eventually, so nothing broke",
          correct: false,
          explanation:
            "Eventual convergence is about all replicas agreeing in the end. A session guarantee is about one session's operations in order, and here a later read saw an older state than an earlier one.",
          source: s.terry,
        },
      ],
    },
    {
      id: "ryw-def",
      kind: "single",
      terms: ["read-your-writes", "session-guarantees"],
      section: "the-four-session-guarantees",
      hint: "Read your writes links a write to a later read in the same session. Which statement has both, in that order?",
      prompt: "Which statement is Terry et al.'s read your writes?",
      options: [
        {
          id: "included",
          text: "If read R follows write W in a session and R runs at server S at time t, W is in the writes S holds at t.",
          correct: true,
          explanation: "Right: that is the paper's definition, in terms of DB(S,t), the ordered writes server S has received by time t.",
          source: s.terry,
        },
        {
          id: "everyone",
          text: "Once a write is acknowledged, every client's later reads include it.",
          correct: false,
          explanation:
            "That is a property across sessions, much closer to linearizability. Read your writes only covers the session that wrote; Jepsen stresses there is no guarantee that another process will observe the write.",
          source: s.jepsenRyw,
        },
        {
          id: "latest",
          text: "Every read returns the latest committed value.",
          correct: false,
          explanation: "That is a freshness promise, like DynamoDB's strongly consistent reads. Read your writes only requires the session's own earlier writes to be there.",
          source: s.dynamo,
        },
      ],
    },
    {
      id: "sticky-ryw",
      kind: "single",
      terms: ["read-your-writes", "replication-lag"],
      section: "routing-a-user-to-one-replica",
      hint: "Writes go to the leader, reads to the user's replica. Is the replica guaranteed to have applied the write when the next read arrives?",
      lab: { href: "/lessons/monotonic-reads#lab-monotonic-reads", label: "the session-guarantee lab" },
      prompt:
        "Writes go to the leader; each user's reads always go to the same replica, chosen by a hash of the user ID. No replica ever fails. What can still go wrong?",
      options: [
        {
          id: "ryw",
          text: "A user may not see a write they just made, because their replica has not applied it yet.",
          correct: true,
          explanation:
            "Right. Sticky routing keeps one replica's ever-advancing state under each user, so reads never go back in time, but the write went to the leader and the replica receives it after a delay.",
          source: s.pgStreaming,
        },
        {
          id: "mr",
          text: "A user's reads may go back in time.",
          correct: false,
          explanation:
            "Not while the replica lives: a replica applies the log in order, so its state only moves forward, and each of the user's reads sees a state at least as new as the one before.",
          source: s.jepsenMr,
        },
        {
          id: "nothing",
          text: "Nothing: sticky routing gives all four guarantees.",
          correct: false,
          explanation:
            "It does not give read your writes, which requires the session's earlier writes to be in the state the read sees, wherever the read runs.",
          source: s.terry,
        },
      ],
    },
    {
      id: "replica-loss",
      kind: "single",
      terms: ["monotonic-reads", "replication-lag"],
      section: "routing-a-user-to-one-replica",
      hint: "Replicas lag by different amounts. What if a moved user's new replica is further behind than their old one?",
      lab: { href: "/lessons/monotonic-reads#lab-monotonic-reads", label: "the session-guarantee lab" },
      prompt: "In the same set-up, one replica dies and users are re-hashed over the survivors. What new problem appears?",
      options: [
        {
          id: "mr",
          text: "Moved users can land on a replica that is behind the one they used, so their next read goes back in time.",
          correct: true,
          explanation:
            "Right. Monotonic reads held only because each user stayed on one replica. Jepsen calls the related read your writes sticky available: it survives a partition only while clients never change which server they talk to.",
          source: s.jepsenRyw,
        },
        {
          id: "lost",
          text: "The dead replica's users lose the writes they made.",
          correct: false,
          explanation: "Writes went to the leader, which still has them; a read replica holds only copies. What users lose is the monotonic view their replica gave them.",
          source: s.pgStreaming,
        },
        {
          id: "nothing",
          text: "Nothing: the survivors already hold every write.",
          correct: false,
          explanation: "Asynchronous replicas each lag by their own amount, so the survivor a user lands on may be behind the replica they read before.",
          source: s.pgStreaming,
        },
      ],
    },
    {
      id: "token-fix",
      kind: "single",
      terms: ["log-sequence-number", "read-your-writes", "monotonic-reads"],
      section: "back-to-http-sessions",
      hint: "Each request may reach any app server and any standby. What could travel with the user, naming how fresh a standby must be rather than which one?",
      lab: { href: "/lessons/monotonic-reads#lab-monotonic-reads", label: "the session-guarantee lab" },
      prompt:
        "A web app runs on several servers behind a round-robin load balancer and reads from PostgreSQL standbys. Which fix gives each user read your writes and monotonic reads, and survives losing a standby?",
      options: [
        {
          id: "token",
          text: "Keep the newest LSN the user has seen in their session, and read only from a standby whose pg_last_wal_replay_lsn() has reached it (else the primary).",
          correct: true,
          explanation:
            "Right. pg_current_wal_lsn() after a write and the replay LSN before a read give a version the session can carry; any standby at least that fresh will do, so losing one standby just means picking another.",
          source: s.pgFunctions,
        },
        {
          id: "sticky",
          text: "Make the load balancer sticky, so each user always reaches the same app server.",
          correct: false,
          explanation:
            "Which app server handles a request does not decide which standby it reads. The app servers would still spread reads over standbys that lag by different amounts.",
          source: s.pgStreaming,
        },
        {
          id: "retry",
          text: "Retry any read that returns an unexpected value.",
          correct: false,
          explanation: "The app cannot tell an old value from a new one without a version to compare, which is exactly what the LSN gives it.",
          source: s.pgFunctions,
        },
      ],
    },
    {
      id: "cosmos-token",
      kind: "single",
      terms: ["session-token"],
      section: "azure-cosmos-db-session-consistency-and-its-token",
      hint: "Microsoft calls the token a minimum version barrier. What may a replica below the barrier not do?",
      prompt: "What does a Cosmos DB replica do with a read that carries a session token it cannot satisfy yet?",
      options: [
        {
          id: "retry",
          text: "It does not serve it; the client retries another replica in the region, then other regions.",
          correct: true,
          explanation:
            "Right. A replica returns data only if it has data for that token or a newer one; otherwise the client retries elsewhere until it finds one. The token is a minimum version barrier.",
          source: s.cosmosSession,
        },
        {
          id: "stale",
          text: "It serves its current data and flags the response as stale.",
          correct: false,
          explanation: "That would break read your writes. The documented behaviour is to answer only from a replica that has the token's data, or newer.",
          source: s.cosmosSession,
        },
        {
          id: "exact",
          text: "It returns the item as it was at exactly that token's version.",
          correct: false,
          explanation:
            "Microsoft says the token is a minimum version barrier, \"not a specific (possibly historical) version\": a newer version is returned if there is one.",
          source: s.cosmosSession,
        },
      ],
    },
    {
      id: "cosmos-cookie",
      kind: "single",
      terms: ["session-token", "sealed-cookie"],
      section: "azure-cosmos-db-session-consistency-and-its-token",
      hint: "A new client instance starts without tokens. On a multi-server app, how does the next request's server get the token the last one saw?",
      prompt: "Where does Microsoft's SDK reference suggest a multi-server web app keep the Cosmos DB session token between requests?",
      options: [
        {
          id: "cookie",
          text: "Send it to the client tier, in a cookie or some other mechanism, and have it flow back for later reads.",
          correct: true,
          explanation: "Right: that is the remark on the SessionToken request option, for web apps behind a round-robin load balancer without session affinity.",
          source: s.cosmosSdk,
        },
        {
          id: "memory",
          text: "In each app server's CosmosClient; the SDK shares it across servers.",
          correct: false,
          explanation: "Each client instance caches its own tokens. A new or different instance starts without them and reads with eventual consistency until it writes.",
          source: s.cosmosSession,
        },
        {
          id: "nowhere",
          text: "Nowhere: session consistency is per user, tracked by the database.",
          correct: false,
          explanation: "The session is the token, not the user: reads carry it, or behave as eventual consistency.",
          source: s.cosmosSession,
        },
      ],
    },
    {
      id: "mongo",
      kind: "single",
      terms: ["session-guarantees"],
      section: "mongodb-causally-consistent-sessions",
      hint: "The driver saves a time the server returns for each operation. Which read concern field carries it back?",
      prompt: "How does a MongoDB driver make the next read in a causally consistent session wait for what the session already saw?",
      options: [
        {
          id: "after",
          text: "It sends the session's saved operationTime as readConcern.afterClusterTime.",
          correct: true,
          explanation: "Right. The driver stores the operationTime every reply carries and passes it as afterClusterTime on later reads and writes in the session.",
          source: s.mongoSpec,
        },
        {
          id: "primary",
          text: "It sends every read in the session to the primary.",
          correct: false,
          explanation: "Causally consistent sessions work with secondary reads too; that is the point of sending afterClusterTime.",
          source: s.mongoSpec,
        },
        {
          id: "sticky",
          text: "It pins the session to one secondary for its lifetime.",
          correct: false,
          explanation: "Nothing in the specification pins a server; ordering comes from the operationTime the session carries.",
          source: s.mongoSpec,
        },
      ],
    },
    {
      id: "mongo-w1",
      kind: "multi",
      terms: ["session-guarantees", "monotonic-reads", "writes-follow-reads", "read-your-writes"],
      section: "mongodb-causally-consistent-sessions",
      hint: "A { w: 1 } write can be rolled back if the primary fails before a majority has it. Which guarantees involve your own writes?",
      prompt:
        "A MongoDB causally consistent session reads with read concern \"majority\" and writes with { w: 1 }. If durability counts, which guarantees still hold in all situations? Select all that apply.",
      options: [
        {
          id: "mr",
          text: "Monotonic reads",
          correct: true,
          explanation: "Yes: MongoDB's table marks monotonic reads for \"majority\" reads with { w: 1 } writes.",
          source: s.mongoConcerns,
        },
        {
          id: "wfr",
          text: "Writes follow reads",
          correct: true,
          explanation: "Yes: marked for this combination too.",
          source: s.mongoConcerns,
        },
        {
          id: "ryw",
          text: "Read your writes",
          correct: false,
          explanation: "No: a { w: 1 } write can be rolled back after a failover, so a later majority read may not reflect it.",
          source: s.mongoConcerns,
        },
        {
          id: "mw",
          text: "Monotonic writes",
          correct: false,
          explanation: "No: with two transient primaries, the second write can land on a primary that does not have the first, which is later rolled back.",
          source: s.mongoConcerns,
        },
      ],
    },
    {
      id: "pg-wait",
      kind: "single",
      terms: ["log-sequence-number"],
      section: "postgresql-waiting-for-a-replay-lsn",
      hint: "Check which PostgreSQL release adds WAIT FOR. What can a session on version 18 call to see a standby's replay position?",
      prompt: "Your standbys run PostgreSQL 18. How do you make a read on a standby wait until it has replayed the LSN your session saw?",
      options: [
        {
          id: "poll",
          text: "Poll pg_last_wal_replay_lsn() until it reaches the LSN (or read from the primary); WAIT FOR LSN arrives only in PostgreSQL 19.",
          correct: true,
          explanation: "Right. The replay-LSN function has long been there; the WAIT FOR command is documented from version 19.",
          source: s.pgWaitFor,
        },
        {
          id: "waitfor",
          text: "Run WAIT FOR LSN '…' on the standby.",
          correct: false,
          explanation: "WAIT FOR is new in PostgreSQL 19; version 18 has no such command.",
          source: s.pgWaitFor,
        },
        {
          id: "sync",
          text: "Nothing: streaming replication already makes standbys wait.",
          correct: false,
          explanation: "Streaming replication is asynchronous by default, with a small delay before a commit becomes visible on the standby.",
          source: s.pgStreaming,
        },
      ],
    },
    {
      id: "map",
      kind: "single",
      terms: ["session-guarantees", "monotonic-reads"],
      section: "where-they-sit-among-consistency-models",
      hint: "On Jepsen's map, follow the arrows up from the four session guarantees. Which model sits just above three of them?",
      prompt: "On Jepsen's map, which model implies monotonic reads, monotonic writes and read your writes together?",
      options: [
        {
          id: "pram",
          text: "PRAM (which causal consistency implies in turn)",
          correct: true,
          explanation: "Right: \"Causal implies writes follow reads and PRAM. PRAM implies monotonic reads, monotonic writes, and read your writes.\"",
          source: s.jepsenMap,
        },
        {
          id: "rc",
          text: "Read committed",
          correct: false,
          explanation: "Read committed is on the multi-object (transactional) branch of the map, not above the session guarantees.",
          source: s.jepsenMap,
        },
        {
          id: "wfr",
          text: "Writes follow reads",
          correct: false,
          explanation: "Writes follow reads is a sibling of PRAM below causal, not above the other three.",
          source: s.jepsenWfr,
        },
      ],
    },
    {
      id: "dynamo",
      kind: "single",
      terms: ["read-your-writes"],
      section: "dynamodb-strongly-consistent-reads",
      hint: "DynamoDB has no session token. Which read option asks for the latest committed data, and on which kinds of index is it allowed?",
      prompt: "Which DynamoDB read gives read your writes after your own PutItem succeeded?",
      options: [
        {
          id: "consistent",
          text: "GetItem on the table with ConsistentRead set to true",
          correct: true,
          explanation: "Right: a strongly consistent read reflects all prior successful writes, including yours.",
          source: s.dynamo,
        },
        {
          id: "default",
          text: "A default GetItem",
          correct: false,
          explanation: "The default is eventually consistent and \"may not reflect the results of a recently completed write operation\".",
          source: s.dynamo,
        },
        {
          id: "gsi",
          text: "A strongly consistent Query on a global secondary index",
          correct: false,
          explanation: "Global secondary indexes only support eventually consistent reads; asking for a consistent one is an error.",
          source: s.dynamo,
        },
      ],
    },
  ],
});
