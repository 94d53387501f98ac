#pragma once

#include <QString>
#include <QUuid>

namespace quita {

// Carteira: the accounts one creditor placed with the collection desk.
struct Portfolio
{
    QUuid id;
    QUuid creditorId;
    QString name;
};

} // namespace quita
