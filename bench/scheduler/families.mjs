// Instance families of the scheduler benchmark. Small families are judged against the HiGHS
// optimum, large ones against the flow bound (and, for the adversarial family, against the hidden
// perfect schedule, which the bound then equals).
const B2B = { requests: [5, 16], slots: [18, 36], unavailable: [0.1, 0.5] };
const SKEW = { popularShare: 0.1, popularFactor: 4 };
const MIXED = { fixedShare: 0.03, homeTableShare: 0.3, maxMeetingsShare: 0.1, peerShare: 0.1 };

export const FAMILIES = [
  // Exact-solvable: a few hundred meetings, solved to optimality by HiGHS.
  { name: 'exact 30p tables 0.9×', exact: true, seeds: [1, 2, 3, 4], shape: { ...B2B, participants: 30, tableFactor: 0.9 } },
  { name: 'exact 30p tables 0.7×', exact: true, seeds: [1, 2, 3, 4], shape: { ...B2B, participants: 30, tableFactor: 0.7 } },
  { name: 'exact 30p popular investors', exact: true, seeds: [1, 2, 3, 4], shape: { ...B2B, ...SKEW, participants: 30, tableFactor: 0.9 } },
  { name: 'exact 30p fixed+hosts+caps+peers', exact: true, seeds: [1, 2, 3, 4], shape: { ...B2B, ...MIXED, participants: 30, tableFactor: 0.9 } },
  { name: 'exact 20p requests = free slots', exact: true, seeds: [1, 2, 3, 4], shape: { participants: 20, slots: [18, 36], requests: [5, 16], planted: true } },
  // Against the bound.
  { name: '200p tables 0.7×', seeds: [1, 2, 3], shape: { ...B2B, participants: 200, tableFactor: 0.7 } },
  { name: '200p tables 0.9×', seeds: [1, 2, 3], shape: { ...B2B, participants: 200, tableFactor: 0.9 } },
  { name: '200p tables 1.2×', seeds: [1, 2, 3], shape: { ...B2B, participants: 200, tableFactor: 1.2 } },
  { name: '1000p tables 0.7×', seeds: [1, 2, 3], shape: { ...B2B, participants: 1000, tableFactor: 0.7 } },
  { name: '1000p tables 0.9×', seeds: [1, 2, 3], shape: { ...B2B, participants: 1000, tableFactor: 0.9 } },
  { name: '1000p tables 1.2×', seeds: [1, 2, 3], shape: { ...B2B, participants: 1000, tableFactor: 1.2 } },
  { name: '1000p popular investors', seeds: [1, 2, 3], shape: { ...B2B, ...SKEW, participants: 1000, tableFactor: 0.9 } },
  { name: '1000p fixed+hosts+caps+peers', seeds: [1, 2, 3], shape: { ...B2B, ...MIXED, participants: 1000, tableFactor: 0.9 } },
  { name: '1000p requests = free slots', seeds: [1, 2, 3], shape: { participants: 1000, slots: [18, 36], requests: [5, 16], planted: true } },
  { name: '1000p requests = free slots, 1 s limit', seeds: [1, 2, 3], options: { timeLimitMs: 1000 }, shape: { participants: 1000, slots: [18, 36], requests: [5, 16], planted: true } },
  { name: '5000p tables 0.9×', seeds: [1, 2], shape: { ...B2B, participants: 5000, investorShare: 0.45, tableFactor: 0.9 } },
  { name: '5000p popular, tables 0.7×', seeds: [1, 2], shape: { ...B2B, ...SKEW, participants: 5000, investorShare: 0.45, tableFactor: 0.7 } },
  { name: '5000p requests = free slots', seeds: [1, 2], shape: { participants: 5000, slots: [18, 36], requests: [5, 16], planted: true } },
];
