// ProtestDesk::failure: the sentence a protest screen shows for a refused or failed call.
#include "ProtestDesk.h"
#include "ProtestLabels.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace quita {
namespace {

// "title_ids[3]" -> 3; -1 when the field names no element.
int elementOf(const QString &field)
{
    static const QRegularExpression element(QStringLiteral("\\[(\\d+)\\]$"));
    const auto match = element.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// "line 7" -> "7"; empty when the field names no line.
QString lineOf(const QString &field)
{
    return field.startsWith(QLatin1String("line ")) ? field.mid(5) : QString();
}

} // namespace

Error ProtestDesk::failure(int status, const QByteArray &body, const QString &transportError,
                           bool signedIn, const QStringList &labels)
{
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QString code = error.value(QLatin1String("code")).toString();
    const QString field = error.value(QLatin1String("field")).toString();
    const QString serverMessage = error.value(QLatin1String("message")).toString();
    const int element = elementOf(field);
    const QString what = element >= 0 && element < labels.size() ? labels.at(element) : QString();
    const QString line = lineOf(field);
    const auto make = [&](const QString &message) { return Error{code, field, message}; };

    if (status == 0)
        return Error{QStringLiteral("offline"),
                     {},
                     signedIn ? tr("The server cannot be reached (%1). Check the connection and "
                                   "try again; nothing was sent.")
                                    .arg(transportError)
                              : tr("You are not signed in: sign in to the server (Server → Sign "
                                   "in…) and try again.")};
    if (status == 401)
        return make(tr("Your session has expired: sign in again (Server → Sign in…)."));
    if (status == 403) {
        if (!line.isEmpty())
            return make(tr("Nothing was imported: line %1 is a title of a debtor you may not "
                           "file protests for.")
                            .arg(line));
        if (!what.isEmpty())
            return make(tr("You may not file protests for %1: protest filing is for supervisors, "
                           "or for the agent where the portfolio allows it.")
                            .arg(what));
        return make(tr("You may not file protests: protest filing is for supervisors, or for "
                       "agents in portfolios that allow it."));
    }
    if (status == 404)
        return make(what.isEmpty()
                        ? tr("The server no longer has this item; refresh the list.")
                        : tr("The server no longer has %1; refresh the list.").arg(what));
    if (status == 413)
        return make(tr("The file is too large for the server (at most 8 MB)."));
    if (status >= 500)
        return make(
            tr("The server failed (%1); nothing was changed. Try again in a moment.").arg(status));
    if (status != 422 && status != 400)
        return make(tr("The server refused it (%1): %2").arg(status).arg(serverMessage));

    // 422 (and 400): a field the server names.
    if (!line.isEmpty()) {
        QString why;
        if (code == QLatin1String("unknown_title"))
            why = tr("no protest request of ours matches this title.");
        else if (code == QLatin1String("ambiguous"))
            why = tr("several open requests have this title number; the notary must send the "
                     "protocol or our number.");
        else if (code == QLatin1String("protocol_mismatch"))
            why = tr("the notary's protocol differs from the one it gave this title before.");
        else if (code == QLatin1String("duplicate"))
            why = tr("the title is already on an earlier line.");
        else if (code == QLatin1String("unknown_presenter"))
            why = tr("no creditor of ours has this presenter code.");
        else if (code == QLatin1String("kind"))
            why = tr("this is a remittance file, not a confirmation or return.");
        else
            why = serverMessage;
        return make(tr("Nothing was imported: line %1: %2").arg(line, why));
    }
    const QString subject = what.isEmpty() ? tr("The selection") : what;
    if (code == QLatin1String("too_recent") || code == QLatin1String("agreement") ||
        code == QLatin1String("promise") || code == QLatin1String("invalid_document") ||
        code == QLatin1String("disputed") || code == QLatin1String("below_minimum") ||
        code == QLatin1String("incomplete_address") || code == QLatin1String("in_protest"))
        return make(tr("%1 cannot be sent to protest: %2. Nothing was sent.")
                        .arg(subject, protest::reasonLabel(code)));
    if (code == QLatin1String("mixed_creditors"))
        return make(tr("%1 belongs to another creditor: a file holds one creditor's titles. "
                       "Nothing was sent.")
                        .arg(subject));
    if (code == QLatin1String("no_presenter"))
        return make(tr("The creditor has no protest presenter settings on the server; ask your "
                       "administrator. Nothing was sent."));
    if (code == QLatin1String("too_many_files"))
        return make(tr("The creditor has already sent the most files allowed today; send the "
                       "rest tomorrow."));
    if (code == QLatin1String("wrong_status"))
        return make(tr("%1 is not in a status that allows this (withdrawal: sent or "
                       "protocolled; cancellation: protested). Nothing was sent.")
                        .arg(subject));
    if (code == QLatin1String("no_protocol"))
        return make(tr("%1 has no protocol yet: wait for the notary's confirmation. Nothing "
                       "was sent.")
                        .arg(subject));
    if (code == QLatin1String("duplicate"))
        return make(tr("%1 is in the list twice.").arg(subject));
    if (code == QLatin1String("empty"))
        return make(tr("Select at least one item first."));
    if (code == QLatin1String("too_many"))
        return make(tr("Too many at once: a file holds at most 9,997 titles."));
    if (code == QLatin1String("unsupported_type"))
        return make(tr("Only PDF, PNG and JPEG documents can be attached."));
    if (code == QLatin1String("too_large"))
        return make(tr("The document is larger than 2 MB; attach a smaller file."));
    if (code == QLatin1String("invalid") && field == QLatin1String("file_name"))
        return make(tr("The document's name is not accepted; rename the file and try again."));
    return make(tr("The server refused it: %1").arg(serverMessage));
}

} // namespace quita
