#include "Accounts.h"

#include "Passwords.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace quita::server {
namespace {

User readUser(const QSqlQuery &q, int first)
{
    return User{sql::toId(q.value(first)), q.value(first + 1).toString(),
                q.value(first + 2).toString(), q.value(first + 3).toString(),
                sql::toId(q.value(first + 4))};
}

} // namespace

Result<User> Accounts::createUser(const QString &username, const QString &displayName,
                                  const QString &role, const QString &password,
                                  const QUuid &supervisorId)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!validName.match(username).hasMatch())
        return Error{QStringLiteral("invalid"), QStringLiteral("username"),
                     QStringLiteral("username: 2-32 lowercase letters, digits, '.', '_' or '-', "
                                    "starting with a letter")};
    if (role != QLatin1String("agent") && role != QLatin1String("supervisor") &&
        role != QLatin1String("admin"))
        return Error{QStringLiteral("invalid"), QStringLiteral("role"),
                     QStringLiteral("role: one of agent, supervisor, admin")};
    if (password.size() < 8)
        return Error{QStringLiteral("invalid"), QStringLiteral("password"),
                     QStringLiteral("password: at least 8 characters")};
    QSqlQuery taken(m_db);
    taken.prepare(QStringLiteral("SELECT 1 FROM app_user WHERE username = ?")); // active or not
    taken.addBindValue(username);
    if (taken.exec() && taken.next())
        return Error{QStringLiteral("conflict"), QStringLiteral("username"),
                     QStringLiteral("username: %1 already exists").arg(username)};
    const QString hash = Passwords::hash(password);
    if (hash.isEmpty())
        return Error{QStringLiteral("internal"), {}, QStringLiteral("cannot hash the password")};
    User user{QUuid::createUuid(), username, displayName.isEmpty() ? username : displayName, role,
              supervisorId};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO app_user (id, username, display_name, role, supervisor_id, password_hash, "
        "created_at) VALUES (?,?,?,?,?,?,?)"));
    q.addBindValue(sql::id(user.id));
    q.addBindValue(user.username);
    q.addBindValue(user.displayName);
    q.addBindValue(user.role);
    q.addBindValue(sql::id(supervisorId));
    q.addBindValue(hash);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return Error{QStringLiteral("internal"), {}, q.lastError().text()};
    return user;
}

std::optional<User> Accounts::findUser(const QString &username) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, username, display_name, role, supervisor_id FROM app_user "
                             "WHERE username = ? AND active = 1"));
    q.addBindValue(username);
    if (q.exec() && q.next())
        return readUser(q, 0);
    return std::nullopt;
}

Result<SessionGrant> Accounts::login(const QString &username, const QString &password,
                                     const QDateTime &now, qint64 lifetimeSeconds)
{
    const Error refused{
        QStringLiteral("unauthorized"), {}, QStringLiteral("wrong username or password")};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, username, display_name, role, supervisor_id, password_hash FROM app_user "
        "WHERE username = ? AND active = 1"));
    q.addBindValue(username);
    if (!q.exec() || !q.next()) {
        Passwords::hash(password); // same cost whether or not the user exists
        return refused;
    }
    const User user = readUser(q, 0);
    const QString hash = q.value(5).toString();
    q.finish();
    if (!Passwords::verify(hash, password))
        return refused;
    SessionGrant grant{Passwords::newToken(), now.addSecs(lifetimeSeconds), user};
    q.prepare(QStringLiteral(
        "INSERT INTO app_session (token_hash, user_id, created_at, expires_at) VALUES (?,?,?,?)"));
    q.addBindValue(Passwords::tokenHash(grant.token));
    q.addBindValue(sql::id(user.id));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(grant.expiresAt.toMSecsSinceEpoch());
    if (!q.exec())
        return Error{QStringLiteral("internal"), {}, q.lastError().text()};
    return grant;
}

std::optional<User> Accounts::userForToken(const QString &token, const QDateTime &now) const
{
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT u.id, u.username, u.display_name, u.role, u.supervisor_id FROM app_session s "
        "JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ? "
        "AND u.active = 1"));
    q.addBindValue(Passwords::tokenHash(token));
    q.addBindValue(now.toMSecsSinceEpoch());
    if (q.exec() && q.next())
        return readUser(q, 0);
    return std::nullopt;
}

bool Accounts::logout(const QString &token)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM app_session WHERE token_hash = ?"));
    q.addBindValue(Passwords::tokenHash(token));
    return q.exec() && q.numRowsAffected() > 0;
}

qint64 Accounts::scanFloor(const QString &token) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT scan_floor FROM app_session WHERE token_hash = ?"));
    q.addBindValue(Passwords::tokenHash(token));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void Accounts::setScanFloor(const QString &token, qint64 floor)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE app_session SET scan_floor = ? WHERE token_hash = ?"));
    q.addBindValue(floor);
    q.addBindValue(Passwords::tokenHash(token));
    q.exec();
}

} // namespace quita::server
