#pragma once

#include "Document.h"

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
};

} // namespace quita
