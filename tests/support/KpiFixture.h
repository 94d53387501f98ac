#pragma once

// A hand-written GET /api/v1/kpis answer: three days of November 2026, two agents (Bruno
// with no call, so his rates are null), two channels, the seven aging buckets, a roll-rate
// matrix whose "360+" row is empty (null rates), two vintages, and targets.
#include <QJsonDocument>
#include <QJsonObject>

namespace quita::test {

inline QJsonObject kpiFixture()
{
    static const char json[] = R"({
 "from": "2026-11-01", "to": "2026-11-03", "attribution_days": 30,
 "totals": {"activities": 40, "call_attempts": 30, "rpc": 12, "rpc_rate": 0.4, "ptp": 3,
   "ptp_rate": 0.25, "promises_made": 3, "promises_due": 4, "promises_kept": 2,
   "promise_kept_rate": 0.5, "agreements_closed": 2, "agreements_due": 5, "agreements_broken": 1,
   "agreement_break_rate": 0.2, "collected_cents": 123456, "agent_hours": 16,
   "collected_per_agent_hour_cents": 7716, "outstanding_start_cents": 10000000,
   "recovery_rate": 0.0123456, "placed_cents": 0, "liquidation_rate": null},
 "by_agent": [
  {"agent_id": "a1", "agent_name": "Ana Souza", "activities": 36, "call_attempts": 30, "rpc": 12,
   "rpc_rate": 0.4, "ptp": 3, "ptp_rate": 0.25, "promises_made": 3, "promises_due": 4,
   "promises_kept": 2, "promise_kept_rate": 0.5, "agreements_closed": 2, "agreements_due": 5,
   "agreements_broken": 1, "agreement_break_rate": 0.2, "collected_cents": 100000,
   "agent_hours": 8, "collected_per_agent_hour_cents": 12500, "outstanding_start_cents": 6000000,
   "recovery_rate": 0.0166667, "placed_cents": 0, "liquidation_rate": null},
  {"agent_id": "b2", "agent_name": "Bruno \"Bê\" Lima, Jr.", "activities": 4, "call_attempts": 0,
   "rpc": 0, "rpc_rate": null, "ptp": 0, "ptp_rate": null, "promises_made": 0,
   "promises_due": 0, "promises_kept": 0, "promise_kept_rate": null, "agreements_closed": 0,
   "agreements_due": 0, "agreements_broken": 0, "agreement_break_rate": null,
   "collected_cents": 23456, "agent_hours": 8, "collected_per_agent_hour_cents": 2932,
   "outstanding_start_cents": 4000000, "recovery_rate": 0.005864, "placed_cents": 0,
   "liquidation_rate": null}],
 "by_channel": [
  {"channel": "phone", "activities": 30, "contacts": 12, "payments": 2, "attributed_cents": 90000,
   "effectiveness": 0.1666667, "by_result": {"rpc": 9, "ptp": 3, "no_answer": 18}},
  {"channel": "whatsapp", "activities": 10, "contacts": 0, "payments": 0, "attributed_cents": 0,
   "effectiveness": null, "by_result": {"delivered": 10}}],
 "by_day": [
  {"day": "2026-11-01", "activities": 10, "call_attempts": 8, "rpc": 3, "ptp": 1,
   "promises_made": 1, "promises_kept": 0, "agreements_closed": 0, "collected_cents": 0},
  {"day": "2026-11-02", "activities": 20, "call_attempts": 14, "rpc": 6, "ptp": 1,
   "promises_made": 1, "promises_kept": 1, "agreements_closed": 1, "collected_cents": 23456},
  {"day": "2026-11-03", "activities": 10, "call_attempts": 8, "rpc": 3, "ptp": 1,
   "promises_made": 1, "promises_kept": 1, "agreements_closed": 1, "collected_cents": 100000}],
 "aging": [
  {"bucket": "current", "accounts": 10, "balance_cents": 1000000},
  {"bucket": "1-30", "accounts": 5, "balance_cents": 500000},
  {"bucket": "31-60", "accounts": 5, "balance_cents": 1500000},
  {"bucket": "61-90", "accounts": 0, "balance_cents": 0},
  {"bucket": "91-180", "accounts": 20, "balance_cents": 4000000},
  {"bucket": "181-360", "accounts": 0, "balance_cents": 0},
  {"bucket": "360+", "accounts": 10, "balance_cents": 3000000}],
 "roll_rates": {"buckets": ["current","1-30","31-60","61-90","91-180","181-360","360+"],
  "counts": [[8,2,0,0,0,0,0],[1,3,1,0,0,0,0],[0,0,4,1,0,0,0],[0,0,0,0,0,0,0],
             [0,0,0,0,18,2,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0]],
  "rates": [[0.8,0.2,0,0,0,0,0],[0.2,0.6,0.2,0,0,0,0],[0,0,0.8,0.2,0,0,0],
            [null,null,null,null,null,null,null],[0,0,0,0,0.9,0.1,0],
            [null,null,null,null,null,null,null],[null,null,null,null,null,null,null]]},
 "vintages": [
  {"placement_month": "2026-09", "accounts": 20, "placed_cents": 2000000,
   "curve": [{"month": 0, "collected_cents": 20000, "recovery_rate": 0.01},
             {"month": 1, "collected_cents": 100000, "recovery_rate": 0.05},
             {"month": 2, "collected_cents": 160000, "recovery_rate": 0.08}]},
  {"placement_month": "2026-10", "accounts": 10, "placed_cents": 1000000,
   "curve": [{"month": 0, "collected_cents": 0, "recovery_rate": 0},
             {"month": 1, "collected_cents": 30000, "recovery_rate": 0.03}]}],
 "targets": {"collected_cents_per_day": 50000, "agreements_per_day": 0.5, "rpc_per_day": 4}
})";
    return QJsonDocument::fromJson(json).object();
}

} // namespace quita::test
