#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QUuid>

#include <optional>

namespace quita::server {

struct User
{
    QUuid id;
    QString username;
    QString displayName;
    QString role; // "agent", "supervisor", "admin"
    QUuid supervisorId;
};

struct SessionGrant
{
    QString token; // shown to the client once, never stored
    QDateTime expiresAt;
    User user;
};

// Users and sessions in the server's store. Every method runs on the calling thread's
// own connection.
class Accounts
{
public:
    explicit Accounts(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<User> createUser(const QString &username, const QString &displayName,
                            const QString &role, const QString &password,
                            const QUuid &supervisorId = {});
    std::optional<User> findUser(const QString &username) const;

    // Checks the password; on success opens a session valid for `lifetimeSeconds`.
    Result<SessionGrant> login(const QString &username, const QString &password,
                               const QDateTime &now, qint64 lifetimeSeconds);
    std::optional<User> userForToken(const QString &token, const QDateTime &now) const;
    bool logout(const QString &token);
    // The change-log floor a session's scan from cursor 0 began at (see ChangeLog::pull).
    qint64 scanFloor(const QString &token) const;
    void setScanFloor(const QString &token, qint64 floor);

private:
    QSqlDatabase m_db;
};

} // namespace quita::server
