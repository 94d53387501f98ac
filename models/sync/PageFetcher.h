#pragma once

#include "PageDecoder.h"

#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <deque>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace quita {

// One answer to GET /api/v1/sync/pull, as the engine needs it.
struct FetchedPage
{
    quint64 round = 0;
    int status = 0; // HTTP status; 0: the server could not be reached
    QString error;  // when status is not 200: the server's message or Qt's
    // Status 200: the page checked by PageDecoder, or why it was refused.
    DecodedPage page;
    std::optional<Error> refused;
};

// Fetches pull pages ahead of the sync engine, on a thread of its own (move it there
// after construction): while the engine writes one page into the store, the next ones
// travel, are parsed and are checked here (PageDecoder). It keeps at most `depth` pages fetched but
// not taken, stops after a page without has_more or any answer but 200, and forgets everything of
// an older round when a new one starts. take() and hasPage() may be called from any thread; the
// slots only through queued calls.
class PageFetcher : public QObject
{
    Q_OBJECT

public:
    explicit PageFetcher(int depth = 2, QObject *parent = nullptr);
    ~PageFetcher() override;

    // The oldest fetched page of `round`, if any (thread-safe).
    std::optional<FetchedPage> take(quint64 round);
    // Whether a page of `round` is waiting (thread-safe).
    bool hasPage(quint64 round) const;

public slots:
    // Starts round `round` at `cursor`; the token is sent as the bearer (never logged).
    void fetch(quint64 round, const QUrl &server, const QString &token, qint64 cursor, int limit,
               int timeoutMs);
    // The engine took a page of `round`: room for one more.
    void taken(quint64 round);
    // Aborts the running request and drops every page.
    void halt();

signals:
    // A page of `round` can be taken.
    void pageReady(quint64 round);

private:
    void requestNext();
    void onFinished(QNetworkReply *reply);

    const int m_depth;
    mutable QMutex m_mutex; // guards m_pages
    std::deque<FetchedPage> m_pages;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    quint64 m_round = 0; // 0: halted
    QUrl m_server;
    QString m_token;
    qint64 m_cursor = 0;
    int m_limit = 1000;
    int m_timeoutMs = 30000;
    bool m_done = true;
};

} // namespace quita
