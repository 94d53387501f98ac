#pragma once

namespace quita::bench {

// `quita-bench negotiation`: simulate_us (six offers with 360-installment schedules, per
// recompute) and agreement_create_ms (an agreement of 12 installments written with its
// outbox entry, its 12 boletos and PIX codes built and its term written as PDF).
int runNegotiationBench(int argc, char *argv[]);

} // namespace quita::bench
