#pragma once

#include "TitleModel.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "domain/Result.h"
#include "store/ProtestRepository.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace quita {

class ProtestListModel;
class ServerCall;
class SyncController;

// A title of GET /protests/eligible: eligible when `reasons` is empty.
struct EligibleTitle
{
    struct Reason
    {
        QString code;
        QString message; // the server's English sentence with the figures
    };
    QString titleId;
    QString titleNumber;
    QString debtorId;
    QString debtorName;
    QString document; // masked by the server
    QString portfolioId;
    QString creditorId;
    QDate dueOn;
    Money principal;
    Money balance;
    int daysPastDue = 0;
    QList<Reason> reasons;

    bool eligible() const { return reasons.isEmpty(); }
    static EligibleTitle fromJson(const QJsonObject &o);
};

// A CRA file the server wrote or imported (a batch), with its text when it came with it.
struct ProtestFile
{
    QString id;
    QString creditorId;
    QString kind; // remittance, withdrawal, cancellation, confirmation, return
    QString fileName;
    QDate fileDate;
    qint64 sequence = 0;
    int titleCount = 0;
    Money total;
    QDateTime createdAt;
    QByteArray content;          // ISO-8859-1 bytes, exactly as the server keeps them
    QList<QJsonObject> requests; // the requests written or changed
    int applied = 0;             // imports: requests changed
    int unchanged = 0;           // imports: records that changed nothing

    static ProtestFile fromJson(const QJsonObject &o);
};

// The protest desk's service: what needs the server now goes through the signed-in
// session (SyncController::call), what the desk already has is read from the local store.
// Each asynchronous call answers once through `done`, on the UI thread, unless `context`
// was destroyed first. Failures are sentences in the desk's language.
class ProtestDesk : public QObject
{
    Q_OBJECT
public:
    template <typename T>
    using Done = std::function<void(Result<T>)>;

    ProtestDesk(QSqlDatabase db, SyncController *sync, const Clock &clock,
                QObject *parent = nullptr);

    // Whether a server is configured and someone is signed in.
    bool online() const;
    const Clock &clock() const { return m_clock; }

    void eligible(bool includeIneligible, QObject *context, Done<QList<EligibleTitle>> done);
    // `labels`: how the titles are named to the user (e.g. "123 – Maria"), same order.
    void createBatch(const QStringList &titleIds, const QStringList &labels, QObject *context,
                     Done<ProtestFile> done);
    void batches(QObject *context, Done<QList<ProtestFile>> done);
    void batchFile(const QString &batchId, QObject *context, Done<QByteArray> done);
    // Reads the file with the domain's CRA reader first (a malformed file is refused here,
    // naming the line), then sends it.
    void importReturn(const QByteArray &content, const QString &fileName, QObject *context,
                      Done<ProtestFile> done);
    void withdraw(const QStringList &requestIds, const QStringList &labels, QObject *context,
                  Done<ProtestFile> done);
    void cancel(const QStringList &requestIds, const QStringList &labels, QObject *context,
                Done<ProtestFile> done);
    // A PDF, PNG or JPEG file (the type is taken from its first bytes).
    void attach(const QString &requestId, const QString &fileName, const QByteArray &bytes,
                QObject *context, Done<QJsonObject> done);

    // The local store (synced rows): the list of requests, a request's documents, the
    // portfolios to filter by, and the protested titles a debtor's newest agreement covers.
    ProtestListModel *createListModel(QObject *parent) const;
    QList<ProtestDocumentRow> documents(const QUuid &requestId) const
    {
        return ProtestRepository(m_db).documents(requestId);
    }
    std::optional<QByteArray> documentContent(const QUuid &documentId) const
    {
        return ProtestRepository(m_db).documentContent(documentId);
    }
    QList<std::pair<QUuid, QString>> portfolios() const
    {
        return ProtestRepository(m_db).portfolios();
    }
    QList<ProtestRequestRow> protestedUnderAgreement(const QUuid &debtorId) const
    {
        return ProtestRepository(m_db).protestedUnderAgreement(debtorId);
    }
    // Each title's protest status for TitleModel (the latest request of each title).
    TitleModel::ProtestLookup titleLookup() const;

    // The MIME type of a document from its first bytes; empty when not PDF, PNG or JPEG.
    static QString documentType(const QByteArray &bytes);
    // A sentence for a failed call: offline, refused (403), gone (404), a field the
    // server names (422: `labels[i]` for the i-th id of the request, "line N" for files).
    static Error failure(int status, const QByteArray &body, const QString &transportError,
                         bool signedIn, const QStringList &labels = {});

private:
    void request(const QString &method, const QString &path, const QJsonObject &body,
                 QObject *context, const QStringList &labels,
                 std::function<void(const ServerCall &)> ok,
                 std::function<void(const Error &)> failed);
    void requestFile(const QString &path, const QStringList &ids, const QStringList &labels,
                     QObject *context, Done<ProtestFile> done);

    QSqlDatabase m_db;
    QPointer<SyncController> m_sync;
    const Clock &m_clock;
};

} // namespace quita
