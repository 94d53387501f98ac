#include "ServerStore.h"

#include "store/Database.h"

#include <QHash>

#include <memory>

namespace quita::server {
namespace {

Database::Options serverOptions()
{
    Database::Options options;
    options.migrationsDirectory = QStringLiteral(":/server-migrations");
    options.requiredTables = {QStringLiteral("app_user"), QStringLiteral("app_session")};
    return options;
}

} // namespace

Status ServerStore::migrate() const
{
    auto opened = Database::open(m_path, serverOptions());
    if (!opened)
        return opened.error();
    return Done{};
}

QSqlDatabase ServerStore::connection() const
{
    // One connection per thread and store file; they live as long as the thread.
    thread_local QHash<QString, std::shared_ptr<Database>> connections;
    auto it = connections.find(m_path);
    if (it == connections.end()) {
        auto opened = Database::open(m_path, serverOptions());
        if (!opened)
            return {};
        it = connections.insert(m_path, std::shared_ptr<Database>(std::move(opened).value()));
    }
    return (*it)->connection();
}

} // namespace quita::server
