#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>

namespace quita {

// A protest request as the server synced it (schema 6), with its title, debtor and
// portfolio as the desk knows them.
struct ProtestRequestRow
{
    QUuid id;
    QUuid debtorId;
    QUuid titleId;
    QUuid creditorId;
    QString status; // sent, protocolled, protested, paid, withdrawn, cancelled, returned, suspended
    QString nossoNumero;
    QString craTitleNumber;
    Money amount;
    QDate sentOn;
    QString protocol;
    QDate protocolDate;
    int notaryOffice = 0;
    QString occurrence; // CraCodes' machine name; empty before any
    QDate occurrenceDate;
    QString irregularityCode;
    Money notaryFees;
    Money distributionFees;
    QString requestedBy;
    QString titleNumber;
    QString debtorName;
    QString document; // as stored: mask it for display
    QUuid portfolioId;
    QString portfolioName;
    int documentCount = 0;
};

// A document attached to a protest request (without its content).
struct ProtestDocumentRow
{
    QUuid id;
    QUuid requestId;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString createdBy;
    qint64 createdAt = 0; // ms since the epoch, UTC
};

// What the list of requests shows: any field left empty does not filter.
struct ProtestFilter
{
    QString status;
    QUuid portfolioId;
    QUuid debtorId;
    QDate sentFrom;
    QDate sentTo;
    int limit = 2000;
};

// Reads the protest rows the server syncs to the desk (protest_request, protest_document).
// The desk never writes them: filing goes through the server (ProtestDesk).
class ProtestRepository
{
public:
    explicit ProtestRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Newest sent first; deleted rows and deleted debtors left out.
    QList<ProtestRequestRow> requests(const ProtestFilter &filter) const;
    std::optional<ProtestRequestRow> request(const QUuid &id) const;
    // The latest request of each of the debtor's titles, by title id.
    QHash<QUuid, ProtestRequestRow> latestByTitle(const QUuid &debtorId) const;
    // The debtor's protested requests on the titles of their newest live agreement (all
    // of them when that agreement names no titles): what a closed agreement proposes to
    // cancel. Empty when the debtor has no agreement.
    QList<ProtestRequestRow> protestedUnderAgreement(const QUuid &debtorId) const;
    // The live documents of a request, oldest first.
    QList<ProtestDocumentRow> documents(const QUuid &requestId) const;
    // A live document's bytes (stored as base64); nothing for an unknown, deleted or
    // undecodable one.
    std::optional<QByteArray> documentContent(const QUuid &documentId) const;
    // The live portfolios of the desk, by name: id and name.
    QList<std::pair<QUuid, QString>> portfolios() const;

private:
    QList<ProtestRequestRow> select(const QString &where, const QVariantList &binds,
                                    int limit) const;

    QSqlDatabase m_db;
};

} // namespace quita
