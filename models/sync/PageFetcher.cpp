#include "PageFetcher.h"

#include "SyncHttp.h"

#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace quita {

PageFetcher::PageFetcher(int depth, QObject *parent) : QObject(parent), m_depth(std::max(depth, 1))
{}

PageFetcher::~PageFetcher()
{
    halt();
}

std::optional<FetchedPage> PageFetcher::take(quint64 round)
{
    QMutexLocker lock(&m_mutex);
    while (!m_pages.empty() && m_pages.front().round != round)
        m_pages.pop_front(); // an older round's
    if (m_pages.empty())
        return std::nullopt;
    FetchedPage page = std::move(m_pages.front());
    m_pages.pop_front();
    return page;
}

bool PageFetcher::hasPage(quint64 round) const
{
    QMutexLocker lock(&m_mutex);
    return std::any_of(m_pages.begin(), m_pages.end(),
                       [round](const FetchedPage &p) { return p.round == round; });
}

void PageFetcher::fetch(quint64 round, const QUrl &server, const QString &token, qint64 cursor,
                        int limit, int timeoutMs)
{
    halt();
    if (!m_network)
        m_network = new QNetworkAccessManager(this); // on the fetcher's thread
    m_round = round;
    m_server = server;
    m_token = token;
    m_cursor = cursor;
    m_limit = limit;
    m_timeoutMs = timeoutMs;
    m_done = false;
    requestNext();
}

void PageFetcher::taken(quint64 round)
{
    if (round == m_round)
        requestNext();
}

void PageFetcher::halt()
{
    m_round = 0;
    m_done = true;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
    }
    QMutexLocker lock(&m_mutex);
    m_pages.clear();
}

void PageFetcher::requestNext()
{
    if (m_done || m_round == 0 || m_reply)
        return;
    {
        QMutexLocker lock(&m_mutex);
        if (qsizetype(m_pages.size()) >= m_depth)
            return; // taken() asks again
    }
    QNetworkRequest request(sync::apiUrl(
        m_server,
        QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=%2").arg(m_cursor).arg(m_limit)));
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void PageFetcher::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return; // aborted by halt()
    m_reply = nullptr;
    FetchedPage fetched;
    fetched.round = m_round;
    fetched.status = sync::httpStatus(reply);
    const QByteArray body = reply->readAll();
    bool more = false;
    if (fetched.status == 200) {
        auto decoded = PageDecoder::decode(body);
        if (decoded) {
            fetched.page = std::move(decoded).value();
            more = fetched.page.hasMore && !fetched.page.changes.empty();
            m_cursor = fetched.page.nextCursor;
        } else {
            fetched.refused = decoded.error();
        }
    } else {
        fetched.error = sync::errorMessage(reply, body);
    }
    m_done = !more;
    {
        QMutexLocker lock(&m_mutex);
        m_pages.push_back(std::move(fetched));
    }
    emit pageReady(m_round);
    requestNext();
}

} // namespace quita
