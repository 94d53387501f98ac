#pragma once

#include <QString>

namespace quita::protest {

// What the protest screens show for the server's machine names, in the desk's language.

// protest_request.status: sent, protocolled, protested, paid, withdrawn, cancelled,
// returned, suspended.
QString statusLabel(const QString &status);
// The statuses in the order a filter lists them.
QStringList statuses();
// An eligibility reason code of GET /protests/eligible (too_recent, agreement, ...).
QString reasonLabel(const QString &code);
// A batch kind: remittance, withdrawal, cancellation, confirmation, return.
QString batchKindLabel(const QString &kind);
// An occurrence's machine name (CraCodes), e.g. "protested"; empty for none.
QString occurrenceLabel(const QString &name);

} // namespace quita::protest
