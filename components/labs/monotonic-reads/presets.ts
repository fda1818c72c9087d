/** Small histories the checker panel offers, each breaking one guarantee (sources in the lesson and the tests). */
export const presets: { name: string; text: string }[] = [
  {
    name: "Breaks RYW",
    text: `# Terry et al.: a read must include the session's earlier writes
ada w bio=new
ada r bio=nil @0 on r2`,
  },
  {
    name: "Breaks MR",
    text: `# Jepsen: reads cannot go backwards
p0 w x=1
p0 w x=2
p1 r x=2 @2 on r1
p1 r x=1 @1 on r2`,
  },
  {
    name: "Breaks WFR",
    text: `# Jepsen: p1 read w1, then wrote w2; w2 is ordered before w1
p0 w question=q1 @2
p1 r question=q1
p1 w answer=a1 @1`,
  },
  {
    name: "Breaks MW",
    text: `# Terry et al.: a session's writes keep their order
p1 w doc=created @2
p1 w doc=edited @1`,
  },
];
