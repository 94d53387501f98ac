#include "ApprovalRole.h"

#include <QCoreApplication>

namespace quita {

QString approvalRoleName(ApprovalRole role)
{
    switch (role) {
    case ApprovalRole::Agent:
        return QStringLiteral("agent");
    case ApprovalRole::Supervisor:
        return QStringLiteral("supervisor");
    case ApprovalRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<ApprovalRole> approvalRoleFromName(const QString &name)
{
    for (ApprovalRole role : kApprovalRoles) {
        if (name == approvalRoleName(role))
            return role;
    }
    return std::nullopt;
}

QString approvalRoleDisplayName(ApprovalRole role)
{
    switch (role) {
    case ApprovalRole::Agent:
        return QCoreApplication::translate("ApprovalRole", "agent");
    case ApprovalRole::Supervisor:
        return QCoreApplication::translate("ApprovalRole", "supervisor");
    case ApprovalRole::Admin:
        return QCoreApplication::translate("ApprovalRole", "admin");
    }
    return {};
}

} // namespace quita
