#pragma once

namespace quita::bench {

// `quita-bench server`: the central server's figures (initial sync, pull latency under
// 200 agents, poke to visible). Takes the whole command line.
int runServerBench(int argc, char *argv[]);

} // namespace quita::bench
