#pragma once

#include <QString>

#include <array>
#include <optional>

namespace quita {

// Who may grant a negotiation, in increasing authority: agent < supervisor < admin.
// The machine names match the user roles of the server ("agent", "supervisor", "admin").
enum class ApprovalRole
{
    Agent,
    Supervisor,
    Admin
};

inline constexpr std::array<ApprovalRole, 3> kApprovalRoles{
    ApprovalRole::Agent, ApprovalRole::Supervisor, ApprovalRole::Admin};

QString approvalRoleName(ApprovalRole role);
std::optional<ApprovalRole> approvalRoleFromName(const QString &name);
// Translated, lower case, for sentences: "agent", "supervisor", "admin".
QString approvalRoleDisplayName(ApprovalRole role);

} // namespace quita
