#pragma once

#include "ApiSupport.h"
#include "auth/Accounts.h"

// The /api/v1 route handlers beyond login, grouped by file. The caller (Api::handle) has
// checked the method and authenticated `user`.
namespace quita::server::routes {

// DebtorRoutes.cpp
HttpResponse listDebtors(const ApiContext &ctx, const User &user, const HttpRequest &request);
HttpResponse debtorDetail(const ApiContext &ctx, const User &user, const QString &debtorId);
HttpResponse debtorTimeline(const ApiContext &ctx, const User &user, const QString &debtorId,
                            const HttpRequest &request);

// SyncRoutes.cpp
HttpResponse push(const ApiContext &ctx, const User &user, const HttpRequest &request);
HttpResponse pull(const ApiContext &ctx, const User &user, const HttpRequest &request);

// NegotiationRoutes.cpp
HttpResponse simulate(const ApiContext &ctx, const User &user, const HttpRequest &request);
HttpResponse createAgreement(const ApiContext &ctx, const User &user, const HttpRequest &request);
HttpResponse agreement(const ApiContext &ctx, const User &user, const QString &agreementId);
HttpResponse listApprovals(const ApiContext &ctx, const User &user, const HttpRequest &request);
HttpResponse requestApproval(const ApiContext &ctx, const User &user, const HttpRequest &request);
HttpResponse decideApproval(const ApiContext &ctx, const User &user, const QString &requestId,
                            const HttpRequest &request);
HttpResponse importPayments(const ApiContext &ctx, const User &user, const HttpRequest &request);

// ProtestRoutes.cpp: every /protests path (segments[0] == "protests"); checks the method.
HttpResponse protests(const ApiContext &ctx, const User &user, const HttpRequest &request,
                      const QStringList &segments);

// GatewayRoutes.cpp: authenticated by an integration's key (Bearer qk_...), not a user.
HttpResponse gatewayActivity(const ApiContext &ctx, const HttpRequest &request);

// AdminRoutes.cpp (admin only)
HttpResponse listUsers(const ApiContext &ctx);
HttpResponse createUser(const ApiContext &ctx, const HttpRequest &request);
HttpResponse assign(const ApiContext &ctx, const HttpRequest &request);
HttpResponse listIntegrations(const ApiContext &ctx);
HttpResponse createIntegration(const ApiContext &ctx, const HttpRequest &request);
HttpResponse revokeIntegration(const ApiContext &ctx, const QString &integrationId);

// TermsRoutes.cpp (admin only)
HttpResponse importIndexes(const ApiContext &ctx, const HttpRequest &request);
HttpResponse setPortfolioTerms(const ApiContext &ctx, const QString &portfolioId,
                               const HttpRequest &request);

// KpiRoutes.cpp: GET /kpis and /kpis/accounts (segments[0] == "kpis"; checks the method),
// PUT /admin/targets (admin only, checked by Api).
HttpResponse kpis(const ApiContext &ctx, const User &user, const HttpRequest &request,
                  const QStringList &segments);
HttpResponse setTargets(const ApiContext &ctx, const HttpRequest &request);

} // namespace quita::server::routes
