#pragma once

#include "Document.h"
#include "payment/CollectionAccount.h"

#include <QString>
#include <QUuid>

namespace quita {

// The company whose debts are collected. Its name and CNPJ appear on every
// collection message (CDC art. 42-A).
struct Creditor
{
    QUuid id;
    QString name;
    Document document;
    CollectionAccount account; // where its boletos and PIX codes are paid
};

} // namespace quita
